// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"

#include "io/plaintextreader.h"

using namespace episcope;

namespace
{
QStringList texts(const Episode &episode)
{
    QStringList result;
    for (const Translation &translation : episode.translations)
        result.append(translation.text);
    return result;
}
} // namespace

TEST_CASE("each non-blank line is one synopsis, whatever ends the lines")
{
    PlainTextReader reader;
    const auto episode = reader.read(QStringLiteral("first\r\nsecond\n\n   \r\nthird\rfourth\n"), QStringLiteral("t"));
    REQUIRE(episode);
    CHECK(texts(*episode) == QStringList { QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third"), QStringLiteral("fourth") });
    CHECK(episode->translations.at(2).sourceLine == 5);
    CHECK(episode->translations.at(3).sourceLine == 6);
    CHECK(episode->title == QStringLiteral("t"));
}

TEST_CASE("a line separator U+2028 stays inside its synopsis")
{
    PlainTextReader reader;
    const auto episode = reader.read(QStringLiteral("one\u2028still one\ntwo"), {});
    REQUIRE(episode);
    REQUIRE(episode->translations.size() == 2);
    CHECK(episode->translations.at(0).text == QStringLiteral("one\u2028still one"));
}

TEST_CASE("a TAG<TAB> prefix declares the language and is not part of the synopsis")
{
    PlainTextReader reader;
    const auto episode = reader.read(QStringLiteral("pt_br\tOlá mundo\nel\tΓεια σου\nNo tag here\tbut a tab"), {});
    REQUIRE(episode);
    REQUIRE(episode->translations.size() == 3);
    CHECK(episode->translations.at(0).languageTag == QStringLiteral("pt-BR"));
    CHECK(episode->translations.at(0).origin == LanguageOrigin::Declared);
    CHECK(episode->translations.at(0).confidence == 1.0);
    CHECK(episode->translations.at(0).text == QStringLiteral("Olá mundo"));
    CHECK(episode->translations.at(1).languageTag == QStringLiteral("el"));
    CHECK(episode->translations.at(2).origin == LanguageOrigin::Unknown);
    CHECK(episode->translations.at(2).text == QStringLiteral("No tag here\tbut a tab"));
}

TEST_CASE("text with no synopsis is an error, not an empty episode")
{
    PlainTextReader reader;
    CHECK_FALSE(reader.read(QString(), {}));
    CHECK(reader.error().contains(QStringLiteral("empty")));
    CHECK_FALSE(reader.read(QStringLiteral("\n \r\n\t\n"), {}));
}

TEST_CASE("a declared language with no text is kept as an empty synopsis of that language")
{
    PlainTextReader reader;
    const auto episode = reader.read(QStringLiteral("de\t\nen\tBig visits New York.\n"), {});
    REQUIRE(episode);
    REQUIRE(episode->translations.size() == 2);
    CHECK(episode->translations.at(0).languageTag == QStringLiteral("de"));
    CHECK(episode->translations.at(0).text.isEmpty());
}
