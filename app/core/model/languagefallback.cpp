// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagefallback.h"

#include "language/languagetag.h"

namespace episcope
{

namespace
{

/// The first row, for the preferences after @p from, whose @p field is not empty; -1 when none.
template<typename Field> qsizetype donor(const Episode &episode, const QStringList &preferences, qsizetype from, Field field)
{
    for (qsizetype p = from + 1; p < preferences.size(); ++p) {
        const qsizetype row = episode.findLanguage(preferences.at(p));
        if (row >= 0 && !field(episode.translations.at(row)).trimmed().isEmpty())
            return row;
    }
    return -1;
}

} // namespace

Episode LanguageFallback::apply(const Episode &episode, const QStringList &preferences)
{
    QStringList tags;
    for (const QString &preference : preferences) {
        const QString tag = LanguageTag::normalized(preference.trimmed());
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    Episode filled = episode;
    const auto title = [](const Translation &t) -> const QString & {
        return t.title;
    };
    const auto text = [](const Translation &t) -> const QString & {
        return t.text;
    };
    for (qsizetype p = 0; p < tags.size(); ++p) {
        qsizetype row = episode.findLanguage(tags.at(p));
        const qsizetype titleDonor = donor(episode, tags, p, title);
        const qsizetype textDonor = donor(episode, tags, p, text);
        if (row < 0) {
            if (titleDonor < 0 && textDonor < 0)
                continue;
            Translation made;
            made.languageTag = tags.at(p);
            filled.translations.append(made);
            row = filled.translations.size() - 1;
        }
        Translation &target = filled.translations[row];
        if (target.title.trimmed().isEmpty() && titleDonor >= 0) {
            target.title = episode.translations.at(titleDonor).title;
            target.titleFallback = episode.translations.at(titleDonor).languageTag;
        }
        if (target.text.trimmed().isEmpty() && textDonor >= 0) {
            target.text = episode.translations.at(textDonor).text;
            target.textFallback = episode.translations.at(textDonor).languageTag;
        }
    }
    return filled;
}

} // namespace episcope
