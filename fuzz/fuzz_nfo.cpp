// SPDX-License-Identifier: GPL-3.0-or-later
// Bytes -> TextDecoder -> NfoReader (Kodi NFO XML), and SourceReader when the text starts with
// a tag. Checks that every synopsis span is inside the text.
#include "fuzzsupport.h"
#include "io/nforeader.h"
#include "io/sourcereader.h"

using namespace episcope;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const std::optional<DecodedText> decoded = fuzz::decodeInput(data, size);
    if (!decoded)
        return 0;
    const QString &text = decoded->text;

    SourceReport report;
    if (const std::optional<QList<Episode>> episodes = NfoReader::read(text, report)) {
        fuzz::check(!episodes->isEmpty(), "NfoReader succeeded with no episode");
        fuzz::checkSpans(*episodes, text);
    } else {
        fuzz::check(!report.error.message.isEmpty(), "NfoReader failed without an error message");
    }

    if (NfoReader::recognizes(text)) {
        SourceReport sourceReport;
        if (const std::optional<SourceReader::Result> result = SourceReader::read(text, QStringLiteral("fuzz"), sourceReport))
            fuzz::checkSpans(result->episodes, text);
        else
            fuzz::check(!sourceReport.error.message.isEmpty(), "SourceReader failed without an error message");
    }
    return 0;
}
