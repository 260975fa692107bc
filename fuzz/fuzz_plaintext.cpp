// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes -> TextDecoder -> PlainTextReader. Checks the reader's contract: every row's span is its
// synopsis, trimmed, on one line, and a row is kept only when it has text or declares a language.
#include "fuzzsupport.h"
#include "io/plaintextreader.h"

using namespace episcope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<DecodedText> decoded = fuzz::decodeInput(data, size);
    if (!decoded)
        return 0;
    const QString &text = decoded->text;

    PlainTextReader reader;
    const std::optional<Episode> episode = reader.read(text, QStringLiteral("fuzz"));
    if (!episode) {
        fuzz::check(!reader.error().isEmpty(), "PlainTextReader failed without an error message");
        return 0;
    }
    fuzz::check(!episode->translations.isEmpty(), "PlainTextReader succeeded with no synopsis");
    fuzz::checkSpans({ *episode }, text);
    int previousLine = 0;
    for (const Translation &translation : episode->translations) {
        fuzz::check(translation.sourceOffset >= 0, "a plain-text synopsis has no span");
        fuzz::check(QStringView(text).sliced(translation.sourceOffset, translation.sourceLength) == translation.text,
                    "a plain-text span does not hold the synopsis", translation.text);
        fuzz::check(!translation.text.contains(u'\n') && !translation.text.contains(u'\r'), "a plain-text synopsis spans lines");
        fuzz::check(translation.text == translation.text.trimmed(), "a plain-text synopsis is not trimmed", translation.text);
        fuzz::check(!translation.text.isEmpty() || translation.origin == LanguageOrigin::Declared, "an empty plain-text row was kept");
        fuzz::check(translation.sourceLine > previousLine, "plain-text rows are not in line order");
        previousLine = translation.sourceLine;
    }
    return 0;
}
