// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace episcope
{

/// The identifier's answer for one text.
struct LanguageGuess {
    QString tag; ///< BCP 47; "und" when the text gives no answer
    double confidence = 0.0; ///< 0..1: the share of the text in that language, halved when not reliable
    bool reliable = false;
};

/// Identifies the language of a text with CLD2. Stateless and thread-safe: one instance may be
/// shared by worker threads. Only the first MaxCharacters characters are examined, so a 20 MB
/// line costs no more than a long synopsis.
class LanguageIdentifier
{
public:
    static constexpr qsizetype MaxCharacters = 16 * 1024;

    /// Maps every CLD2 language to its BCP 47 tag once, so identify() does no string work per call.
    LanguageIdentifier();

    [[nodiscard]] LanguageGuess identify(const QString &text) const;

private:
    QList<QString> m_tags; ///< BCP 47 tag by CLD2::Language value
};

} // namespace episcope
