// SPDX-License-Identifier: GPL-3.0-or-later
// Saving edited synopses back into TMDB, TheTVDB and Trakt JSON and Kodi NFO files: only the edited
// value changes, byte for byte, and the file reads back as edited.
#include "catchsupport.h"
#include "testfiles.h"

#include "io/jsonparser.h"
#include "io/libraryloader.h"
#include "io/librarywriter.h"

#include <tuple>

using namespace episcope;

namespace
{

QString metadata(const QString &name)
{
    return test::dataFile(QStringLiteral("metadata/") + name);
}

Library loaded(const QString &path)
{
    LibraryLoader loader;
    std::optional<Library> library = loader.load(path);
    INFO(loader.error().toString().toStdString());
    REQUIRE(library);
    return *library;
}

/// @p bytes with its only occurrence of @p before replaced by @p after.
QByteArray spliced(const QByteArray &bytes, const QByteArray &before, const QByteArray &after)
{
    INFO(before.toStdString());
    REQUIRE(bytes.count(before) == 1);
    const qsizetype at = bytes.indexOf(before);
    return bytes.left(at) + after + bytes.mid(at + before.size());
}

/// The raw content of the @p n-th (0-based) <plot> element in @p bytes.
QByteArray plotContent(const QByteArray &bytes, int n)
{
    qsizetype from = -1;
    for (int i = 0; i <= n; ++i) {
        from = bytes.indexOf("<plot>", from + 1);
        REQUIRE(from >= 0);
    }
    const qsizetype start = from + 6;
    const qsizetype end = bytes.indexOf("</plot>", start);
    REQUIRE(end > start);
    return bytes.mid(start, end - start);
}

/// @p bytes with the content of its @p n-th <plot> replaced by @p content.
QByteArray withPlot(const QByteArray &bytes, int n, const QByteArray &content)
{
    qsizetype from = -1;
    for (int i = 0; i <= n; ++i)
        from = bytes.indexOf("<plot>", from + 1);
    const qsizetype start = from + 6;
    const qsizetype end = bytes.indexOf("</plot>", start);
    return bytes.left(start) + content + bytes.mid(end);
}

/// Reloads @p saved from disk and checks it against @p before with @p edits (episode, row → text)
/// applied: the edited rows read back exactly as written, every other row as it was, and the
/// spans the writer returned are where the reloaded file has them.
void checkReload(const Library &before, const Library &saved, const QList<std::tuple<qsizetype, qsizetype, QString>> &edits)
{
    const Library reloaded = loaded(saved.sourcePath);
    CHECK(reloaded.warnings.isEmpty());
    CHECK(reloaded.sourceBytes == saved.sourceBytes);
    REQUIRE(reloaded.episodes.size() == before.episodes.size());
    REQUIRE(saved.episodes.size() == before.episodes.size());
    for (qsizetype e = 0; e < before.episodes.size(); ++e) {
        const QList<Translation> &was = before.episodes.at(e).translations;
        const QList<Translation> &now = reloaded.episodes.at(e).translations;
        const QList<Translation> &returned = saved.episodes.at(e).translations;
        REQUIRE(now.size() == was.size());
        REQUIRE(returned.size() == was.size());
        CHECK(reloaded.episodes.at(e).title == before.episodes.at(e).title);
        for (qsizetype row = 0; row < was.size(); ++row) {
            INFO("episode " << e << " row " << row << " " << was.at(row).languageTag.toStdString());
            QString expected = was.at(row).text;
            bool edited = false;
            for (const auto &[episodeIndex, rowIndex, text] : edits) {
                if (episodeIndex == e && rowIndex == row) {
                    expected = text;
                    edited = true;
                }
            }
            CHECK(now.at(row).text == expected);
            CHECK(now.at(row).title == was.at(row).title);
            CHECK(now.at(row).declaredCode == was.at(row).declaredCode);
            if (!edited || was.at(row).origin == LanguageOrigin::Declared)
                CHECK(now.at(row).languageTag == was.at(row).languageTag);
            CHECK(returned.at(row).text == expected);
            CHECK(returned.at(row).sourceOffset == now.at(row).sourceOffset);
            CHECK(returned.at(row).sourceLength == now.at(row).sourceLength);
        }
    }
}

/// Saves @p edits (episode → row → text) of @p library to its own file; fails the test if it cannot.
Library saveEdits(const Library &library, qsizetype episodeIndex, const QList<std::pair<qsizetype, QString>> &rows)
{
    Episode edited = library.episodes.at(episodeIndex);
    for (const auto &[row, text] : rows)
        edited.translations[row].text = text;
    LibraryWriter writer;
    std::optional<Library> saved = writer.save(library, episodeIndex, edited, library.sourcePath);
    INFO(writer.error().toStdString());
    REQUIRE(saved);
    CHECK(writer.failure() == LibraryWriter::Failure::None);
    return *saved;
}

const QByteArray tmdbMexicanToken = "\"Cuando encuentran el Seagull a la deriva cerca de Porthaven y sin su bitácora, Marta Kovač no cree que se trate de un "
                                    "accidente. El inspector Aldo Ferrante pone la mira en Jonas Berg, la última persona que vio al capitán con vida.\"";

} // namespace

