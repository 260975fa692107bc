// SPDX-License-Identifier: GPL-3.0-or-later
// Broken, hostile and odd metadata files: each one fails or warns with a message naming the file
// (and the line and column where that applies), and none crashes, hangs or leaks what it points at.
#include "catchsupport.h"
#include "testfiles.h"

#include "io/libraryloader.h"

#include <QElapsedTimer>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace episcope;

namespace
{

/// Loads @p path, which must fail, and returns the error after checking it names the file.
LoadError failure(const QString &path)
{
    LibraryLoader loader;
    const std::optional<Library> library = loader.load(path);
    CHECK_FALSE(library);
    if (library)
        return {};
    CHECK(loader.error().path == path);
    CHECK_FALSE(loader.error().message.isEmpty());
    CHECK(loader.error().toString().startsWith(path + u':'));
    return loader.error();
}

Library loaded(const QString &path)
{
    LibraryLoader loader;
    std::optional<Library> library = loader.load(path);
    INFO(loader.error().toString().toStdString());
    REQUIRE(library);
    return *library;
}

/// Loads @p path in a child process, so that a crash fails this test instead of ending the whole
/// run. Returns the child's wait status: it exits 0 when the load failed with a message containing
/// @p expected, 1 when the file loaded, 2 when it failed with another message.
int loadInChild(const QString &path, const QString &expected)
{
    const pid_t child = ::fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        for (const int signal : { SIGSEGV, SIGBUS, SIGABRT, SIGILL, SIGFPE }) // not Catch's handlers: just die
            std::signal(signal, SIG_DFL);
        const rlimit noCore { 0, 0 };
        ::setrlimit(RLIMIT_CORE, &noCore);
        ::alarm(20);
        LibraryLoader loader;
        const bool loaded = loader.load(path).has_value();
        ::_exit(loaded ? 1 : loader.error().message.contains(expected) ? 0 : 2);
    }
    int status = 0;
    REQUIRE(::waitpid(child, &status, 0) == child);
    return status;
}

/// "path:line:column: " for messages.
QString at(const QString &path, int line, int column)
{
    return QStringLiteral("%1:%2:%3: ").arg(path).arg(line).arg(column);
}

} // namespace

TEST_CASE("bad metadata: malformed JSON names the line and column where it breaks")
{
    test::Scratch scratch;
    SECTION("truncated: where the text ends, counted in characters")
    {
        const QByteArray last = "    {\"iso_639_1\": \"fr\", \"data\": {\"name\": \"Marée basse\", \"overview\": \"Retrouvé à la dérive";
        const QString path = scratch.write(QStringLiteral("truncated.json"), "{\n  \"id\": 1,\n  \"translations\": [\n" + last);
        const LoadError error = failure(path);
        CHECK(error.line == 4);
        CHECK(error.column == QString::fromUtf8(last).size() + 1);
        CHECK(error.toString().startsWith(at(path, 4, int(QString::fromUtf8(last).size()) + 1)));
        CHECK(error.message.contains(QStringLiteral("JSON")));
    }
    SECTION("trailing garbage: where it starts")
    {
        const QString path = scratch.write(QStringLiteral("garbage.json"), "{\"translations\": [\n  {\"iso_639_1\": \"de\"}\n]}\n\n  oops");
        const LoadError error = failure(path);
        CHECK(error.line == 5);
        CHECK(error.column == 3);
    }
    SECTION("a missing comma")
    {
        const QString path = scratch.write(QStringLiteral("comma.json"), "{\n  \"id\": 1\n  \"translations\": []\n}");
        const LoadError error = failure(path);
        CHECK(error.line == 3);
        CHECK(error.column == 3);
    }
}

TEST_CASE("bad metadata: columns count characters, so an emoji before the problem counts once")
{
    test::Scratch scratch;
    // U+1F600 is one character (two UTF-16 units, four bytes).
    const QByteArray line = "{\"translations\": [{\"iso_639_1\": \"fr\", \"data\": {\"overview\": \"\xF0\x9F\x98\x80 Le Seagull";
    const QString truncated = scratch.write(QStringLiteral("emoji.json"), line);
    const int characters = int(QString::fromUtf8(line).toUcs4().size());
    CHECK(failure(truncated).column == characters + 1);

    // The same count as a warning about invalid UTF-8 uses.
    const QString invalid = scratch.write(QStringLiteral("emoji-latin1.json"), line + " d\xE9rive\"}}]}");
    const Library library = loaded(invalid);
    REQUIRE_FALSE(library.warnings.isEmpty());
    CHECK(library.warnings.constLast().startsWith(at(invalid, 1, characters + 3)));
}

