// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <QByteArray>
#include <QString>

#include <optional>

namespace episcope
{

/// The bytes of a text file turned into text, with everything needed to write it back the same way.
struct DecodedText {
    enum class Encoding { Utf8, Utf16LittleEndian, Utf16BigEndian };

    QString text;
    Encoding encoding = Encoding::Utf8;
    bool byteOrderMark = false;
    /// Set when some bytes were not valid and were replaced by U+FFFD: saving would change them.
    bool lossy = false;
    int firstBadLine = 0; ///< 1-based position of the first invalid sequence when lossy
    int firstBadColumn = 0;
};

/// Why bytes are not text at all (binary data, UTF-16 without a byte-order mark).
struct DecodeFailure {
    QString message;
    int line = 0;
    int column = 0;
};

/// Decodes UTF-8 (with or without BOM) and UTF-16 with a BOM. Never "repairs" silently: invalid
/// UTF-8 is reported with its line and column, and NUL bytes mean the file is not text.
class TextDecoder
{
    Q_DECLARE_TR_FUNCTIONS(TextDecoder)

public:
    [[nodiscard]] std::optional<DecodedText> decode(const QByteArray &bytes);
    [[nodiscard]] const DecodeFailure &failure() const;

    /// Byte offset of the first invalid UTF-8 sequence in @p bytes (overlong forms, surrogates,
    /// values past U+10FFFF, stray continuation bytes and cut sequences), or -1 if all are valid.
    [[nodiscard]] static qsizetype firstInvalidUtf8(QByteArrayView bytes);

    /// 1-based line and column (in code points) of byte @p offset; CRLF, LF and CR each end a line.
    [[nodiscard]] static std::pair<int, int> lineAndColumn(QByteArrayView bytes, qsizetype offset);

private:
    DecodeFailure m_failure;
};

} // namespace episcope