TEST_CASE("save: editing a TMDB synopsis replaces only its JSON string")
{
    test::Scratch scratch;
    const QByteArray original = test::bytesOf(metadata(QStringLiteral("tmdb-episode-translations.json")));
    const QString path = scratch.write(QStringLiteral("tmdb.json"), original);
    const Library library = loaded(path);
    REQUIRE(library.episodes.constFirst().translations.at(4).languageTag == QStringLiteral("es-MX"));

    const QString mexican = QStringLiteral("Cuando encuentran el \"Seagull\" a la deriva, nadie cree en un accidente.");
    const Library saved = saveEdits(library, 0, { { 4, mexican } });
    QByteArray expected = spliced(original, tmdbMexicanToken, "\"Cuando encuentran el \\\"Seagull\\\" a la deriva, nadie cree en un accidente.\"");
    CHECK(test::bytesOf(path) == expected);
    checkReload(library, saved, { { 0, 4, mexican } });

    SECTION("and a second edit on the saved library, before and after the first, lands where the rows now are")
    {
        const QString german = QStringLiteral("Die Seagull treibt vor Porthaven.");
        const QString brazilian = QStringLiteral("O Seagull é encontrado à deriva; ninguém acredita em acidente.");
        const Library again = saveEdits(saved, 0, { { 1, german }, { 7, brazilian } });
        expected = spliced(expected,
                           "\"Als die „Seagull“ ohne Logbuch vor Porthaven treibend gefunden wird, glaubt Marta Kovač nicht an einen Unfall. Inspektor "
                           "Aldo Ferrante lässt den Hafen 24\\/7 überwachen und nimmt ausgerechnet Jonas Berg ins Visier.\"",
                           "\"Die Seagull treibt vor Porthaven.\"");
        expected = spliced(expected,
                           "\"Quando o Seagull é encontrado à deriva perto de Porthaven e sem o diário de bordo, Marta Kovač se recusa a acreditar em "
                           "acidente. O inspetor Aldo Ferrante passa a suspeitar de Jonas Berg, a última pessoa que viu o capitão com vida.\"",
                           "\"O Seagull é encontrado à deriva; ninguém acredita em acidente.\"");
        CHECK(test::bytesOf(path) == expected);
        checkReload(library, again, { { 0, 1, german }, { 0, 4, mexican }, { 0, 7, brazilian } });
    }
    SECTION("and text with a quote, a backslash, a newline and an emoji reads back identical")
    {
        const QString tricky = QStringLiteral("He said \"stop\" \\ then\nleft. \U0001F600\tEnd");
        const Library again = saveEdits(saved, 0, { { 0, tricky } });
        CHECK(test::bytesOf(path)
              == spliced(expected,
                         "\"When the \\\"Seagull\\\" is found drifting off Porthaven with its logbook missing, Marta Kovač refuses to believe it was an "
                         "accident. Inspector Aldo Ferrante turns his attention to Jonas Berg, the last man to see the skipper alive.\"",
                         "\"He said \\\"stop\\\" \\\\ then\\nleft. \xF0\x9F\x98\x80\\tEnd\""));
        checkReload(library, again, { { 0, 0, tricky }, { 0, 4, mexican } });
    }
}

