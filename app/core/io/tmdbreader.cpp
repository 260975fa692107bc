// SPDX-License-Identifier: GPL-3.0-or-later
#include "tmdbreader.h"

#include "io/jsonfield.h"
#include "language/languagetag.h"

namespace episcope
{

bool TmdbReader::recognizes(const JsonValue &root)
{
    return root.member(u"translations") != nullptr;
}

std::optional<Episode> TmdbReader::read(const JsonValue &root, SourceReport &report)
{
    const JsonValue *list = root.member(u"translations");
    const bool details = list && list->isObject();
    if (details)
        list = list->member(u"translations");
    if (!list) {
        report.fail(tr("is not a TMDB translations response: there is no \"translations\" array"), root.offset);
        return std::nullopt;
    }
    if (!list->isArray()) {
        report.fail(tr("is not a TMDB translations response: \"translations\" is %1, not an array").arg(list->typeName()), list->offset);
        return std::nullopt;
    }

    Episode episode;
    episode.provider = QStringLiteral("TMDB");
    episode.externalId = jsonId(&root, u"id");
    episode.season = jsonInteger(&root, u"season_number");
    episode.number = jsonInteger(&root, u"episode_number");
    bool movie = false;
    bool series = false;
    for (const JsonValue &row : list->items) {
        if (!row.isObject()) {
            report.warnings.append({ tr("a translation is %1, not an object; it is skipped").arg(row.typeName()), row.offset });
            continue;
        }
        const JsonValue *code = row.member(u"iso_639_1");
        if (!code || !code->isString()) {
            report.warnings.append({ tr("a translation has no \"iso_639_1\" language code; it is skipped"), row.offset });
            continue;
        }
        const QString region = row.text(u"iso_3166_1");
        QString tag = LanguageTag::fromTmdb(code->string, region);
        if (tag.isEmpty())
            report.warnings.append({ tr("\"%1\" is not a language code; the row is kept as an unknown language").arg(code->string), code->offset });
        Translation translation = declaredTranslation(region.isEmpty() ? code->string : code->string + u'-' + region, tag);
        if (tag.isEmpty() || tag == LanguageTag::undetermined()) { // "xx" (no language) or nonsense: nothing is declared
            translation = Translation {};
            translation.declaredCode = region.isEmpty() ? code->string : code->string + u'-' + region;
        }

        const JsonValue *data = row.member(u"data");
        if (!data || !data->isObject()) {
            report.warnings.append({ tr("the %1 translation has no \"data\" object; it is shown empty").arg(translation.declaredCode), row.offset });
        } else {
            movie = movie || data->member(u"title");
            series = series || data->member(u"tagline") || data->member(u"homepage");
            translation.title = jsonField(data, data->member(u"title") ? u"title" : u"name", report.warnings).text;
            setSynopsis(translation, jsonField(data, u"overview", report.warnings));
        }
        episode.translations.append(std::move(translation));
    }
    episode.kind = movie ? Episode::Kind::Movie : series ? Episode::Kind::Series : Episode::Kind::Episode;

    // Episode details: the top-level name and overview are in the language the request asked for.
    const QString topTitle = details ? jsonField(&root, u"name", report.warnings).text : QString();
    if (details && episode.translations.isEmpty()) {
        Translation translation;
        translation.title = topTitle;
        setSynopsis(translation, jsonField(&root, u"overview", report.warnings));
        if (!translation.title.isEmpty() || !translation.text.isEmpty())
            episode.translations.append(translation);
    }
    if (episode.translations.isEmpty()) {
        report.fail(tr("is a TMDB response with no translations in it"), list->offset);
        return std::nullopt;
    }
    episode.title = topTitle;
    if (episode.title.isEmpty()) {
        const qsizetype english = episode.findLanguage(QStringLiteral("en"));
        episode.title = english >= 0 ? episode.translations.at(english).title : QString();
    }
    return episode;
}

} // namespace episcope
