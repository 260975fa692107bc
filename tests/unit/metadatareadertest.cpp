// SPDX-License-Identifier: GPL-3.0-or-later
// What the app reads from metadata files: TMDB, TheTVDB and Trakt JSON and Kodi NFO, as a user
// sees them (kinds, rows, languages, titles, numbers), and the language tag mapping behind them.
#include "catchsupport.h"
#include "testfiles.h"

#include "io/jsonparser.h"
#include "io/libraryloader.h"
#include "language/languagetag.h"

#include <QDir>

using namespace episcope;

namespace
{

QString metadata(const QString &name)
{
    return test::dataFile(QStringLiteral("metadata/") + name);
}

QString series(const QString &name)
{
    return test::dataFile(QStringLiteral("series/Harbour Lights/") + name);
}

Library loaded(const QString &path)
{
    LibraryLoader loader;
    std::optional<Library> library = loader.load(path);
    INFO(loader.error().toString().toStdString());
    REQUIRE(library);
    return *library;
}

QStringList tagsOf(const Episode &episode)
{
    QStringList tags;
    for (const Translation &translation : episode.translations)
        tags.append(translation.languageTag);
    return tags;
}

QStringList declaredCodesOf(const Episode &episode)
{
    QStringList codes;
    for (const Translation &translation : episode.translations)
        codes.append(translation.declaredCode);
    return codes;
}

QStringList titlesOf(const Episode &episode)
{
    QStringList titles;
    for (const Translation &translation : episode.translations)
        titles.append(translation.title);
    return titles;
}

/// XML character data as text: the five predefined entities decoded.
QString xmlUnescaped(QString raw)
{
    return raw.replace(QStringLiteral("&lt;"), QStringLiteral("<"))
        .replace(QStringLiteral("&gt;"), QStringLiteral(">"))
        .replace(QStringLiteral("&quot;"), QStringLiteral("\""))
        .replace(QStringLiteral("&apos;"), QStringLiteral("'"))
        .replace(QStringLiteral("&amp;"), QStringLiteral("&"));
}

/// Every editable synopsis's span holds exactly that synopsis in the file: a JSON token that
/// parses to the text (or null for an empty one), or XML content that reads as the text.
void checkSpans(const Library &library)
{
    const QString source = QString::fromUtf8(library.sourceBytes).remove(QChar(0xFEFF));
    for (const Episode &episode : library.episodes) {
        for (const Translation &translation : episode.translations) {
            INFO(translation.languageTag.toStdString());
            if (translation.sourceOffset < 0)
                continue;
            REQUIRE(translation.sourceOffset + translation.sourceLength <= source.size());
            const QString token = source.mid(translation.sourceOffset, translation.sourceLength);
            if (library.format == Library::Format::Json) {
                JsonParser parser;
                const std::optional<JsonValue> value = parser.parse(token);
                REQUIRE(value);
                CHECK((value->isString() || value->isNull()));
                CHECK(value->string == translation.text);
            } else {
                CHECK(xmlUnescaped(token) == translation.text);
            }
        }
    }
}

} // namespace