TEST_CASE("bad metadata: valid JSON of the wrong shape says what is missing")
{
    test::Scratch scratch;
    SECTION("an object with no translations")
    {
        const LoadError error = failure(scratch.write(QStringLiteral("results.json"), "{\"results\":[]}"));
        CHECK(error.message.contains(QStringLiteral("translations")));
    }
    SECTION("translations that are not an array")
    {
        const LoadError error = failure(scratch.write(QStringLiteral("string.json"), "{\"translations\":\"x\"}"));
        CHECK(error.message.contains(QStringLiteral("not an array")));
        CHECK(error.line == 1);
        CHECK(error.column == 17);
    }
    SECTION("an empty array")
    {
        CHECK(failure(scratch.write(QStringLiteral("empty.json"), "[]")).message.contains(QStringLiteral("empty")));
        CHECK(failure(scratch.write(QStringLiteral("empty2.json"), "{\"translations\": []}")).message.contains(QStringLiteral("no translations")));
    }
    SECTION("an array of something else")
    {
        CHECK(failure(scratch.write(QStringLiteral("numbers.json"), "[1, 2, 3]")).message.contains(QStringLiteral("Trakt")));
    }
    SECTION("a bare number")
    {
        // A .json file holding just 42 (an API's error code, say) is not a synopsis of "42".
        const QString path = scratch.write(QStringLiteral("number.json"), "42\n");
        LibraryLoader loader;
        const std::optional<Library> library = loader.load(path);
        if (library) {
            INFO("loaded as " << int(library->format) << " with " << library->episodes.constFirst().translations.size() << " rows, text "
                              << library->episodes.constFirst().translations.constFirst().text.toStdString());
            CHECK_FALSE(library->warnings.isEmpty());
        } else {
            CHECK(loader.error().path == path);
            CHECK(loader.error().message.contains(QStringLiteral("JSON")));
        }
    }
}

TEST_CASE("bad metadata: a 100000-deep bracket bomb is an error about nesting, quickly")
{
    test::Scratch scratch;
    const QString path = scratch.write(QStringLiteral("bomb.json"), QByteArray(100000, '['));
    QElapsedTimer timer;
    timer.start();
    const LoadError error = failure(path);
    CHECK(timer.elapsed() < 2000);
    CHECK(error.message.contains(QStringLiteral("nest")));
    CHECK(error.line == 1);
}

TEST_CASE("bad metadata: a synopsis that is not text loads empty with a warning where it is")
{
    test::Scratch scratch;
    const QByteArray json = "{\"translations\":[{\"iso_639_1\":\"de\",\"data\":{\"name\":null,\"overview\":42}}]}";
    const QString path = scratch.write(QStringLiteral("types.json"), json);
    const Library library = loaded(path);
    REQUIRE(library.warnings.size() == 1);
    CHECK(library.warnings.constFirst().startsWith(at(path, 1, int(json.indexOf("42")) + 1)));
    CHECK(library.warnings.constFirst().contains(QStringLiteral("overview")));
    const Translation &row = library.episodes.constFirst().translations.constFirst();
    CHECK(row.languageTag == QStringLiteral("de"));
    CHECK(row.text.isEmpty());
    CHECK(row.title.isEmpty());
}

TEST_CASE("bad metadata: rows that cannot be used are skipped with a warning where they are")
{
    test::Scratch scratch;
    const QByteArray json = "{\"translations\": [\n"
                            "  42,\n"
                            "  {\"iso_639_1\": \"de\", \"data\": {\"overview\": \"Die Seagull treibt vor Porthaven.\"}},\n"
                            "  {\"data\": {\"overview\": \"Le Seagull.\"}}\n"
                            "]}";
    const QString path = scratch.write(QStringLiteral("rows.json"), json);
    const Library library = loaded(path);
    REQUIRE(library.episodes.constFirst().translations.size() == 1);
    CHECK(library.episodes.constFirst().translations.constFirst().languageTag == QStringLiteral("de"));
    REQUIRE(library.warnings.size() == 2);
    CHECK(library.warnings.at(0).startsWith(at(path, 2, 3)));
    CHECK(library.warnings.at(1).startsWith(at(path, 4, 3)));
    CHECK(library.warnings.at(1).contains(QStringLiteral("iso_639_1")));
}

