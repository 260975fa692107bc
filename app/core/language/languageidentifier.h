// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <memory>

namespace episcope
{

class CloseLanguageResolver;

/// One language the identifier considers, with how much of the evidence is for it.
struct LanguageCandidate {
    QString tag; ///< BCP 47
    double score = 0.0; ///< 0..1
    friend bool operator==(const LanguageCandidate &, const LanguageCandidate &) = default;
};

/// The identifier's answer for one text.
struct LanguageGuess {
    QString tag; ///< BCP 47; "und" when the text gives no reliable answer
    double confidence = 0.0; ///< 0..1: the share of the text in that language, halved when not reliable
    bool reliable = false;
    /// Every language considered, best first (may be non-empty when tag is "und": the guesses
    /// that were not good enough).
    QList<LanguageCandidate> candidates;
    /// How the answer was reached beyond CLD2: "" (CLD2 alone), "close-pair" (words and
    /// dictionaries told close languages apart), "script" (a candidate did not fit the script).
    QString method;
};

/// What else is known about a text, used as priors — never as overrides of clear evidence.
struct LanguageHints {
    QString declared; ///< the tag the file declares for this text, if any
    QStringList context; ///< languages of the episode's other synopses, and the user's preferred ones
};

/// Identifies the language of a text: CLD2 first (with hints), then script sanity (Greek
/// letters cannot be Italian), then, when CLD2 names a language it routinely confuses with a
/// neighbour, the CloseLanguageResolver. Texts with no language in them — one word, digits,
/// emoji, names alone — are "und", never a default language.
///
/// Thread-safe: one instance may be shared by worker threads. Only the first MaxCharacters
/// characters are examined, so a 20 MB line costs no more than a long synopsis.
class LanguageIdentifier
{
public:
    static constexpr qsizetype MaxCharacters = 16 * 1024;

    /// Maps every CLD2 language to its BCP 47 tag once; dictionaries for close pairs are looked
    /// for in @p dictionaryFolders (the system's Hunspell folders when empty) on first use.
    explicit LanguageIdentifier(const QStringList &dictionaryFolders = {});
    ~LanguageIdentifier();
    LanguageIdentifier(const LanguageIdentifier &) = delete;
    LanguageIdentifier &operator=(const LanguageIdentifier &) = delete;

    [[nodiscard]] LanguageGuess identify(const QString &text, const LanguageHints &hints = {}) const;
    /// CLD2's own top answer, unrefined (its "unknown" is "und"): the baseline identify() is measured against.
    [[nodiscard]] QString identifyWithCld2Only(const QString &text) const;

private:
    QList<QString> m_tags; ///< BCP 47 tag by CLD2::Language value
    std::unique_ptr<CloseLanguageResolver> m_resolver;
};

} // namespace episcope