TEST_CASE("metadata: TMDB episode translations give one row per language and region, in file order")
{
    const Library library = loaded(metadata(QStringLiteral("tmdb-episode-translations.json")));
    CHECK(library.format == Library::Format::Json);
    CHECK_FALSE(library.readOnly);
    CHECK(library.warnings.isEmpty());
    REQUIRE(library.episodes.size() == 1);
    const Episode &episode = library.episodes.constFirst();
    CHECK(episode.provider == QStringLiteral("TMDB"));
    CHECK(episode.kind == Episode::Kind::Episode);
    CHECK(episode.externalId == QStringLiteral("4412907"));
    CHECK(episode.title == QStringLiteral("Low Water"));
    CHECK(episode.season == -1);
    CHECK(episode.number == -1);
    REQUIRE(episode.translations.size() == 14);
    CHECK(tagsOf(episode)
          == QStringList { QStringLiteral("en-US"), QStringLiteral("de-DE"), QStringLiteral("fr-FR"), QStringLiteral("es-ES"), QStringLiteral("es-MX"),
                           QStringLiteral("it-IT"), QStringLiteral("pt-PT"), QStringLiteral("pt-BR"), QStringLiteral("el-GR"), QStringLiteral("hu-HU"),
                           QStringLiteral("yue-CN"), QStringLiteral("bs"), QStringLiteral("ro-RO"), QStringLiteral("fi-FI") });
    CHECK(declaredCodesOf(episode)
          == QStringList { QStringLiteral("en-US"), QStringLiteral("de-DE"), QStringLiteral("fr-FR"), QStringLiteral("es-ES"), QStringLiteral("es-MX"),
                           QStringLiteral("it-IT"), QStringLiteral("pt-PT"), QStringLiteral("pt-BR"), QStringLiteral("el-GR"), QStringLiteral("hu-HU"),
                           QStringLiteral("cn-CN"), QStringLiteral("bs-BS"), QStringLiteral("ro-RO"), QStringLiteral("fi-FI") });
    CHECK(titlesOf(episode)
          == QStringList { QStringLiteral("Low Water"), QStringLiteral("Niedrigwasser"), QStringLiteral("Marée basse"), QStringLiteral("Bajamar"),
                           QStringLiteral("Marea baja"), QStringLiteral("Bassa marea"), QStringLiteral("Baixa-mar"), QStringLiteral("Maré baixa"),
                           QStringLiteral("Άμπωτη"), QStringLiteral("Apály"), QStringLiteral("退潮"), QStringLiteral("Oseka"), QStringLiteral("Episodul 2"),
                           QStringLiteral("Jakso 2") });
    for (const Translation &translation : episode.translations) {
        CHECK(translation.origin == LanguageOrigin::Declared);
        CHECK(translation.sourceOffset >= 0);
    }
    // Escapes are decoded: \" in English, \/ in German, \u00e9 in French.
    CHECK(episode.translations.at(0).text.startsWith(QStringLiteral("When the \"Seagull\" is found drifting off Porthaven")));
    CHECK(episode.translations.at(1).text.contains(QStringLiteral("den Hafen 24/7 überwachen")));
    CHECK(episode.translations.at(2).text.startsWith(QStringLiteral("Lorsque le Seagull est retrouvé à la dérive")));
    CHECK(episode.translations.at(3).text.startsWith(QStringLiteral("Cuando el Seagull aparece")));
    CHECK(episode.translations.at(4).text.startsWith(QStringLiteral("Cuando encuentran el Seagull")));
    CHECK(episode.translations.at(6).text.contains(QStringLiteral("recusa-se a acreditar num acidente")));
    CHECK(episode.translations.at(7).text.contains(QStringLiteral("se recusa a acreditar em acidente")));
    CHECK(episode.translations.at(10).text.startsWith(QStringLiteral("漁船「海鷗號」")));
    CHECK(episode.translations.at(13).text.isEmpty());
    checkSpans(library);
}

TEST_CASE("metadata: TMDB episode details take the top-level name and the season and episode numbers")
{
    const Library library = loaded(metadata(QStringLiteral("tmdb-episode-details.json")));
    CHECK(library.format == Library::Format::Json);
    CHECK(library.warnings.isEmpty());
    REQUIRE(library.episodes.size() == 1);
    const Episode &episode = library.episodes.constFirst();
    CHECK(episode.provider == QStringLiteral("TMDB"));
    CHECK(episode.kind == Episode::Kind::Episode);
    CHECK(episode.title == QStringLiteral("Low Water"));
    CHECK(episode.season == 1);
    CHECK(episode.number == 2);
    CHECK(episode.externalId == QStringLiteral("4412907"));
    CHECK(tagsOf(episode)
          == QStringList { QStringLiteral("en-US"), QStringLiteral("de-DE"), QStringLiteral("fr-FR"), QStringLiteral("es-MX"), QStringLiteral("it-IT"),
                           QStringLiteral("el-GR") });
    // The rows come from translations.translations, not the top-level overview.
    CHECK(episode.translations.at(1).text.contains(QStringLiteral("rund um die Uhr")));
    CHECK(episode.translations.at(3).title == QStringLiteral("Marea baja"));
    checkSpans(library);
}

