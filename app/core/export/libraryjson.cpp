// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryjson.h"

#include "language/languageinfo.h"
#include "text/textdirection.h"
#include "text/textstatistics.h"

#include <QJsonArray>

#include <cmath>

namespace episcope
{

QJsonObject LibraryJson::toJson(const Translation &translation)
{
    const LanguageInfo info = LanguageInfo::forTag(translation.languageTag);
    const TextStatistics statistics = TextStatistics::of(translation.text);
    return QJsonObject {
        { QStringLiteral("language"), translation.languageTag },
        { QStringLiteral("englishName"), info.englishName },
        { QStringLiteral("nativeName"), info.nativeName },
        { QStringLiteral("origin"), originKey(translation.origin) },
        { QStringLiteral("confidence"), std::round(translation.confidence * 100.0) / 100.0 },
        { QStringLiteral("reliable"), translation.reliable },
        { QStringLiteral("direction"), LanguageInfo::directionKey(textDirection(translation.text, translation.languageTag)) },
        { QStringLiteral("characters"), qint64(statistics.characters) },
        { QStringLiteral("words"), qint64(statistics.words) },
        { QStringLiteral("line"), translation.sourceLine },
        { QStringLiteral("text"), translation.text },
    };
}

QJsonObject LibraryJson::toJson(const Library &library)
{
    QJsonArray episodes;
    for (const Episode &episode : library.episodes) {
        QJsonArray translations;
        for (const Translation &translation : episode.translations)
            translations.append(toJson(translation));
        episodes.append(QJsonObject { { QStringLiteral("title"), episode.title }, { QStringLiteral("translations"), translations } });
    }
    return QJsonObject { { QStringLiteral("episodes"), episodes } };
}

} // namespace episcope
