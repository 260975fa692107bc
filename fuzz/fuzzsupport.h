// SPDX-License-Identifier: GPL-3.0-or-later
// Shared helpers for the libFuzzer targets: the input as bytes and as decoded text, and checks
// that abort (a libFuzzer crash, with the reason printed first) when a contract is broken.
#pragma once

#include "io/textdecoder.h"
#include "model/episode.h"

#include <QByteArray>
#include <QString>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <optional>

namespace episcope::fuzz
{

/// The fuzzer's bytes as a QByteArray (a real copy: a file read by QFile is NUL-terminated too).
inline QByteArray inputBytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// The input as text the way every loader sees it, or nullopt when TextDecoder refuses it.
inline std::optional<DecodedText> decodeInput(const uint8_t *data, size_t size)
{
    TextDecoder decoder;
    std::optional<DecodedText> decoded = decoder.decode(inputBytes(data, size));
    if (!decoded && decoder.failure().message.isEmpty()) {
        std::fprintf(stderr, "episcope fuzz: TextDecoder refused the input without saying why\n");
        __builtin_trap();
    }
    return decoded;
}

[[noreturn]] inline void fail(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "episcope fuzz: CHECK FAILED: %s%s%s\n", what, detail.isEmpty() ? "" : ": ", qPrintable(detail));
    std::fflush(stderr);
    __builtin_trap();
}

inline void check(bool condition, const char *what, const QString &detail = QString())
{
    if (!condition)
        fail(what, detail);
}

/// Every editable span of @p episodes lies inside @p text: what LibraryWriter relies on.
inline void checkSpans(const QList<Episode> &episodes, const QString &text)
{
    for (const Episode &episode : episodes) {
        for (const Translation &translation : episode.translations) {
            if (translation.sourceOffset < 0)
                continue;
            check(translation.sourceLength >= 0 && translation.sourceOffset + translation.sourceLength <= text.size(), "a synopsis span lies outside the text",
                  QString::number(translation.sourceOffset) + u'+' + QString::number(translation.sourceLength) + u'/' + QString::number(text.size()));
        }
    }
}

} // namespace episcope::fuzz