TEST_CASE("metadata: TMDB movie translations are a Movie titled from data.title")
{
    const Library library = loaded(metadata(QStringLiteral("tmdb-movie-translations.json")));
    REQUIRE(library.episodes.size() == 1);
    const Episode &episode = library.episodes.constFirst();
    CHECK(episode.provider == QStringLiteral("TMDB"));
    CHECK(episode.kind == Episode::Kind::Movie);
    CHECK(episode.title == QStringLiteral("Harbour Lights: The Last Tide"));
    CHECK(episode.externalId == QStringLiteral("880012"));
    CHECK(episode.series.isEmpty()); // a film is not part of a series named after its folder
    CHECK(tagsOf(episode) == QStringList { QStringLiteral("en-US"), QStringLiteral("de-DE"), QStringLiteral("ja-JP"), QStringLiteral("uk-UA") });
    CHECK(titlesOf(episode)
          == QStringList { QStringLiteral("Harbour Lights: The Last Tide"), QStringLiteral("Hafenlichter: Die letzte Flut"),
                           QStringLiteral("ハーバー・ライツ 最後の潮"), QStringLiteral("Вогні гавані: Останній приплив") });
    CHECK(episode.translations.at(2).text.startsWith(QStringLiteral("シリーズの結末から数年後")));
    checkSpans(library);
}

TEST_CASE("metadata: TMDB tv translations are a Series and keep TMDB's odd codes apart")
{
    const Library library = loaded(metadata(QStringLiteral("tmdb-tv-translations.json")));
    REQUIRE(library.episodes.size() == 1);
    const Episode &episode = library.episodes.constFirst();
    CHECK(episode.provider == QStringLiteral("TMDB"));
    CHECK(episode.kind == Episode::Kind::Series);
    CHECK(episode.title == QStringLiteral("Harbour Lights"));
    CHECK(episode.externalId == QStringLiteral("219001"));
    CHECK(tagsOf(episode)
          == QStringList { QStringLiteral("en-US"), QStringLiteral("de-DE"), QStringLiteral("fr-FR"), QStringLiteral("it-IT"), QStringLiteral("tr-TR"),
                           QStringLiteral("tw") });
    CHECK(episode.translations.at(5).declaredCode == QStringLiteral("tw-TW"));
    CHECK(episode.translations.at(5).text.isEmpty());
    CHECK(episode.translations.at(5).title.isEmpty());
    CHECK(episode.translations.at(2).title == QStringLiteral("Les Feux du port"));
    checkSpans(library);
}

TEST_CASE("metadata: TMDB season translations load as one entry with four rows")
{
    const Library library = loaded(metadata(QStringLiteral("tmdb-season-translations.json")));
    REQUIRE(library.episodes.size() == 1);
    const Episode &episode = library.episodes.constFirst();
    CHECK(episode.provider == QStringLiteral("TMDB"));
    CHECK(episode.kind == Episode::Kind::Episode);
    CHECK(episode.title == QStringLiteral("Season 1"));
    CHECK(episode.externalId == QStringLiteral("301221"));
    CHECK(tagsOf(episode) == QStringList { QStringLiteral("en-US"), QStringLiteral("de-DE"), QStringLiteral("fr-FR"), QStringLiteral("es-ES") });
    CHECK(titlesOf(episode)
          == QStringList { QStringLiteral("Season 1"), QStringLiteral("Staffel 1"), QStringLiteral("Saison 1"), QStringLiteral("Temporada 1") });
    checkSpans(library);
}

TEST_CASE("metadata: a TheTVDB single translation maps deu to de and keeps the code")
{
    const Library library = loaded(metadata(QStringLiteral("tvdb-episode-translation-deu.json")));
    CHECK(library.format == Library::Format::Json);
    CHECK(library.warnings.isEmpty());
    REQUIRE(library.episodes.size() == 1);
    const Episode &episode = library.episodes.constFirst();
    CHECK(episode.provider == QStringLiteral("TheTVDB"));
    CHECK(episode.kind == Episode::Kind::Episode);
    CHECK(episode.title == QStringLiteral("Niedrigwasser"));
    REQUIRE(episode.translations.size() == 1);
    const Translation &row = episode.translations.constFirst();
    CHECK(row.languageTag == QStringLiteral("de"));
    CHECK(row.declaredCode == QStringLiteral("deu"));
    CHECK(row.origin == LanguageOrigin::Declared);
    CHECK(row.title == QStringLiteral("Niedrigwasser"));
    CHECK(row.text.startsWith(QStringLiteral("Die „Seagull“ treibt führerlos vor Porthaven")));
    CHECK(row.identifiedTag == QStringLiteral("de"));
    checkSpans(library);
}