TEST_CASE("save: editing a TheTVDB extended overview replaces only its JSON string")
{
    test::Scratch scratch;
    const QByteArray original = test::bytesOf(metadata(QStringLiteral("tvdb-episode-extended.json")));
    const QString path = scratch.write(QStringLiteral("tvdb.json"), original);
    const Library library = loaded(path);
    REQUIRE(library.episodes.constFirst().translations.at(1).languageTag == QStringLiteral("de"));

    const QString german = QStringLiteral("Die „Seagull“ treibt führerlos vor Porthaven – und das Logbuch ist weg.");
    const Library saved = saveEdits(library, 0, { { 1, german } });
    QByteArray expected = spliced(original,
                                  "\"Die „Seagull“ treibt führerlos vor Porthaven, und ihr Logbuch ist spurlos verschwunden. Marta Kovač glaubt nicht an "
                                  "einen Unfall, doch Inspektor Aldo Ferrante hat längst Jonas Berg im Verdacht.\"",
                                  "\"Die „Seagull“ treibt führerlos vor Porthaven – und das Logbuch ist weg.\"");
    CHECK(test::bytesOf(path) == expected);
    checkReload(library, saved, { { 0, 1, german } });

    // The Greek overview comes after the German one: its span has moved.
    const QString greek = QStringLiteral("Το Seagull βρέθηκε ακυβέρνητο.");
    const Library again = saveEdits(saved, 0, { { 5, greek } });
    expected = spliced(expected,
                       "\"Το Seagull εντοπίζεται να παρασύρεται ακυβέρνητο ανοιχτά του Πόρτχεϊβεν, χωρίς κανέναν επάνω και χωρίς το ημερολόγιο πλοίου. "
                       "Η Μάρτα Κόβατς είναι βέβαιη ότι ο καπετάνιος δεν έφυγε από το λιμάνι με τη θέλησή του, όμως ο επιθεωρητής Άλντο Φερράντε έχει "
                       "ήδη βάλει στο στόχαστρο τον Γιόνας Μπεργκ.\"",
                       "\"Το Seagull βρέθηκε ακυβέρνητο.\"");
    CHECK(test::bytesOf(path) == expected);
    checkReload(library, again, { { 0, 1, german }, { 0, 5, greek } });
}

TEST_CASE("save: a null Trakt overview becomes a JSON string")
{
    test::Scratch scratch;
    const QByteArray original = test::bytesOf(metadata(QStringLiteral("trakt-translations.json")));
    const QString path = scratch.write(QStringLiteral("trakt.json"), original);
    const Library library = loaded(path);
    REQUIRE(library.episodes.constFirst().translations.at(6).languageTag == QStringLiteral("it-IT"));

    const QString italian = QStringLiteral("Il Seagull viene ritrovato alla deriva al largo di Porthaven, senza equipaggio né giornale di bordo.");
    const Library saved = saveEdits(library, 0, { { 6, italian } });
    QByteArray expected = spliced(original, "\"overview\": null",
                                  "\"overview\": \"Il Seagull viene ritrovato alla deriva al largo di Porthaven, senza equipaggio né giornale di bordo.\"");
    CHECK(test::bytesOf(path) == expected);
    JsonParser parser;
    const std::optional<JsonValue> root = parser.parse(QString::fromUtf8(test::bytesOf(path)));
    REQUIRE(root);
    REQUIRE(root->items.size() == 7);
    CHECK(root->items.at(6).member(u"overview")->isString());
    CHECK(root->items.at(6).member(u"title")->isNull()); // the title was not edited
    checkReload(library, saved, { { 0, 6, italian } });

    // Again, with an edit before it in the same save: the Italian span is the string now.
    const QString italianAgain = QStringLiteral("Il Seagull alla deriva.");
    const QString german = QStringLiteral("Die Seagull treibt ohne Logbuch vor Porthaven.");
    const Library again = saveEdits(saved, 0, { { 0, german }, { 6, italianAgain } });
    expected = spliced(expected,
                       "\"Die Seagull wird ohne Logbuch vor Porthaven treibend gefunden. Marta Kovač hält das für keinen Zufall, und Inspektor Aldo "
                       "Ferrante fragt sich, warum ausgerechnet Jonas Berg den Kapitän zuletzt lebend gesehen hat.\"",
                       "\"Die Seagull treibt ohne Logbuch vor Porthaven.\"");
    expected = spliced(expected, "\"Il Seagull viene ritrovato alla deriva al largo di Porthaven, senza equipaggio né giornale di bordo.\"",
                       "\"Il Seagull alla deriva.\"");
    CHECK(test::bytesOf(path) == expected);
    checkReload(library, again, { { 0, 0, german }, { 0, 6, italianAgain } });
}

