// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes -> TextDecoder -> JsonParser, and the same text through SourceReader (TMDB, TheTVDB,
// Trakt recognition). Checks that every parsed value's span is inside the text and that a JSON
// synopsis span is a string token (or null) that parses back to the synopsis.
#include "fuzzsupport.h"
#include "io/jsonparser.h"
#include "io/sourcereader.h"

using namespace episcope;

namespace
{

void checkValue(const JsonValue &value, const QString &text, int depth)
{
    fuzz::check(value.offset >= 0 && value.length > 0 && value.offset + value.length <= text.size(), "a JSON value's span lies outside the text");
    fuzz::check(depth <= JsonParser::MaxDepth + 1, "JSON nesting deeper than MaxDepth was accepted");
    fuzz::check(!value.isObject() || value.keys.size() == value.items.size(), "a JSON object has as many keys as values");
    if (value.isString())
        fuzz::check(text.at(value.offset) == u'"' && text.at(value.offset + value.length - 1) == u'"', "a JSON string token is not quoted");
    for (const JsonValue &item : value.items)
        checkValue(item, text, depth + 1);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<DecodedText> decoded = fuzz::decodeInput(data, size);
    if (!decoded)
        return 0;
    const QString &text = decoded->text;

    JsonParser parser;
    if (const std::optional<JsonValue> root = parser.parse(text))
        checkValue(*root, text, 0);
    else
        fuzz::check(!parser.error().message.isEmpty(), "JsonParser failed without an error message");

    SourceReport report;
    const std::optional<SourceReader::Result> result = SourceReader::read(text, QStringLiteral("fuzz"), report);
    if (!result) {
        fuzz::check(!report.error.message.isEmpty(), "SourceReader failed without an error message");
        return 0;
    }
    fuzz::checkSpans(result->episodes, text);
    if (result->format != Library::Format::Json)
        return 0;
    for (const Episode &episode : result->episodes) {
        for (const Translation &translation : episode.translations) {
            if (translation.sourceOffset < 0)
                continue;
            // The span is the value's whole token: a string that decodes to the synopsis, or null.
            JsonParser token;
            const std::optional<JsonValue> value = token.parse(QStringView(text).sliced(translation.sourceOffset, translation.sourceLength));
            fuzz::check(value && (value->isString() || value->isNull()), "a JSON synopsis span is not a string or null token");
            fuzz::check(value->isNull() ? translation.text.isEmpty() : value->string == translation.text, "a JSON synopsis span does not hold the synopsis");
        }
    }
    return 0;
}