TEST_CASE("metadata: TheTVDB extended merges names and overviews per language")
{
    const Library library = loaded(metadata(QStringLiteral("tvdb-episode-extended.json")));
    CHECK(library.warnings.isEmpty());
    REQUIRE(library.episodes.size() == 1);
    const Episode &episode = library.episodes.constFirst();
    CHECK(episode.provider == QStringLiteral("TheTVDB"));
    CHECK(episode.title == QStringLiteral("Low Water"));
    CHECK(episode.externalId == QStringLiteral("10455021"));
    CHECK(episode.season == 1);
    CHECK(episode.number == 2);
    CHECK(tagsOf(episode)
          == QStringList { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("fr"), QStringLiteral("pt-PT"), QStringLiteral("pt-BR"),
                           QStringLiteral("el") });
    CHECK(declaredCodesOf(episode)
          == QStringList { QStringLiteral("eng"), QStringLiteral("deu"), QStringLiteral("fra"), QStringLiteral("por"), QStringLiteral("pt"),
                           QStringLiteral("ell") });
    CHECK(titlesOf(episode)
          == QStringList { QStringLiteral("Low Water"), QStringLiteral("Niedrigwasser"), QStringLiteral("Marée basse"), QStringLiteral("Baixa-mar"),
                           QStringLiteral("Maré baixa"), QStringLiteral("Άμπωτη") });
    CHECK(episode.translations.at(0).text.startsWith(QStringLiteral("The Seagull turns up adrift")));
    CHECK(episode.translations.at(1).text.startsWith(QStringLiteral("Die „Seagull“ treibt führerlos")));
    // French has a name but no overview: an empty row that cannot be saved in place.
    CHECK(episode.translations.at(2).text.isEmpty());
    CHECK(episode.translations.at(2).sourceOffset == -1);
    CHECK(episode.translations.at(3).text.startsWith(QStringLiteral("O Seagull aparece à deriva ao largo de Porthaven")));
    CHECK(episode.translations.at(4).text.startsWith(QStringLiteral("O Seagull aparece à deriva perto de Porthaven")));
    CHECK(episode.translations.at(5).text.startsWith(QStringLiteral("Το Seagull εντοπίζεται")));
    checkSpans(library);
}

TEST_CASE("metadata: Trakt rows take language and country, and a null row loads empty")
{
    const Library library = loaded(metadata(QStringLiteral("trakt-translations.json")));
    CHECK(library.format == Library::Format::Json);
    CHECK(library.warnings.isEmpty());
    REQUIRE(library.episodes.size() == 1);
    const Episode &episode = library.episodes.constFirst();
    CHECK(episode.provider == QStringLiteral("Trakt"));
    CHECK(episode.kind == Episode::Kind::Episode);
    CHECK(tagsOf(episode)
          == QStringList { QStringLiteral("de-DE"), QStringLiteral("fr-FR"), QStringLiteral("es-ES"), QStringLiteral("es-MX"), QStringLiteral("pt-BR"),
                           QStringLiteral("ja-JP"), QStringLiteral("it-IT") });
    CHECK(episode.translations.at(3).declaredCode == QStringLiteral("es-mx"));
    CHECK(episode.translations.at(3).title == QStringLiteral("Marea baja"));
    CHECK(episode.translations.at(5).title == QStringLiteral("干潮"));
    const Translation &italian = episode.translations.at(6);
    CHECK(italian.title.isEmpty());
    CHECK(italian.text.isEmpty());
    CHECK(italian.origin == LanguageOrigin::Declared);
    CHECK(italian.sourceOffset >= 0); // the null can be replaced by a synopsis
    CHECK(QString::fromUtf8(library.sourceBytes).mid(italian.sourceOffset, italian.sourceLength) == QStringLiteral("null"));
    CHECK(episode.title == QStringLiteral("Niedrigwasser")); // no English row: the first title
    checkSpans(library);
}

