// SPDX-License-Identifier: GPL-3.0-or-later
#include "traktreader.h"

#include "io/jsonfield.h"
#include "language/languagetag.h"

namespace episcope
{

bool TraktReader::recognizes(const JsonValue &root)
{
    return root.isArray() && !root.items.isEmpty() && root.items.constFirst().member(u"language");
}

std::optional<Episode> TraktReader::read(const JsonValue &root, SourceReport &report)
{
    Episode episode;
    episode.provider = QStringLiteral("Trakt");
    for (const JsonValue &row : root.items) {
        const JsonValue *code = row.member(u"language");
        const QString tag = code && code->isString() ? LanguageTag::withRegion(code->string, row.text(u"country")) : QString();
        if (tag.isEmpty()) {
            report.warnings.append({ tr("a translation has no usable \"language\" code; it is skipped"), row.offset });
            continue;
        }
        Translation translation = declaredTranslation(row.text(u"country").isEmpty() ? code->string : code->string + u'-' + row.text(u"country"), tag);
        translation.title = jsonField(&row, u"title", report.warnings).text;
        setSynopsis(translation, jsonField(&row, u"overview", report.warnings));
        episode.translations.append(std::move(translation));
    }
    if (episode.translations.isEmpty()) {
        report.fail(tr("is a Trakt translations list with no usable translation in it"), root.offset);
        return std::nullopt;
    }
    const qsizetype english = episode.findLanguage(QStringLiteral("en"));
    episode.title = english >= 0 ? episode.translations.at(english).title : QString();
    return episode;
}

} // namespace episcope
