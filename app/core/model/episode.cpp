// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode.h"

#include "language/languagetag.h"

namespace episcope
{

qsizetype Episode::indexOfLanguage(const QString &tag) const
{
    for (qsizetype i = 0; i < translations.size(); ++i) {
        if (translations.at(i).languageTag.compare(tag, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

qsizetype Episode::findLanguage(const QString &tag) const
{
    const qsizetype exact = indexOfLanguage(tag);
    if (exact >= 0)
        return exact;
    for (qsizetype i = 0; i < translations.size(); ++i) {
        if (LanguageTag::primaryLanguage(translations.at(i).languageTag) == tag.toLower())
            return i;
    }
    return -1;
}

} // namespace episcope