TEST_CASE("bad metadata: two rows for the same language are both kept, with a warning naming it")
{
    test::Scratch scratch;
    const QByteArray json = "{\"translations\": [\n"
                            "  {\"iso_639_1\": \"de\", \"iso_3166_1\": \"DE\", \"data\": {\"overview\": \"Die Seagull treibt vor Porthaven.\"}},\n"
                            "  {\"iso_639_1\": \"de\", \"iso_3166_1\": \"DE\", \"data\": {\"overview\": \"Die Seagull wird gefunden.\"}}\n"
                            "]}";
    const QString path = scratch.write(QStringLiteral("twice.json"), json);
    const Library library = loaded(path);
    const Episode &episode = library.episodes.constFirst();
    REQUIRE(episode.translations.size() == 2);
    CHECK(episode.translations.at(0).languageTag == QStringLiteral("de-DE"));
    CHECK(episode.translations.at(1).languageTag == QStringLiteral("de-DE"));
    CHECK(episode.translations.at(1).text == QStringLiteral("Die Seagull wird gefunden."));
    REQUIRE(library.warnings.size() == 1);
    CHECK(library.warnings.constFirst().startsWith(path + u':'));
    CHECK(library.warnings.constFirst().contains(QStringLiteral("de-DE")));
}

TEST_CASE("bad metadata: invalid UTF-8 inside a JSON string opens read-only with a warning naming the line")
{
    test::Scratch scratch;
    const QByteArray json = "{\"translations\": [\n"
                            "  {\"iso_639_1\": \"fr\", \"data\": {\"overview\": \"Le Seagull d\xE9rive au large de Porthaven.\"}}\n"
                            "]}\n";
    const QString path = scratch.write(QStringLiteral("latin1.json"), json);
    const Library library = loaded(path);
    CHECK(library.readOnly);
    REQUIRE_FALSE(library.warnings.isEmpty());
    CHECK(library.warnings.constLast().startsWith(path + QStringLiteral(":2:")));
    CHECK(library.episodes.constFirst().translations.constFirst().text.contains(QChar::ReplacementCharacter));
}

TEST_CASE("bad metadata: a lone surrogate escape loads")
{
    test::Scratch scratch;
    const QByteArray json =
        "{\"translations\": [{\"iso_639_1\": \"fr\", \"data\": {\"name\": \"x\\ud800\", \"overview\": \"Caf\\ud800 au lait, le Seagull d\\u00e9rive.\"}}]}";
    const QString path = scratch.write(QStringLiteral("surrogate.json"), json);
    const Library library = loaded(path);
    CHECK_FALSE(library.readOnly);
    const Translation &row = library.episodes.constFirst().translations.constFirst();
    CHECK(row.text.contains(QChar(0xD800)));
    CHECK(row.text.endsWith(QStringLiteral("le Seagull dérive.")));
}

TEST_CASE("bad metadata: XML entity declarations are refused, never expanded or fetched")
{
    test::Scratch scratch;
    SECTION("one harmless-looking entity")
    {
        const QString path = scratch.write(QStringLiteral("entity.nfo"),
                                           "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY a \"aaaa\">]>\n"
                                           "<episodedetails><title>T</title><plot>&a;</plot></episodedetails>\n");
        CHECK(failure(path).message.contains(QStringLiteral("entities")));
    }
    SECTION("billion laughs")
    {
        QByteArray xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n  <!ENTITY lol \"lol\">\n";
        for (int i = 1; i <= 9; ++i) {
            xml += "  <!ENTITY lol" + QByteArray::number(i) + " \"";
            for (int j = 0; j < 10; ++j)
                xml += "&lol" + (i > 1 ? QByteArray::number(i - 1) : QByteArray()) + ";";
            xml += "\">\n";
        }
        xml += "]>\n<episodedetails><plot>&lol9;</plot></episodedetails>\n";
        const QString path = scratch.write(QStringLiteral("lolz.nfo"), xml);
        QElapsedTimer timer;
        timer.start();
        CHECK(failure(path).message.contains(QStringLiteral("entities")));
        CHECK(timer.elapsed() < 2000);
    }
    SECTION("an external entity")
    {
        const QString path = scratch.write(QStringLiteral("xxe.nfo"),
                                           "<?xml version=\"1.0\"?>\n<!DOCTYPE episodedetails [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
                                           "<episodedetails><title>T</title><plot>&x;</plot></episodedetails>\n");
        LibraryLoader loader;
        const std::optional<Library> library = loader.load(path);
        CHECK_FALSE(library);
        CHECK(loader.error().path == path);
        CHECK(loader.error().message.contains(QStringLiteral("entities")));
        CHECK_FALSE(loader.error().message.contains(QStringLiteral("root:")));
        if (library) {
            for (const Episode &episode : library->episodes)
                for (const Translation &translation : episode.translations)
                    CHECK_FALSE(translation.text.contains(QStringLiteral("root:")));
        }
    }
    SECTION("an undeclared entity")
    {
        const QString path = scratch.write(QStringLiteral("undeclared.nfo"), "<episodedetails><title>T</title><plot>Berg &foo; Fils</plot></episodedetails>\n");
        CHECK(failure(path).message.contains(QStringLiteral("foo")));
    }
}

