// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"

#include "io/textdecoder.h"

using namespace episcope;

TEST_CASE("a UTF-8 byte-order mark is remembered and is not part of the text")
{
    TextDecoder decoder;
    const auto decoded = decoder.decode(QByteArray("\xEF\xBB\xBFHallo"));
    REQUIRE(decoded);
    CHECK(decoded->text == QStringLiteral("Hallo"));
    CHECK(decoded->byteOrderMark);
    CHECK_FALSE(decoded->lossy);
}

TEST_CASE("UTF-16 with a byte-order mark is decoded in either byte order")
{
    const QString greek = QStringLiteral("Ο Μπιγκ");
    QByteArray little("\xFF\xFE");
    QByteArray big("\xFE\xFF");
    for (const QChar c : greek) {
        little.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
        big.append(char(c.unicode() >> 8)).append(char(c.unicode() & 0xFF));
    }
    TextDecoder decoder;
    const auto fromLittle = decoder.decode(little);
    const auto fromBig = decoder.decode(big);
    REQUIRE(fromLittle);
    REQUIRE(fromBig);
    CHECK(fromLittle->text == greek);
    CHECK(fromBig->text == greek);
    CHECK(fromLittle->encoding == DecodedText::Encoding::Utf16LittleEndian);
}

TEST_CASE("UTF-16 without a byte-order mark is refused with a hint, not shown as garbage")
{
    TextDecoder decoder;
    const QByteArray bytes = QByteArray::fromRawData(reinterpret_cast<const char *>(u"Hello there, General Kenobi"), 27 * 2);
    CHECK_FALSE(decoder.decode(bytes));
    CHECK(decoder.failure().message.contains(QStringLiteral("UTF-16")));
}

TEST_CASE("a NUL byte marks a binary file and names where it is")
{
    TextDecoder decoder;
    CHECK_FALSE(decoder.decode(QByteArray("first line\nsec\0nd", 18)));
    CHECK(decoder.failure().message.contains(QStringLiteral("binary")));
    CHECK(decoder.failure().line == 2);
    CHECK(decoder.failure().column == 4);
}

TEST_CASE("invalid UTF-8 is decoded as lossy with the line and column of the first bad byte")
{
    struct Case {
        const char *what;
        QByteArray bytes;
        int line;
        int column;
    };
    const Case cases[] = {
        { "lone continuation byte",
          QByteArray("ok\nab\x80"
                     "c"),
          2, 3 },
        { "overlong slash", QByteArray("\xC0\xAF"), 1, 1 },
        { "overlong three-byte form", QByteArray("x\xE0\x80\xAF"), 1, 2 },
        { "UTF-16 surrogate", QByteArray("\r\n\r\nä\xED\xA0\x80"), 3, 2 },
        { "sequence cut by the end of the file", QByteArray("one\rtwo \xE2\x82"), 2, 5 },
        { "byte never used in UTF-8", QByteArray("\xFF"), 1, 1 },
    };
    for (const Case &c : cases) {
        INFO(c.what);
        TextDecoder decoder;
        const auto decoded = decoder.decode(c.bytes);
        REQUIRE(decoded);
        CHECK(decoded->lossy);
        CHECK(decoded->firstBadLine == c.line);
        CHECK(decoded->firstBadColumn == c.column);
    }
}

TEST_CASE("valid UTF-8 in every sequence length is not reported as invalid")
{
    CHECK(TextDecoder::firstInvalidUtf8(QByteArrayView("a\xC3\xA9\xE2\x82\xAC\xF0\x9F\x98\x80\xF4\x8F\xBF\xBF")) == -1);
    CHECK(TextDecoder::firstInvalidUtf8(QByteArrayView("\xF4\x90\x80\x80")) == 0); // past U+10FFFF
}

TEST_CASE("a byte-order mark that follows the byte-order mark is text and is kept")
{
    // Found by fuzz_roundtrip: the second mark, a U+FEFF in the text, used to vanish on every save.
    const QByteArray cases[] = { QByteArray("\xEF\xBB\xBF\xEF\xBB\xBFhello"), QByteArray("\xFF\xFE\xFF\xFEh\0i\0", 8),
                                 QByteArray("\xFE\xFF\xFE\xFF\0h\0i", 8) };
    for (const QByteArray &bytes : cases) {
        TextDecoder decoder;
        const auto decoded = decoder.decode(bytes);
        REQUIRE(decoded);
        CHECK(decoded->byteOrderMark);
        REQUIRE_FALSE(decoded->text.isEmpty());
        CHECK(decoded->text.at(0) == QChar(0xFEFF));
    }
}