TEST_CASE("metadata: a Kodi episode NFO gives title, series, numbers, id and the decoded plot")
{
    const Library library = loaded(metadata(QStringLiteral("kodi-episode.nfo")));
    CHECK(library.format == Library::Format::Xml);
    CHECK(library.warnings.isEmpty());
    REQUIRE(library.episodes.size() == 1);
    const Episode &episode = library.episodes.constFirst();
    CHECK(episode.provider == QStringLiteral("Kodi"));
    CHECK(episode.kind == Episode::Kind::Episode);
    CHECK(episode.title == QStringLiteral("Marée basse"));
    CHECK(episode.series == QStringLiteral("Harbour Lights"));
    CHECK(episode.season == 1);
    CHECK(episode.number == 2);
    CHECK(episode.externalId == QStringLiteral("tmdb:4412907"));
    REQUIRE(episode.translations.size() == 1);
    const Translation &plot = episode.translations.constFirst();
    CHECK(plot.title == QStringLiteral("Marée basse"));
    CHECK(plot.text.startsWith(QStringLiteral("Retrouvé à la dérive au large de Porthaven")));
    CHECK(plot.text.contains(QStringLiteral("était < 40 cette nuit-là")));
    CHECK(plot.text.contains(QStringLiteral("l'armement Berg & Fils")));
    CHECK_FALSE(plot.text.contains(QStringLiteral("&amp;")));
    CHECK_FALSE(plot.text.contains(QStringLiteral("Le Seagull est retrouvé"))); // the plot, not the outline
    CHECK(plot.languageTag == QStringLiteral("fr"));
    CHECK(plot.origin == LanguageOrigin::Identified);
    CHECK(plot.declaredCode.isEmpty());
    checkSpans(library);
}

TEST_CASE("metadata: a Kodi tvshow NFO is a Series named by its title")
{
    for (const QString &path : { metadata(QStringLiteral("kodi-tvshow.nfo")), series(QStringLiteral("tvshow.nfo")) }) {
        INFO(path.toStdString());
        const Library library = loaded(path);
        CHECK(library.format == Library::Format::Xml);
        REQUIRE(library.episodes.size() == 1);
        const Episode &episode = library.episodes.constFirst();
        CHECK(episode.provider == QStringLiteral("Kodi"));
        CHECK(episode.kind == Episode::Kind::Series);
        CHECK(episode.title == QStringLiteral("Harbour Lights"));
        CHECK(episode.series == QStringLiteral("Harbour Lights"));
        CHECK(episode.externalId == QStringLiteral("tmdb:219001"));
        REQUIRE(episode.translations.size() == 1);
        CHECK(episode.translations.constFirst().text.startsWith(QStringLiteral("In the fog-bound fishing town of Porthaven")));
        CHECK(episode.translations.constFirst().languageTag == QStringLiteral("en"));
        checkSpans(library);
    }
}

TEST_CASE("metadata: a multi-episode NFO and an episodes-wrapped NFO each give two episodes")
{
    SECTION("episodedetails one after another")
    {
        const Library library = loaded(metadata(QStringLiteral("kodi-multi-episode.nfo")));
        CHECK(library.format == Library::Format::Xml);
        CHECK(library.warnings.isEmpty());
        REQUIRE(library.episodes.size() == 2);
        CHECK(library.episodes.at(0).title == QStringLiteral("Das Leuchtfeuer"));
        CHECK(library.episodes.at(1).title == QStringLiteral("Treibgut"));
        CHECK(library.episodes.at(0).number == 3);
        CHECK(library.episodes.at(1).number == 4);
        CHECK(library.episodes.at(1).externalId == QStringLiteral("tmdb:4412909"));
        for (const Episode &episode : library.episodes) {
            CHECK(episode.season == 1);
            CHECK(episode.series == QStringLiteral("Harbour Lights"));
            REQUIRE(episode.translations.size() == 1);
            CHECK(episode.translations.constFirst().languageTag == QStringLiteral("de"));
        }
        CHECK(library.episodes.at(1).translations.constFirst().text.startsWith(QStringLiteral("Nach dem Sturm spült die Flut")));
        checkSpans(library);
    }
    SECTION("inside <episodes>")
    {
        const Library library = loaded(metadata(QStringLiteral("kodi-episodes-wrapped.nfo")));
        CHECK(library.format == Library::Format::Xml);
        CHECK(library.warnings.isEmpty());
        REQUIRE(library.episodes.size() == 2);
        CHECK(library.episodes.at(0).title == QStringLiteral("Il faro"));
        CHECK(library.episodes.at(1).title == QStringLiteral("Relitti"));
        CHECK(library.episodes.at(0).number == 3);
        CHECK(library.episodes.at(1).number == 4);
        for (const Episode &episode : library.episodes) {
            CHECK(episode.kind == Episode::Kind::Episode);
            CHECK(episode.season == 1);
            REQUIRE(episode.translations.size() == 1);
            CHECK(episode.translations.constFirst().languageTag == QStringLiteral("it"));
        }
        checkSpans(library);
    }
}