TEST_CASE("save: an NFO plot is saved escaped and reads back exactly")
{
    test::Scratch scratch;
    const QByteArray original = test::bytesOf(metadata(QStringLiteral("kodi-episode.nfo")));
    const QString path = scratch.write(QStringLiteral("episode.nfo"), original);
    const Library library = loaded(path);

    const QString plot = QStringLiteral("Marta lit <b>&\"quotes\"</b> à voix haute & l'inspecteur écoute.");
    const Library saved = saveEdits(library, 0, { { 0, plot } });
    const QByteArray written = test::bytesOf(path);
    // `"` needs no escape in element content; either form is right, nothing else is.
    const QByteArray quotesEscaped = withPlot(original, 0,
                                              "Marta lit &lt;b&gt;&amp;&quot;quotes&quot;&lt;/b&gt; \xC3\xA0 voix haute &amp; l'inspecteur \xC3\xA9"
                                              "coute.");
    const QByteArray quotesKept = withPlot(original, 0,
                                           "Marta lit &lt;b&gt;&amp;\"quotes\"&lt;/b&gt; \xC3\xA0 voix haute &amp; l'inspecteur \xC3\xA9"
                                           "coute.");
    CHECK((written == quotesEscaped || written == quotesKept));
    CHECK(written.startsWith(original.left(original.indexOf("<plot>") + 6)));
    CHECK(written.endsWith(original.mid(original.indexOf("</plot>"))));
    checkReload(library, saved, { { 0, 0, plot } });

    SECTION("and saved again from the returned library")
    {
        const QString shorter = QStringLiteral("Le Seagull dérive.");
        const Library again = saveEdits(saved, 0, { { 0, shorter } });
        CHECK(test::bytesOf(path) == withPlot(original, 0, "Le Seagull d\xC3\xA9rive."));
        checkReload(library, again, { { 0, 0, shorter } });
    }
}

TEST_CASE("save: editing the second episode of a multi-episode NFO touches only its plot")
{
    test::Scratch scratch;
    const QByteArray original = test::bytesOf(metadata(QStringLiteral("kodi-multi-episode.nfo")));
    const QString path = scratch.write(QStringLiteral("multi.nfo"), original);
    const Library library = loaded(path);
    REQUIRE(library.episodes.size() == 2);
    REQUIRE(plotContent(original, 1).startsWith("Nach dem Sturm"));

    const QString second = QStringLiteral("Nach dem Sturm spült die Flut Kisten an den Strand.");
    const Library saved = saveEdits(library, 1, { { 0, second } });
    QByteArray expected = withPlot(original, 1, "Nach dem Sturm sp\xC3\xBClt die Flut Kisten an den Strand.");
    CHECK(test::bytesOf(path) == expected);
    checkReload(library, saved, { { 1, 0, second } });

    // A longer first plot moves the second episode's span; editing it afterwards still lands.
    const QString first = QStringLiteral("Das Leuchtfeuer von Porthaven erlischt in einer Sturmnacht, und vom Leuchtturmwärter fehlt am Morgen jede Spur – "
                                         "nur sein Tagebuch bleibt, und darin ein Hinweis auf die Seagull.");
    const Library firstSaved = saveEdits(saved, 0, { { 0, first } });
    expected = withPlot(expected, 0, first.toUtf8());
    CHECK(test::bytesOf(path) == expected);
    checkReload(library, firstSaved, { { 0, 0, first }, { 1, 0, second } });

    const QString secondAgain = QStringLiteral("Treibgut & Schmuggelware.");
    const Library again = saveEdits(firstSaved, 1, { { 0, secondAgain } });
    expected = withPlot(expected, 1, "Treibgut &amp; Schmuggelware.");
    CHECK(test::bytesOf(path) == expected);
    checkReload(library, again, { { 0, 0, first }, { 1, 0, secondAgain } });
}

