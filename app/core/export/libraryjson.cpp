// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryjson.h"

#include "language/languageinfo.h"
#include "quality/qualitychecker.h"
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
        { QStringLiteral("title"), translation.title },
        { QStringLiteral("text"), translation.text },
    };
}

QJsonObject LibraryJson::toJson(const Translation &translation, const QualityReport &quality)
{
    QJsonObject object = toJson(translation);
    if (!translation.provider.isEmpty())
        object.insert(QStringLiteral("provider"), translation.provider);
    if (!translation.declaredCode.isEmpty())
        object.insert(QStringLiteral("declaredCode"), translation.declaredCode);
    if (!translation.identifiedTag.isEmpty())
        object.insert(QStringLiteral("identifiedAs"), translation.identifiedTag);
    if (!translation.textFallback.isEmpty())
        object.insert(QStringLiteral("textFrom"), translation.textFallback);
    if (!translation.titleFallback.isEmpty())
        object.insert(QStringLiteral("titleFrom"), translation.titleFallback);
    object.insert(QStringLiteral("checks"), QJsonArray::fromStringList(quality.keys()));
    object.insert(QStringLiteral("checkMessages"), QJsonArray::fromStringList(quality.messages));
    return object;
}

QString LibraryJson::kindKey(Episode::Kind kind)
{
    switch (kind) {
    case Episode::Kind::Season:
        return QStringLiteral("season");
    case Episode::Kind::Series:
        return QStringLiteral("series");
    case Episode::Kind::Movie:
        return QStringLiteral("movie");
    case Episode::Kind::Episode:
        break;
    }
    return QStringLiteral("episode");
}

QJsonObject LibraryJson::toJson(const Episode &episode)
{
    const QList<QualityReport> reports = QualityChecker::check(episode, Wording::English);
    QJsonArray translations;
    for (qsizetype i = 0; i < episode.translations.size(); ++i)
        translations.append(toJson(episode.translations.at(i), reports.at(i)));
    QJsonObject object { { QStringLiteral("title"), episode.title },
                         { QStringLiteral("kind"), kindKey(episode.kind) },
                         { QStringLiteral("translations"), translations } };
    if (!episode.series.isEmpty())
        object.insert(QStringLiteral("series"), episode.series);
    if (episode.season >= 0)
        object.insert(QStringLiteral("season"), episode.season);
    if (episode.number >= 0)
        object.insert(QStringLiteral("episode"), episode.number);
    if (!episode.provider.isEmpty())
        object.insert(QStringLiteral("provider"), episode.provider);
    if (!episode.externalId.isEmpty())
        object.insert(QStringLiteral("id"), episode.externalId);
    return object;
}

QJsonObject LibraryJson::toJson(const Library &library)
{
    QJsonArray episodes;
    for (const Episode &episode : library.episodes)
        episodes.append(toJson(episode));
    QJsonArray warnings = QJsonArray::fromStringList(library.warnings);
    return QJsonObject { { QStringLiteral("file"), library.sourcePath },
                         { QStringLiteral("readOnly"), library.readOnly },
                         { QStringLiteral("warnings"), warnings },
                         { QStringLiteral("episodes"), episodes } };
}

} // namespace episcope