TEST_CASE("metadata: files in a series folder take season, number and series from the path when the data lacks them")
{
    SECTION("a Trakt file named S02E01 in Season 02")
    {
        const Library library = loaded(series(QStringLiteral("Season 02/Harbour Lights - S02E01.trakt.json")));
        const Episode &episode = library.episodes.constFirst();
        CHECK(episode.provider == QStringLiteral("Trakt"));
        CHECK(episode.season == 2);
        CHECK(episode.number == 1);
        CHECK(episode.series == QStringLiteral("Harbour Lights"));
        CHECK(tagsOf(episode) == QStringList { QStringLiteral("es-MX"), QStringLiteral("fi-FI"), QStringLiteral("ja-JP"), QStringLiteral("ar-SA") });
        CHECK(episode.title == QStringLiteral("El rescate"));
    }
    SECTION("TMDB details and NFO files that carry their own numbers")
    {
        const Library details = loaded(series(QStringLiteral("Season 01/Harbour Lights - S01E02.json")));
        CHECK(details.episodes.constFirst().season == 1);
        CHECK(details.episodes.constFirst().number == 2);
        CHECK(details.episodes.constFirst().series == QStringLiteral("Harbour Lights"));
        CHECK(tagsOf(details.episodes.constFirst())
              == QStringList { QStringLiteral("en-US"), QStringLiteral("fi-FI"), QStringLiteral("sr-RS"), QStringLiteral("ru-RU"), QStringLiteral("ar-SA"),
                               QStringLiteral("he-IL") });
        const Library nfo = loaded(series(QStringLiteral("Season 01/Harbour Lights - S01E01.nfo")));
        CHECK(nfo.episodes.constFirst().season == 1);
        CHECK(nfo.episodes.constFirst().number == 1);
        CHECK(nfo.episodes.constFirst().translations.constFirst().languageTag == QStringLiteral("en"));
    }
    SECTION("a file with no numbers in it gets them from its name, and numbers in the data win over the name")
    {
        test::Scratch scratch;
        REQUIRE(QDir().mkpath(scratch.path(QStringLiteral("Night Ferry/Staffel 3"))));
        const QString bare = scratch.write(QStringLiteral("Night Ferry/Staffel 3/Night Ferry S03E07.json"),
                                           test::bytesOf(metadata(QStringLiteral("tmdb-episode-translations.json"))));
        const Episode fromName = loaded(bare).episodes.constFirst();
        CHECK(fromName.season == 3);
        CHECK(fromName.number == 7);
        CHECK(fromName.series == QStringLiteral("Night Ferry"));

        const QString numbered = scratch.write(QStringLiteral("Night Ferry/Staffel 3/Night Ferry S09E09.json"),
                                               test::bytesOf(metadata(QStringLiteral("tmdb-episode-details.json"))));
        const Episode fromData = loaded(numbered).episodes.constFirst();
        CHECK(fromData.season == 1);
        CHECK(fromData.number == 2);
    }
}

TEST_CASE("metadata: the format is recognised by content, never by the file name")
{
    test::Scratch scratch;
    const QString notes = scratch.write(QStringLiteral("notes.txt"), test::bytesOf(metadata(QStringLiteral("tmdb-episode-translations.json"))));
    const Library json = loaded(notes);
    CHECK(json.format == Library::Format::Json);
    CHECK(json.episodes.constFirst().provider == QStringLiteral("TMDB"));
    CHECK(json.episodes.constFirst().translations.size() == 14);

    const QString nfo = scratch.write(QStringLiteral("x.json"), test::bytesOf(metadata(QStringLiteral("kodi-episode.nfo"))));
    const Library xml = loaded(nfo);
    CHECK(xml.format == Library::Format::Xml);
    CHECK(xml.episodes.constFirst().provider == QStringLiteral("Kodi"));
    CHECK(xml.episodes.constFirst().title == QStringLiteral("Marée basse"));

    const QString trakt = scratch.write(QStringLiteral("episode.nfo"), test::bytesOf(metadata(QStringLiteral("trakt-translations.json"))));
    CHECK(loaded(trakt).episodes.constFirst().provider == QStringLiteral("Trakt"));
}

