// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include <QCoreApplication>
#include <QStringDecoder>

namespace episcope
{

namespace
{

bool isContinuation(unsigned char byte)
{
    return (byte & 0xC0) == 0x80;
}

/// Every other byte zero in the first few hundred bytes: UTF-16 text without a byte-order mark.
bool looksLikeUtf16(QByteArrayView bytes)
{
    const qsizetype sample = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 512);
    if (sample < 4)
        return false;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        evenZeros += bytes[i] == '\0';
        oddZeros += bytes[i + 1] == '\0';
    }
    const qsizetype pairs = sample / 2;
    return evenZeros * 10 >= pairs * 8 || oddZeros * 10 >= pairs * 8;
}

} // namespace

const DecodeFailure &TextDecoder::failure() const
{
    return m_failure;
}

qsizetype TextDecoder::firstInvalidUtf8(QByteArrayView bytes)
{
    const auto *data = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype size = bytes.size();
    qsizetype i = 0;
    while (i < size) {
        const unsigned char lead = data[i];
        if (lead < 0x80) {
            ++i;
            continue;
        }
        int length = 0;
        char32_t minimum = 0;
        char32_t value = 0;
        if (lead >= 0xC2 && lead <= 0xDF) {
            length = 2, minimum = 0x80, value = lead & 0x1F;
        } else if (lead >= 0xE0 && lead <= 0xEF) {
            length = 3, minimum = 0x800, value = lead & 0x0F;
        } else if (lead >= 0xF0 && lead <= 0xF4) {
            length = 4, minimum = 0x10000, value = lead & 0x07;
        } else {
            return i; // stray continuation byte, C0/C1 overlong lead, or F5..FF
        }
        if (i + length > size)
            return i; // sequence cut by the end of the file
        for (int k = 1; k < length; ++k) {
            if (!isContinuation(data[i + k]))
                return i;
            value = (value << 6) | (data[i + k] & 0x3F);
        }
        if (value < minimum || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
            return i;
        i += length;
    }
    return -1;
}

std::pair<int, int> TextDecoder::lineAndColumn(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n' || (c == '\r' && (i + 1 >= bytes.size() || bytes[i + 1] != '\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    int column = 1;
    for (qsizetype i = lineStart; i < offset; ++i) {
        if (!isContinuation(static_cast<unsigned char>(bytes[i])))
            ++column;
    }
    return { line, column };
}

std::optional<DecodedText> TextDecoder::decode(const QByteArray &bytes)
{
    m_failure = {};
    DecodedText result;
    QByteArrayView body(bytes);

    if (body.startsWith("\xFF\xFE") || body.startsWith("\xFE\xFF")) {
        const bool little = body.startsWith("\xFF\xFE");
        result.encoding = little ? DecodedText::Encoding::Utf16LittleEndian : DecodedText::Encoding::Utf16BigEndian;
        result.byteOrderMark = true;
        QStringDecoder decoder(little ? QStringConverter::Utf16LE : QStringConverter::Utf16BE,
                               QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
        result.text = decoder.decode(body.sliced(2));
        if (decoder.hasError() || (body.size() % 2) != 0) {
            m_failure = { TextDecoder::tr("is not valid UTF-16 (a surrogate or a byte is missing)"), 0, 0 };
            return std::nullopt;
        }
        if (result.text.contains(QChar(u'\0'))) {
            m_failure = { TextDecoder::tr("contains NUL characters: it is a binary file, not text"), 0, 0 };
            return std::nullopt;
        }
        return result;
    }

    if (body.startsWith("\xEF\xBB\xBF")) {
        result.byteOrderMark = true;
        body = body.sliced(3);
    }

    if (const qsizetype nul = body.indexOf('\0'); nul >= 0) {
        if (looksLikeUtf16(body)) {
            m_failure = { TextDecoder::tr("looks like UTF-16 without a byte-order mark; save it as UTF-8"), 0, 0 };
        } else {
            const auto [line, column] = lineAndColumn(body, nul);
            m_failure = { TextDecoder::tr("contains a NUL byte: it is a binary file, not text"), line, column };
        }
        return std::nullopt;
    }

    if (const qsizetype bad = firstInvalidUtf8(body); bad >= 0) {
        result.lossy = true;
        std::tie(result.firstBadLine, result.firstBadColumn) = lineAndColumn(body, bad);
    }
    QStringDecoder decoder(QStringConverter::Utf8, QStringConverter::Flag::Stateless | QStringConverter::Flag::ConvertInitialBom);
    result.text = decoder.decode(body);
    return result;
}

} // namespace episcope