TEST_CASE("bad metadata: elements nested past the limit are an error about nesting, not a crash")
{
    test::Scratch scratch;
    const QByteArray open = QByteArray("<a>").repeated(100);
    const QByteArray close = QByteArray("</a>").repeated(100);
    SECTION("inside <plot>")
    {
        const QString path =
            scratch.write(QStringLiteral("deep-plot.nfo"), "<episodedetails><title>T</title><plot>" + open + "text" + close + "</plot></episodedetails>\n");
        CHECK(failure(path).message.contains(QStringLiteral("nest")));
    }
    SECTION("inside <episodedetails>")
    {
        const QString path =
            scratch.write(QStringLiteral("deep-item.nfo"), "<episodedetails><title>T</title>" + open + "text" + close + "<plot>P</plot></episodedetails>\n");
        CHECK(failure(path).message.contains(QStringLiteral("nest")));
    }
    SECTION("100000 levels: the same error, quickly, and no crash")
    {
        for (const QByteArray &where : { QByteArray("plot"), QByteArray("title") }) {
            INFO("inside <" << where.toStdString() << ">");
            const QString path = scratch.write(QStringLiteral("deeper.nfo"),
                                               "<episodedetails><" + where + ">" + QByteArray("<a>").repeated(100000) + QByteArray("</a>").repeated(100000)
                                                   + "</" + where + "></episodedetails>\n");
            QElapsedTimer timer;
            timer.start();
            const int status = loadInChild(path, QStringLiteral("nest"));
            CHECK(timer.elapsed() < 3000);
            INFO("killed by signal " << (WIFSIGNALED(status) ? WTERMSIG(status) : 0));
            const bool crashed = WIFSIGNALED(status);
            const bool refusedForNesting = WIFEXITED(status) && WEXITSTATUS(status) == 0;
            CHECK_FALSE(crashed);
            CHECK(refusedForNesting);
        }
    }
}

TEST_CASE("bad metadata: XML that is not a Kodi NFO says so")
{
    test::Scratch scratch;
    const QString html = scratch.write(QStringLiteral("page.nfo"), "<!DOCTYPE html>\n<html><body><p>Not found</p></body></html>\n");
    CHECK(failure(html).message.contains(QStringLiteral("not a Kodi NFO")));
    const QString broken = scratch.write(QStringLiteral("broken.nfo"), "<episodedetails>\n  <plot>Unclosed\n</episodedetails>\n");
    const LoadError error = failure(broken);
    CHECK(error.message.contains(QStringLiteral("XML")));
    CHECK(error.line >= 2);
}

TEST_CASE("bad metadata: an NFO with a URL after the XML loads with a warning on that line")
{
    test::Scratch scratch;
    const QByteArray nfo = test::bytesOf(test::dataFile(QStringLiteral("metadata/kodi-episode.nfo")));
    REQUIRE(nfo.endsWith('\n'));
    const QString path = scratch.write(QStringLiteral("scraped.nfo"), nfo + "https://www.themoviedb.org/tv/219001/season/1/episode/2\n");
    const Library library = loaded(path);
    REQUIRE(library.episodes.size() == 1);
    CHECK(library.episodes.constFirst().title == QStringLiteral("Marée basse"));
    REQUIRE(library.warnings.size() == 1);
    CHECK(library.warnings.constFirst().startsWith(at(path, int(nfo.count('\n')) + 1, 1)));
}

TEST_CASE("bad metadata: the series folder's broken.json fails on line 6")
{
    const QString path = test::dataFile(QStringLiteral("series/Harbour Lights/Season 02/broken.json"));
    const LoadError error = failure(path);
    CHECK(error.line == 6);
    CHECK(error.column > 1);
    CHECK(error.message.contains(QStringLiteral("JSON")));
}

TEST_CASE("bad metadata: a 1 GiB file is refused by size, quickly, naming the limit")
{
    test::Scratch scratch;
    const QString path = scratch.write(QStringLiteral("huge.json"), "{");
    {
        QFile file(path);
        REQUIRE(file.resize(qint64(1) << 30)); // sparse: no disk used
    }
    QElapsedTimer timer;
    timer.start();
    const LoadError error = failure(path);
    CHECK(timer.elapsed() < 1000);
    CHECK(error.message.contains(QStringLiteral("256")));
    CHECK(error.line == 0);
}

TEST_CASE("bad metadata: a FIFO is refused without waiting for a writer")
{
    test::Scratch scratch;
    const QString path = scratch.path(QStringLiteral("episode.nfo"));
    REQUIRE(::mkfifo(QFile::encodeName(path).constData(), 0600) == 0);
    QElapsedTimer timer;
    timer.start();
    const LoadError error = failure(path);
    CHECK(timer.elapsed() < 1000);
    CHECK((error.message.contains(QStringLiteral("FIFO")) || error.message.contains(QStringLiteral("pipe"))));
}
