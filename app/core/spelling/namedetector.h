// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/episode.h"

#include <QMap>
#include <QSet>

#include <memory>

#include <unicode/uversion.h>

U_NAMESPACE_BEGIN
class Transliterator;
U_NAMESPACE_END

namespace episcope
{

/// A person or place an episode's synopses name, with the forms each synopsis uses.
struct DetectedName {
    QString label; ///< the form most synopses use, in Latin script where one does ("Carrie")
    QMap<int, QStringList> forms; ///< translation index → forms in it ("Carriehez", "Μπιγκ")
};

/// Finds names shared by two or more translations of an episode: capitalised words that are the
/// same word ("Carrie"), an inflected form of it (Finnish "Carrien", Hungarian "Carriehez",
/// "Roberttel"), or, across scripts, the same name once transliterated with ICU ("Μπιγκ" ≈ "Big",
/// "Σαμάνθα" ≈ "Samantha", "Σάρλοτ" ≈ "Charlotte"; Greek by the UN romanisation, where β is v). A word in only one synopsis is not a name to
/// this detector: there is nothing to corroborate it. Not thread-safe (ICU transliterators are not).
class NameDetector
{
public:
    NameDetector();
    ~NameDetector();
    Q_DISABLE_COPY_MOVE(NameDetector)

    [[nodiscard]] QList<DetectedName> detect(const Episode &episode);
    /// Every form of every name in translation @p translation.
    [[nodiscard]] static QSet<QString> formsIn(const QList<DetectedName> &names, int translation);

    /// @p word in lower-case ASCII Latin ("Σαμάνθα" → "samantha", "Μπιγκ" → "big", "Leïla" → "leila").
    [[nodiscard]] QString latinKey(const QString &word) const;
    /// A rough sound skeleton of a Latin key: first letter, then consonants with look-alike
    /// spellings merged and doubles collapsed ("charlotte" → "srlt", "stiv" → "stv").
    [[nodiscard]] static QString skeleton(const QString &latinKey);

private:
    std::unique_ptr<icu::Transliterator> m_toLatin;
};

} // namespace episcope