TEST_CASE("save: an NFO with CRLF line ends keeps them and the edit lands in the right place")
{
    test::Scratch scratch;
    const QByteArray original = test::bytesOf(metadata(QStringLiteral("kodi-multi-episode.nfo"))).replace("\n", "\r\n");
    const QString path = scratch.write(QStringLiteral("crlf.nfo"), original);
    const Library library = loaded(path);
    REQUIRE(library.episodes.size() == 2);
    const QString second = QStringLiteral("Nach dem Sturm spült die Flut Kisten an den Strand.");
    const Library saved = saveEdits(library, 1, { { 0, second } });
    CHECK(test::bytesOf(path) == withPlot(original, 1, "Nach dem Sturm sp\xC3\xBClt die Flut Kisten an den Strand."));
    checkReload(library, saved, { { 1, 0, second } });
}

TEST_CASE("save: saving without edits writes every metadata file back byte for byte")
{
    test::Scratch scratch;
    const QStringList names = { QStringLiteral("tmdb-episode-translations.json"),
                                QStringLiteral("tmdb-episode-details.json"),
                                QStringLiteral("tmdb-tv-translations.json"),
                                QStringLiteral("tmdb-season-translations.json"),
                                QStringLiteral("tmdb-movie-translations.json"),
                                QStringLiteral("tvdb-episode-translation-deu.json"),
                                QStringLiteral("tvdb-episode-extended.json"),
                                QStringLiteral("trakt-translations.json"),
                                QStringLiteral("kodi-episode.nfo"),
                                QStringLiteral("kodi-tvshow.nfo"),
                                QStringLiteral("kodi-multi-episode.nfo"),
                                QStringLiteral("kodi-episodes-wrapped.nfo") };
    for (const QString &name : names) {
        INFO(name.toStdString());
        const QByteArray original = test::bytesOf(metadata(name));
        const QString path = scratch.write(name, original);
        const Library library = loaded(path);
        for (qsizetype e = 0; e < library.episodes.size(); ++e) {
            LibraryWriter writer;
            CHECK(writer.save(library, e, library.episodes.at(e), path));
            CHECK(test::bytesOf(path) == original);
        }
    }
}

TEST_CASE("save: a synopsis that is not in the file cannot be saved and the file is left alone")
{
    test::Scratch scratch;
    const QByteArray original = test::bytesOf(metadata(QStringLiteral("tvdb-episode-extended.json")));
    const QString path = scratch.write(QStringLiteral("tvdb.json"), original);
    const Library library = loaded(path);
    const Translation &french = library.episodes.constFirst().translations.at(2);
    REQUIRE(french.languageTag == QStringLiteral("fr"));
    REQUIRE(french.sourceOffset == -1);

    Episode edited = library.episodes.constFirst();
    edited.translations[2].text = QStringLiteral("Le Seagull dérive au large de Porthaven.");
    edited.translations[1].text = QStringLiteral("Die Seagull treibt."); // a savable edit in the same save is not written either
    LibraryWriter writer;
    CHECK_FALSE(writer.save(library, 0, edited, path));
    CHECK(writer.failure() == LibraryWriter::Failure::Unsafe);
    CHECK(writer.error().contains(path));
    CHECK(test::bytesOf(path) == original);
}

