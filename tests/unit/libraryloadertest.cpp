// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"
#include "testfiles.h"

#include "io/libraryloader.h"

using namespace episcope;

TEST_CASE("the sample's nine synopses are identified as de, en, fi, fr, hu, it, es, pt, el in file order")
{
    LibraryLoader loader;
    const auto library = loader.load(LibraryLoader::samplePath());
    REQUIRE(library);
    REQUIRE(library->episodes.size() == 1);
    QStringList tags;
    for (const Translation &translation : library->episodes.constFirst().translations) {
        tags.append(translation.languageTag);
        CHECK(translation.origin == LanguageOrigin::Identified);
        CHECK(translation.reliable);
        CHECK(translation.confidence >= 0.9);
    }
    CHECK(tags
          == QStringList { QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fi"), QStringLiteral("fr"), QStringLiteral("hu"), QStringLiteral("it"),
                           QStringLiteral("es"), QStringLiteral("pt"), QStringLiteral("el") });
    CHECK_FALSE(library->readOnly);
    CHECK(library->warnings.isEmpty());
}

TEST_CASE("declared languages are kept and undeclared ones identified in a CRLF file with a BOM")
{
    LibraryLoader loader;
    const auto library = loader.load(test::dataFile(QStringLiteral("declared-crlf-bom.txt")));
    REQUIRE(library);
    const Episode &episode = library->episodes.constFirst();
    REQUIRE(episode.translations.size() == 4);
    CHECK(episode.translations.at(0).languageTag == QStringLiteral("pt-BR"));
    CHECK(episode.translations.at(0).origin == LanguageOrigin::Declared);
    CHECK(episode.translations.at(0).text.startsWith(QStringLiteral("Carrie")));
    CHECK(episode.translations.at(1).languageTag == QStringLiteral("he"));
    CHECK(episode.translations.at(2).languageTag == QStringLiteral("ar"));
    CHECK(episode.translations.at(2).origin == LanguageOrigin::Identified);
    CHECK(episode.translations.at(3).languageTag == QStringLiteral("nl"));
}

TEST_CASE("invalid UTF-8 opens read-only with a warning naming the file, line and column")
{
    test::Scratch scratch;
    const QString path = scratch.write(QStringLiteral("broken.txt"), "Good line one.\nBad \xC3\x28 line two.\n");
    LibraryLoader loader;
    const auto library = loader.load(path);
    REQUIRE(library);
    CHECK(library->readOnly);
    REQUIRE(library->warnings.size() == 1);
    CHECK(library->warnings.constFirst().startsWith(path + QStringLiteral(":2:5: ")));
    CHECK(library->episodes.constFirst().translations.at(1).text.contains(QChar::ReplacementCharacter));
}

TEST_CASE("empty, BOM-only and blank files are errors naming the file")
{
    test::Scratch scratch;
    for (const QByteArray &bytes : { QByteArray(), QByteArray("\xEF\xBB\xBF"), QByteArray("\n\r\n  \n") }) {
        const QString path = scratch.write(QStringLiteral("empty.txt"), bytes);
        LibraryLoader loader;
        CHECK_FALSE(loader.load(path));
        CHECK(loader.error().path == path);
        CHECK(loader.error().message.contains(QStringLiteral("empty")));
    }
}

TEST_CASE("a binary file is an error naming the file and where the first NUL is")
{
    test::Scratch scratch;
    const QString path = scratch.write(QStringLiteral("image.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0\rIHDR", 16));
    LibraryLoader loader;
    CHECK_FALSE(loader.load(path));
    CHECK(loader.error().toString().startsWith(path + QStringLiteral(":3:1: ")));
    CHECK(loader.error().message.contains(QStringLiteral("binary")));
}

TEST_CASE("a 20 MB single line loads whole and is identified from its start")
{
    test::Scratch scratch;
    QByteArray line = QByteArray("Carrie und Big sitzen in einem Restaurant und sprechen über die Operation. ").repeated(20 * 1024 * 1024 / 76);
    const QString path = scratch.write(QStringLiteral("long.txt"), line);
    LibraryLoader loader;
    const auto library = loader.load(path);
    REQUIRE(library);
    const Translation &translation = library->episodes.constFirst().translations.constFirst();
    CHECK(translation.text == QString::fromUtf8(line).trimmed());
    CHECK(translation.languageTag == QStringLiteral("de"));
}