TEST_CASE("metadata: a declared TMDB language that the text contradicts records what the text reads as")
{
    test::Scratch scratch;
    const QByteArray json = "{\"id\": 7, \"translations\": [\n"
                            "  {\"iso_639_1\": \"en\", \"iso_3166_1\": \"US\", \"data\": {\"name\": \"La marea\", \"overview\": "
                            "\"Cuando encuentran el barco a la deriva cerca del puerto y sin su bit\\u00e1cora, la periodista no cree que se trate de un "
                            "accidente. El inspector pone la mira en el barquero, la \\u00faltima persona que vio al capit\\u00e1n con vida.\"}},\n"
                            "  {\"iso_639_1\": \"de\", \"iso_3166_1\": \"DE\", \"data\": {\"name\": \"Die Flut\", \"overview\": "
                            "\"Als das Schiff ohne Logbuch vor dem Hafen treibend gefunden wird, glaubt die Reporterin nicht an einen Unfall. Der "
                            "Inspektor verd\\u00e4chtigt den F\\u00e4hrmann, der den Kapit\\u00e4n zuletzt lebend gesehen hat.\"}}\n"
                            "]}\n";
    const Library library = loaded(scratch.write(QStringLiteral("mislabelled.json"), json));
    const Episode &episode = library.episodes.constFirst();
    REQUIRE(episode.translations.size() == 2);
    const Translation &mislabelled = episode.translations.at(0);
    CHECK(mislabelled.languageTag == QStringLiteral("en-US")); // the declaration is kept…
    CHECK(mislabelled.origin == LanguageOrigin::Declared);
    CHECK(mislabelled.identifiedTag == QStringLiteral("es")); // …and what the text reads as is beside it
    CHECK(mislabelled.identifiedConfidence > 0.5);
    CHECK(episode.translations.at(1).languageTag == QStringLiteral("de-DE"));
    CHECK(episode.translations.at(1).identifiedTag == QStringLiteral("de"));
}

TEST_CASE("metadata: provider language codes map to BCP 47 tags")
{
    SECTION("TheTVDB")
    {
        CHECK(LanguageTag::fromTvdb(QStringLiteral("deu")) == QStringLiteral("de"));
        CHECK(LanguageTag::fromTvdb(QStringLiteral("ell")) == QStringLiteral("el"));
        CHECK(LanguageTag::fromTvdb(QStringLiteral("pt")) == QStringLiteral("pt-BR"));
        CHECK(LanguageTag::fromTvdb(QStringLiteral("por")) == QStringLiteral("pt-PT"));
        CHECK(LanguageTag::fromTvdb(QStringLiteral("zhtw")) == QStringLiteral("zh-TW"));
        CHECK(LanguageTag::fromTvdb(QStringLiteral("fra")) == QStringLiteral("fr"));
        CHECK(LanguageTag::fromTvdb(QStringLiteral("eng")) == QStringLiteral("en"));
        CHECK(LanguageTag::fromTvdb(QStringLiteral("not a code")).isEmpty());
    }
    SECTION("TMDB")
    {
        CHECK(LanguageTag::fromTmdb(QStringLiteral("cn"), QStringLiteral("CN")) == QStringLiteral("yue-CN"));
        CHECK(LanguageTag::fromTmdb(QStringLiteral("xx"), QString()) == QStringLiteral("und"));
        CHECK(LanguageTag::fromTmdb(QStringLiteral("es"), QStringLiteral("MX")) == QStringLiteral("es-MX"));
        CHECK(LanguageTag::fromTmdb(QStringLiteral("bs"), QStringLiteral("BS")) == QStringLiteral("bs"));
        CHECK(LanguageTag::fromTmdb(QStringLiteral("my"), QStringLiteral("MY")) == QStringLiteral("my"));
        CHECK(LanguageTag::fromTmdb(QStringLiteral("ug"), QStringLiteral("UG")) == QStringLiteral("ug"));
        CHECK(LanguageTag::fromTmdb(QStringLiteral("tw"), QStringLiteral("TW")) == QStringLiteral("tw"));
        CHECK(LanguageTag::fromTmdb(QStringLiteral("pt"), QStringLiteral("BR")) == QStringLiteral("pt-BR"));
        CHECK(LanguageTag::fromTmdb(QStringLiteral("de"), QString()) == QStringLiteral("de"));
    }
    SECTION("Trakt")
    {
        CHECK(LanguageTag::withRegion(QStringLiteral("pt"), QStringLiteral("br")) == QStringLiteral("pt-BR"));
        CHECK(LanguageTag::withRegion(QStringLiteral("es"), QStringLiteral("mx")) == QStringLiteral("es-MX"));
        CHECK(LanguageTag::withRegion(QStringLiteral("de"), QString()) == QStringLiteral("de"));
    }
}