TEST_CASE("save: a metadata file changed on disk since it was loaded is not overwritten")
{
    test::Scratch scratch;
    const QByteArray original = test::bytesOf(metadata(QStringLiteral("tmdb-episode-translations.json")));
    const QString path = scratch.write(QStringLiteral("tmdb.json"), original);
    const Library library = loaded(path);
    const QByteArray theirs = QByteArray(original).replace("\"Bajamar\"", "\"Pleamar\"");
    REQUIRE(theirs != original);
    scratch.write(QStringLiteral("tmdb.json"), theirs);

    Episode edited = library.episodes.constFirst();
    edited.translations[4].text = QStringLiteral("Cuando encuentran el Seagull.");
    LibraryWriter writer;
    CHECK_FALSE(writer.save(library, 0, edited, path));
    CHECK(writer.failure() == LibraryWriter::Failure::ChangedOnDisk);
    CHECK(test::bytesOf(path) == theirs);
}

TEST_CASE("save: a JSON file keeps its CRLF line ends and its byte-order mark")
{
    test::Scratch scratch;
    const QByteArray plain = test::bytesOf(metadata(QStringLiteral("tmdb-episode-translations.json")));
    const QString mexican = QStringLiteral("Línea uno\nlínea dos");
    const QByteArray mexicanToken = "\"L\xC3\xAD"
                                    "nea uno\\nl\xC3\xAD"
                                    "nea dos\"";

    SECTION("CRLF")
    {
        const QByteArray original = QByteArray(plain).replace("\n", "\r\n");
        const QString path = scratch.write(QStringLiteral("crlf.json"), original);
        const Library library = loaded(path);
        CHECK(library.format == Library::Format::Json);
        const Library saved = saveEdits(library, 0, { { 4, mexican } });
        const QByteArray written = test::bytesOf(path);
        CHECK(written == spliced(original, tmdbMexicanToken, mexicanToken));
        CHECK(written.count("\n") == written.count("\r\n"));
        checkReload(library, saved, { { 0, 4, mexican } });
    }
    SECTION("BOM")
    {
        const QByteArray original = "\xEF\xBB\xBF" + plain;
        const QString path = scratch.write(QStringLiteral("bom.json"), original);
        const Library library = loaded(path);
        CHECK(library.format == Library::Format::Json);
        CHECK(library.episodes.constFirst().provider == QStringLiteral("TMDB"));
        const Library saved = saveEdits(library, 0, { { 4, mexican } });
        const QByteArray written = test::bytesOf(path);
        CHECK(written.startsWith("\xEF\xBB\xBF{"));
        CHECK(written == spliced(original, tmdbMexicanToken, mexicanToken));
        checkReload(library, saved, { { 0, 4, mexican } });
    }
    SECTION("CRLF and BOM, saved without edits")
    {
        const QByteArray original = "\xEF\xBB\xBF" + QByteArray(plain).replace("\n", "\r\n");
        const QString path = scratch.write(QStringLiteral("both.json"), original);
        const Library library = loaded(path);
        LibraryWriter writer;
        CHECK(writer.save(library, 0, library.episodes.constFirst(), path));
        CHECK(test::bytesOf(path) == original);
    }
}

TEST_CASE("save: a lone surrogate written as an escape survives an edit elsewhere in the same synopsis")
{
    // TMDB data sometimes holds half an emoji as "\ud83d". The loader keeps it; saving an edit
    // to that synopsis must not turn it into a different character.
    test::Scratch scratch;
    const QByteArray json = "{\"translations\": [{\"iso_639_1\": \"fr\", \"data\": {\"name\": \"x\", \"overview\": \"Caf\\ud83d au lait.\"}}]}";
    const QString path = scratch.write(QStringLiteral("surrogate.json"), json);
    const Library library = loaded(path);
    REQUIRE(library.episodes.constFirst().translations.constFirst().text.contains(QChar(0xD83D)));

    const QString text = library.episodes.constFirst().translations.constFirst().text + QStringLiteral(" Encore.");
    saveEdits(library, 0, { { 0, text } });
    const QByteArray written = test::bytesOf(path);
    INFO("saved as " << written.toStdString());
    CHECK(written.toLower().contains("\"caf\\ud83d au lait. encore.\""));
    const QString reloaded = loaded(path).episodes.constFirst().translations.constFirst().text;
    REQUIRE(reloaded.size() >= 4);
    INFO("the fourth character reloads as U+" << QString::number(reloaded.at(3).unicode(), 16).toUpper().toStdString());
    CHECK(reloaded == text);
}
