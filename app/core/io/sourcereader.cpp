// SPDX-License-Identifier: GPL-3.0-or-later
#include "sourcereader.h"

#include "io/jsonparser.h"
#include "io/nforeader.h"
#include "io/plaintextreader.h"
#include "io/tmdbreader.h"
#include "io/traktreader.h"
#include "io/tvdbreader.h"

#include <QRegularExpression>

namespace episcope
{

namespace
{

/// JSON objects and arrays by their first character; a file that is nothing but a JSON number,
/// true, false or null (an API's error answer, say) is JSON too, though not one Episcope reads. A
/// lone quoted string stays plain text: a quoted sentence is a plausible synopsis.
bool looksLikeJson(QStringView text)
{
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return false;
    if (trimmed.front() == u'{' || trimmed.front() == u'[')
        return true;
    static const QRegularExpression scalar(QStringLiteral("^(?:-?(?:0|[1-9][0-9]*)(?:\\.[0-9]+)?(?:[eE][-+]?[0-9]+)?|true|false|null)$"));
    // Short enough to copy: match(QStringView) is deprecated from Qt 6.8 and matchView() is not in 6.4.
    return trimmed.size() < 64 && scalar.match(trimmed.toString()).hasMatch();
}

std::optional<Episode> readJson(const JsonValue &root, SourceReport &report)
{
    if (root.isObject() && TmdbReader::recognizes(root))
        return TmdbReader::read(root, report);
    if (root.isObject() && TvdbReader::recognizes(root))
        return TvdbReader::read(root, report);
    if (TraktReader::recognizes(root))
        return TraktReader::read(root, report);
    if (root.isObject())
        report.fail(SourceReader::tr("is JSON, but not a translations response from TMDB, TheTVDB or Trakt: it has no \"translations\" array "
                                     "and no \"data\" object"),
                    root.offset);
    else if (root.isArray() && root.items.isEmpty())
        report.fail(SourceReader::tr("is an empty JSON array: there are no translations in it"), root.offset);
    else if (root.isArray())
        report.fail(SourceReader::tr("is a JSON array, but not a Trakt translations list: its first item has no \"language\""), root.offset);
    else
        report.fail(SourceReader::tr("is JSON %1, not a translations response").arg(root.typeName()), root.offset);
    return std::nullopt;
}

} // namespace

std::optional<SourceReader::Result> SourceReader::read(const QString &text, const QString &title, SourceReport &report)
{
    Result result;
    if (looksLikeJson(text)) {
        result.format = Library::Format::Json;
        JsonParser parser;
        const std::optional<JsonValue> root = parser.parse(text);
        if (!root) {
            report.error = { tr("is not valid JSON: %1").arg(parser.error().message), parser.error().offset };
            return std::nullopt;
        }
        report.warnings += parser.warnings();
        std::optional<Episode> episode = readJson(*root, report);
        if (!episode)
            return std::nullopt;
        result.episodes.append(std::move(*episode));
        return result;
    }
    if (NfoReader::recognizes(text)) {
        result.format = Library::Format::Xml;
        std::optional<QList<Episode>> episodes = NfoReader::read(text, report);
        if (!episodes)
            return std::nullopt;
        result.episodes = std::move(*episodes);
        return result;
    }
    PlainTextReader reader;
    std::optional<Episode> episode = reader.read(text, title);
    if (!episode) {
        report.fail(reader.error());
        return std::nullopt;
    }
    episode->provider = QStringLiteral("Text");
    result.episodes.append(std::move(*episode));
    return result;
}

} // namespace episcope
