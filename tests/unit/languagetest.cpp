// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"

#include "language/languageidentifier.h"
#include "language/languageinfo.h"
#include "language/languagetag.h"

using namespace episcope;

TEST_CASE("declared tags are normalised to BCP 47 case and separators")
{
    CHECK(LanguageTag::normalized(QStringLiteral("pt_br")) == QStringLiteral("pt-BR"));
    CHECK(LanguageTag::normalized(QStringLiteral("ZH-hant-tw")) == QStringLiteral("zh-Hant-TW"));
    CHECK(LanguageTag::normalized(QStringLiteral("es-419")) == QStringLiteral("es-419"));
    CHECK(LanguageTag::normalized(QStringLiteral("iw")) == QStringLiteral("he"));
    CHECK(LanguageTag::normalized(QStringLiteral("Hello world")).isEmpty());
    CHECK(LanguageTag::normalized(QStringLiteral("d")).isEmpty());
}

TEST_CASE("CLD2's private and deprecated codes never reach the user")
{
    CHECK(LanguageTag::fromCld2Code(QStringLiteral("iw")) == QStringLiteral("he"));
    CHECK(LanguageTag::fromCld2Code(QStringLiteral("zh")) == QStringLiteral("zh-Hans"));
    CHECK(LanguageTag::fromCld2Code(QStringLiteral("zh-Hant")) == QStringLiteral("zh-Hant"));
    CHECK(LanguageTag::fromCld2Code(QStringLiteral("xx-Grek")) == QStringLiteral("und-Grek"));
    CHECK(LanguageTag::fromCld2Code(QStringLiteral("un")) == QStringLiteral("und"));
    CHECK(LanguageTag::fromCld2Code(QString()) == QStringLiteral("und"));
}

TEST_CASE("Hebrew text is identified as he, never iw")
{
    const LanguageGuess guess =
        LanguageIdentifier().identify(QStringLiteral("קארי פוגשת שוב את ביג, שחזר לניו יורק לניתוח לב, ומירנדה מחפשת דרך להציג את החבר החדש שלה בפני סטיב."));
    CHECK(guess.tag == QStringLiteral("he"));
}

TEST_CASE("text that tells nothing is und, not a default language")
{
    LanguageIdentifier identifier;
    CHECK(identifier.identify(QString()).tag == QStringLiteral("und"));
    CHECK(identifier.identify(QStringLiteral("   \n ")).tag == QStringLiteral("und"));
    CHECK(identifier.identify(QStringLiteral("1234 5678")).tag == QStringLiteral("und"));
    CHECK(identifier.identify(QStringLiteral("1234 5678")).confidence == 0.0);
}

TEST_CASE("language names come in English and in the language itself, with script and direction")
{
    const LanguageInfo greek = LanguageInfo::forTag(QStringLiteral("el"));
    CHECK(greek.englishName == QStringLiteral("Greek"));
    CHECK(greek.nativeName == QStringLiteral("Ελληνικά"));
    CHECK(greek.script == QStringLiteral("Greek"));
    CHECK(greek.direction == Qt::LeftToRight);

    CHECK(LanguageInfo::forTag(QStringLiteral("fi")).nativeName == QStringLiteral("Suomi"));
    // The plain name, not CLDR's name for the language's default or smallest region.
    CHECK(LanguageInfo::forTag(QStringLiteral("en")).nativeName == QStringLiteral("English"));
    CHECK(LanguageInfo::forTag(QStringLiteral("es")).nativeName == QStringLiteral("Español"));
    CHECK(LanguageInfo::forTag(QStringLiteral("nl")).nativeName == QStringLiteral("Nederlands"));
    CHECK(LanguageInfo::forTag(QStringLiteral("pt-BR")).nativeName == QStringLiteral("Português (Brasil)"));
    CHECK(LanguageInfo::forTag(QStringLiteral("pt-BR")).englishName == QStringLiteral("Portuguese (Brazil)"));
    CHECK(LanguageInfo::forTag(QStringLiteral("ar")).direction == Qt::RightToLeft);
    CHECK(LanguageInfo::forTag(QStringLiteral("he")).direction == Qt::RightToLeft);

    const LanguageInfo unknown = LanguageInfo::forTag(QStringLiteral("und"));
    CHECK_FALSE(unknown.known);
    CHECK(unknown.englishName == QStringLiteral("Unknown language"));
    CHECK(LanguageInfo::forTag(QStringLiteral("und-Arab")).direction == Qt::RightToLeft);
}
