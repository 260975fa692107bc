// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QStringList>

#include <memory>

namespace episcope
{

class HunspellChecker;

/// Tells apart languages CLD2 confuses, once CLD2 has said "one of these": Bosnian, Croatian and
/// Serbian; Indonesian and Malay; Norwegian Bokmål, Nynorsk and Danish; European and Brazilian
/// Portuguese; Peninsular and Mexican Spanish. Two signals, both honest about what they know:
/// words only one variety uses (written for Episcope: "tisuća" is Croatian, "hiljada" Bosnian or
/// Serbian, "kerana" Malay, "ikkje" Nynorsk, "autocarro" European Portuguese…), and the share of
/// the text's words each variety's installed Hunspell dictionary knows. Debian has no Malay
/// dictionary, so Malay rests on its words alone. Thread-safe; dictionaries load on first use.
class CloseLanguageResolver
{
public:
    struct Score {
        QString tag;
        double score = 0.0; ///< higher is likelier; only comparable within one call
        int markers = 0; ///< how many of the variety's own words the text uses
        double known = -1.0; ///< share of words its dictionary knows, -1 without a dictionary
    };

    explicit CloseLanguageResolver(QStringList dictionaryFolders);
    ~CloseLanguageResolver();

    /// The varieties @p tag is confused with (itself included), or empty when it has none.
    /// Serbian is "sr-Latn" or "sr-Cyrl" after the script of the text.
    [[nodiscard]] static QStringList groupOf(const QString &tag);
    /// Every variety of @p group scored on @p text, best first. Empty when nothing tells them apart.
    [[nodiscard]] QList<Score> rank(const QString &text, const QStringList &group);

private:
    HunspellChecker *checker(const QString &tag);

    QStringList m_folders;
    QMutex m_mutex;
    QHash<QString, std::shared_ptr<HunspellChecker>> m_checkers; ///< by tag; null when not installed
};

} // namespace episcope
