// SPDX-License-Identifier: GPL-3.0-or-later
#include "tvdbreader.h"

#include "io/jsonfield.h"
#include "language/languagetag.h"

namespace episcope
{

bool TvdbReader::recognizes(const JsonValue &root)
{
    const JsonValue *data = root.member(u"data");
    return data && data->isObject();
}

std::optional<Episode> TvdbReader::read(const JsonValue &root, SourceReport &report)
{
    const JsonValue *data = root.member(u"data");
    Episode episode;
    episode.provider = QStringLiteral("TheTVDB");
    episode.externalId = jsonId(data, u"id");
    episode.season = jsonInteger(data, u"seasonNumber");
    episode.number = jsonInteger(data, u"number");
    episode.title = data->text(u"name");

    if (const JsonValue *language = data->member(u"language"); language && language->isString()) {
        const QString tag = LanguageTag::fromTvdb(language->string);
        if (tag.isEmpty()) {
            report.fail(tr("is a TheTVDB translation in \"%1\", which is not a language code").arg(language->string), language->offset);
            return std::nullopt;
        }
        Translation translation = declaredTranslation(language->string, tag);
        translation.title = jsonField(data, u"name", report.warnings).text;
        setSynopsis(translation, jsonField(data, u"overview", report.warnings));
        episode.translations.append(std::move(translation));
        return episode;
    }

    const JsonValue *translations = data->member(u"translations");
    if (!translations || !translations->isObject()) {
        report.fail(tr("is not a TheTVDB translations response: \"data\" has neither \"language\" nor a \"translations\" object"), data->offset);
        return std::nullopt;
    }
    // Names and overviews come in two lists; one row per language, in the order languages first appear.
    auto rowFor = [&episode](const JsonValue &entry, SourceReport &report) -> Translation * {
        const JsonValue *code = entry.member(u"language");
        const QString tag = code && code->isString() ? LanguageTag::fromTvdb(code->string) : QString();
        if (tag.isEmpty()) {
            report.warnings.append({ tr("a translation has no usable \"language\" code; it is skipped"), entry.offset });
            return nullptr;
        }
        const qsizetype index = episode.indexOfLanguage(tag);
        if (index >= 0)
            return &episode.translations[index];
        episode.translations.append(declaredTranslation(code->string, tag));
        return &episode.translations.last();
    };
    for (const QString &listName : { QStringLiteral("nameTranslations"), QStringLiteral("overviewTranslations") }) {
        const JsonValue *list = translations->member(listName);
        if (!list || list->isNull())
            continue;
        if (!list->isArray()) {
            report.warnings.append({ tr("\"%1\" is %2, not an array; it is ignored").arg(listName, list->typeName()), list->offset });
            continue;
        }
        const bool names = listName == u"nameTranslations";
        for (const JsonValue &entry : list->items) {
            if (!entry.isObject()) {
                report.warnings.append({ tr("a translation is %1, not an object; it is skipped").arg(entry.typeName()), entry.offset });
                continue;
            }
            Translation *row = rowFor(entry, report);
            if (!row)
                continue;
            if (names)
                row->title = jsonField(&entry, u"name", report.warnings).text;
            else
                setSynopsis(*row, jsonField(&entry, u"overview", report.warnings));
        }
    }
    if (episode.translations.isEmpty()) {
        report.fail(tr("is a TheTVDB response with no translations in it"), translations->offset);
        return std::nullopt;
    }
    return episode;
}

} // namespace episcope
