// SPDX-License-Identifier: GPL-3.0-or-later
// The quality checks a user sees beside each synopsis (empty rows, invented titles, text in
// another language or script, short rows, copies, repeated languages, borrowed text) and the
// language preferences that borrow titles and synopses from other rows.
#include "catchsupport.h"

#include "model/episode.h"
#include "model/languagefallback.h"
#include "quality/placeholdertitle.h"
#include "quality/qualitychecker.h"
#include "quality/qualityflag.h"
#include "quality/scriptfit.h"

using namespace episcope;

namespace
{

Translation declared(const QString &tag, const QString &title, const QString &text)
{
    Translation row;
    row.languageTag = tag;
    row.title = title;
    row.text = text;
    row.origin = LanguageOrigin::Declared;
    row.confidence = 1.0;
    return row;
}

Episode episodeOf(const QList<Translation> &rows)
{
    Episode episode;
    episode.title = QStringLiteral("Low Water");
    episode.translations = rows;
    return episode;
}

/// The one report of an episode made of @p row alone.
QualityReport reportOf(const Translation &row)
{
    const QList<QualityReport> reports = QualityChecker::check(episodeOf({ row }));
    REQUIRE(reports.size() == 1);
    return reports.constFirst();
}

QString joined(const QualityReport &report)
{
    return report.messages.join(QStringLiteral(" | "));
}

const QString English = QStringLiteral("When the Seagull is found drifting off Porthaven with its logbook missing, Marta Kovač refuses to believe it was an "
                                       "accident. Inspector Aldo Ferrante turns his attention to Jonas Berg, the last man to see the skipper alive.");
const QString German = QStringLiteral("Die Seagull treibt führerlos vor Porthaven, und ihr Logbuch ist spurlos verschwunden. Marta Kovač glaubt nicht an "
                                      "einen Unfall, doch Inspektor Aldo Ferrante hat längst Jonas Berg im Verdacht.");
const QString French = QStringLiteral("Lorsque le Seagull est retrouvé à la dérive au large de Porthaven sans son journal de bord, Marta Kovač refuse de "
                                      "croire à un accident. L'inspecteur Aldo Ferrante soupçonne Jonas Berg.");
const QString Greek = QStringLiteral("Όταν το Seagull βρίσκεται να παρασύρεται έξω από το Πόρτχαβεν χωρίς το ημερολόγιο του πλοίου, η Μάρτα Κόβατς "
                                     "αρνείται να πιστέψει ότι ήταν ατύχημα.");

} // namespace

TEST_CASE("placeholder titles: a word for episode and a number in many languages and scripts")
{
    const QStringList placeholders = { QStringLiteral("Episode 4"),
                                       QStringLiteral("Folge 12"),
                                       QStringLiteral("Épisode 3"),
                                       QStringLiteral("Episodio 7"),
                                       QStringLiteral("Episódio 2"),
                                       QStringLiteral("Episodul 1"),
                                       QStringLiteral("Епизода 1"),
                                       QStringLiteral("Эпизод 5"),
                                       QStringLiteral("Επεισόδιο 9"),
                                       QStringLiteral("Jakso 2"),
                                       QStringLiteral("Bölüm 1 : Pilot"),
                                       QStringLiteral("4. epizód"),
                                       QStringLiteral("第4話"),
                                       QStringLiteral("第12集"),
                                       QStringLiteral("4화"),
                                       QStringLiteral("12"),
                                       QStringLiteral("TBA") };
    for (const QString &title : placeholders) {
        INFO(title.toStdString());
        CHECK(PlaceholderTitle::matches(title, QStringLiteral("und")));
    }
    const QStringList realTitles = { QStringLiteral("The Fog Bell"),    QStringLiteral("Episode of the Year"),   QStringLiteral("Low Water"),
                                     QStringLiteral("Folge dem Licht"), QStringLiteral("2001: A Space Odyssey"), QString() };
    for (const QString &title : realTitles) {
        INFO(title.toStdString());
        CHECK_FALSE(PlaceholderTitle::matches(title, QStringLiteral("en")));
    }
}

TEST_CASE("quality: an empty synopsis and a placeholder title are flagged")
{
    const QualityReport empty = reportOf(declared(QStringLiteral("fi-FI"), QStringLiteral("Laskuvesi"), QStringLiteral("  \n")));
    CHECK(empty.flags.testFlag(QualityFlag::EmptySynopsis));
    CHECK(empty.messages.contains(QStringLiteral("no synopsis")));
    CHECK(empty.keys() == QStringList { QStringLiteral("empty-synopsis") });

    const QualityReport placeholder = reportOf(declared(QStringLiteral("ro-RO"), QStringLiteral("Episodul 2"), English));
    CHECK(placeholder.flags.testFlag(QualityFlag::PlaceholderTitle));
    CHECK(joined(placeholder).contains(QStringLiteral("Episodul 2")));
    CHECK_FALSE(placeholder.flags.testFlag(QualityFlag::EmptySynopsis));

    const QualityReport fine = reportOf(declared(QStringLiteral("en-US"), QStringLiteral("Low Water"), English));
    CHECK(fine.flags == QualityFlags());
    CHECK(fine.messages.isEmpty());
    CHECK(fine.keys().isEmpty());
}

TEST_CASE("quality: a declared language the text does not read as is flagged only when the identifier is sure")
{
    Translation greek = declared(QStringLiteral("el"), QStringLiteral("Άμπωτη"), Greek);
    greek.identifiedTag = QStringLiteral("en");
    greek.identifiedConfidence = 0.95;
    const QualityReport sure = reportOf(greek);
    CHECK(sure.flags.testFlag(QualityFlag::LanguageMismatch));
    CHECK(sure.messages.contains(QStringLiteral("declared Greek, reads as English")));

    greek.identifiedConfidence = 0.3;
    CHECK_FALSE(reportOf(greek).flags.testFlag(QualityFlag::LanguageMismatch));

    SECTION("close languages are not a mismatch")
    {
        struct Case {
            QString declared;
            QString identified;
        };
        const Case cases[] = { { QStringLiteral("hr"), QStringLiteral("sr") },
                               { QStringLiteral("hr"), QStringLiteral("bs") },
                               { QStringLiteral("id"), QStringLiteral("ms") },
                               { QStringLiteral("pt-BR"), QStringLiteral("pt") } };
        for (const Case &c : cases) {
            INFO(c.declared.toStdString() << " read as " << c.identified.toStdString());
            Translation row = declared(c.declared, QStringLiteral("Oseka"), QStringLiteral("Kada je Seagull pronađen kako pluta ispred Porthavena."));
            row.identifiedTag = c.identified;
            row.identifiedConfidence = 0.99;
            CHECK(QualityChecker::closeLanguages(c.declared, c.identified));
            CHECK_FALSE(reportOf(row).flags.testFlag(QualityFlag::LanguageMismatch));
        }
    }

    SECTION("an identified row is never a mismatch of itself")
    {
        Translation identified = declared(QStringLiteral("en"), QString(), English);
        identified.origin = LanguageOrigin::Identified;
        identified.identifiedTag = QStringLiteral("de");
        identified.identifiedConfidence = 0.99;
        CHECK_FALSE(reportOf(identified).flags.testFlag(QualityFlag::LanguageMismatch));
    }
}

TEST_CASE("quality: text in a script the declared language does not use is flagged")
{
    const QualityReport italianInGreek = reportOf(declared(QStringLiteral("it"), QStringLiteral("Bassa marea"), Greek));
    CHECK(italianInGreek.flags.testFlag(QualityFlag::ScriptMismatch));
    CHECK(joined(italianInGreek).contains(QStringLiteral("Greek")));
    CHECK(joined(italianInGreek).contains(QStringLiteral("Italian")));
    CHECK(italianInGreek.keys().contains(QStringLiteral("script-mismatch")));

    const QualityReport serbianLatin =
        reportOf(declared(QStringLiteral("sr"), QStringLiteral("Oseka"), QStringLiteral("Kada je Seagull pronađen kako pluta ispred Porthavena.")));
    CHECK_FALSE(serbianLatin.flags.testFlag(QualityFlag::ScriptMismatch));
    const QualityReport serbianCyrillic =
        reportOf(declared(QStringLiteral("sr"), QStringLiteral("Осека"), QStringLiteral("Када је Сигал пронађен како плута испред Портхејвена.")));
    CHECK_FALSE(serbianCyrillic.flags.testFlag(QualityFlag::ScriptMismatch));

    const QString japanese = QStringLiteral("嵐から半年後、サルベージ船がポートヘイヴン湾の海底から「シーガル号」を引き揚げる。");
    CHECK(ScriptFit::dominantScript(japanese) == QChar::Script_Han);
    CHECK(ScriptFit::fits(ScriptFit::dominantScript(japanese), QStringLiteral("ja")));
    CHECK_FALSE(reportOf(declared(QStringLiteral("ja"), QStringLiteral("引き揚げ"), japanese)).flags.testFlag(QualityFlag::ScriptMismatch));

    CHECK(ScriptFit::dominantScript(QStringLiteral("12345 !?")) == QChar::Script_Unknown);
    CHECK(ScriptFit::fits(QChar::Script_Greek, QStringLiteral("und")));
    CHECK_FALSE(ScriptFit::fits(QChar::Script_Cyrillic, QStringLiteral("de")));
    CHECK(ScriptFit::scriptName(QChar::Script_Cyrillic) == QStringLiteral("Cyrillic"));
}

TEST_CASE("quality: a row far shorter than the episode's median is flagged when there are at least three")
{
    const Translation shortRow = declared(QStringLiteral("it"), QStringLiteral("Bassa marea"), QStringLiteral("Il Seagull alla deriva."));
    const QList<QualityReport> four = QualityChecker::check(episodeOf({ declared(QStringLiteral("en"), QStringLiteral("Low Water"), English),
                                                                        declared(QStringLiteral("de"), QStringLiteral("Niedrigwasser"), German),
                                                                        declared(QStringLiteral("fr"), QStringLiteral("Marée basse"), French), shortRow }));
    REQUIRE(four.size() == 4);
    CHECK(four.at(3).flags.testFlag(QualityFlag::MuchShorter));
    CHECK(four.at(3).keys().contains(QStringLiteral("much-shorter")));
    for (int i = 0; i < 3; ++i)
        CHECK_FALSE(four.at(i).flags.testFlag(QualityFlag::MuchShorter));

    const QList<QualityReport> two = QualityChecker::check(episodeOf({ declared(QStringLiteral("en"), QStringLiteral("Low Water"), English), shortRow }));
    REQUIRE(two.size() == 2);
    CHECK_FALSE(two.at(0).flags.testFlag(QualityFlag::MuchShorter));
    CHECK_FALSE(two.at(1).flags.testFlag(QualityFlag::MuchShorter));
}

TEST_CASE("quality: rows with the same text name each other and a repeated language is flagged on the repeat")
{
    const QList<QualityReport> same = QualityChecker::check(episodeOf({ declared(QStringLiteral("en-US"), QStringLiteral("Low Water"), English),
                                                                        declared(QStringLiteral("de-DE"), QStringLiteral("Niedrigwasser"), German),
                                                                        declared(QStringLiteral("en-GB"), QStringLiteral("Low Water"), English + u' ') }));
    REQUIRE(same.size() == 3);
    CHECK(same.at(0).flags.testFlag(QualityFlag::SameText));
    CHECK(joined(same.at(0)).contains(QStringLiteral("en-GB")));
    CHECK(same.at(2).flags.testFlag(QualityFlag::SameText));
    CHECK(joined(same.at(2)).contains(QStringLiteral("en-US")));
    CHECK_FALSE(same.at(1).flags.testFlag(QualityFlag::SameText));
    CHECK(same.at(0).keys().contains(QStringLiteral("same-text")));

    const QList<QualityReport> twice = QualityChecker::check(episodeOf({ declared(QStringLiteral("de-DE"), QStringLiteral("Niedrigwasser"), German),
                                                                         declared(QStringLiteral("en"), QStringLiteral("Low Water"), English),
                                                                         declared(QStringLiteral("de-DE"), QStringLiteral("Ebbe"), German.left(120)) }));
    REQUIRE(twice.size() == 3);
    CHECK_FALSE(twice.at(0).flags.testFlag(QualityFlag::DuplicateLanguage));
    CHECK_FALSE(twice.at(1).flags.testFlag(QualityFlag::DuplicateLanguage));
    CHECK(twice.at(2).flags.testFlag(QualityFlag::DuplicateLanguage));
    CHECK(joined(twice.at(2)).contains(QStringLiteral("de-DE")));
    CHECK(twice.at(2).keys().contains(QStringLiteral("duplicate-language")));
}

TEST_CASE("quality: a row filled by the language preferences is marked borrowed, not empty and not a copy")
{
    const Episode episode = episodeOf(
        { declared(QStringLiteral("en"), QStringLiteral("Low Water"), English), declared(QStringLiteral("fr"), QStringLiteral("Marée basse"), QString()) });
    const Episode filled = LanguageFallback::apply(episode, { QStringLiteral("fr"), QStringLiteral("en") });
    REQUIRE(filled.translations.size() == 2);
    REQUIRE(filled.translations.at(1).textFallback == QStringLiteral("en"));
    const QList<QualityReport> reports = QualityChecker::check(filled);
    REQUIRE(reports.size() == 2);
    const QualityReport &french = reports.at(1);
    CHECK(french.flags.testFlag(QualityFlag::Fallback));
    CHECK_FALSE(french.flags.testFlag(QualityFlag::EmptySynopsis));
    CHECK_FALSE(french.flags.testFlag(QualityFlag::SameText));
    CHECK_FALSE(reports.at(0).flags.testFlag(QualityFlag::SameText));
    CHECK(joined(french).contains(QStringLiteral("en")));
    CHECK(french.keys() == QStringList { QStringLiteral("fallback") });

    // Unfilled, the same row is empty.
    CHECK(QualityChecker::check(episode).at(1).flags.testFlag(QualityFlag::EmptySynopsis));
}

TEST_CASE("quality: report keys are stable and in flag order")
{
    QualityReport report;
    CHECK(report.keys().isEmpty());
    report.flags = QualityFlag::LanguageMismatch | QualityFlag::EmptySynopsis | QualityFlag::PlaceholderTitle;
    CHECK(report.keys() == QStringList { QStringLiteral("empty-synopsis"), QStringLiteral("placeholder-title"), QStringLiteral("language-mismatch") });
    report.flags = QualityFlags(0xFF);
    CHECK(report.keys()
          == QStringList { QStringLiteral("empty-synopsis"), QStringLiteral("placeholder-title"), QStringLiteral("language-mismatch"),
                           QStringLiteral("script-mismatch"), QStringLiteral("much-shorter"), QStringLiteral("same-text"), QStringLiteral("duplicate-language"),
                           QStringLiteral("fallback") });
}

TEST_CASE("language fallback fills gaps field by field from the next preferred language")
{
    Translation brazilian = declared(QStringLiteral("pt-BR"), QStringLiteral("Maré baixa"), QString());
    brazilian.sourceOffset = 100;
    brazilian.sourceLength = 4;
    Translation european = declared(QStringLiteral("pt-PT"), QStringLiteral("Baixa-mar"), QStringLiteral("O Seagull aparece à deriva ao largo de Porthaven."));
    european.sourceOffset = 200;
    european.sourceLength = 50;
    Translation english = declared(QStringLiteral("en"), QStringLiteral("Low Water"), English);
    english.sourceOffset = 300;
    english.sourceLength = 200;
    const QStringList preferences = { QStringLiteral("pt-BR"), QStringLiteral("pt-PT"), QStringLiteral("en") };

    SECTION("a row with a title borrows only the synopsis")
    {
        const Episode episode = episodeOf({ english, brazilian, european });
        const Episode filled = LanguageFallback::apply(episode, preferences);
        REQUIRE(filled.translations.size() == 3);
        CHECK(filled.translations.at(0) == english);
        CHECK(filled.translations.at(2) == european);
        const Translation &row = filled.translations.at(1);
        CHECK(row.languageTag == QStringLiteral("pt-BR"));
        CHECK(row.title == QStringLiteral("Maré baixa"));
        CHECK(row.titleFallback.isEmpty());
        CHECK(row.text == european.text);
        CHECK(row.textFallback == QStringLiteral("pt-PT"));
        CHECK(row.isFallback());
        CHECK(filled.title == episode.title);
    }

    SECTION("a missing preferred language gets a made row at the end")
    {
        const Episode episode = episodeOf({ english, european });
        const Episode filled = LanguageFallback::apply(episode, preferences);
        REQUIRE(filled.translations.size() == 3);
        CHECK(filled.translations.at(0) == english);
        CHECK(filled.translations.at(1) == european);
        const Translation &made = filled.translations.at(2);
        CHECK(made.languageTag == QStringLiteral("pt-BR"));
        CHECK(made.title == QStringLiteral("Baixa-mar"));
        CHECK(made.titleFallback == QStringLiteral("pt-PT"));
        CHECK(made.text == european.text);
        CHECK(made.textFallback == QStringLiteral("pt-PT"));
        CHECK(made.sourceOffset == -1);
    }

    SECTION("made rows come in preference order after every real row")
    {
        const Episode episode = episodeOf({ english });
        const Episode filled = LanguageFallback::apply(episode, preferences);
        REQUIRE(filled.translations.size() == 3);
        CHECK(filled.translations.at(0) == english);
        CHECK(filled.translations.at(1).languageTag == QStringLiteral("pt-BR"));
        CHECK(filled.translations.at(2).languageTag == QStringLiteral("pt-PT"));
        for (int i = 1; i < 3; ++i) {
            CHECK(filled.translations.at(i).textFallback == QStringLiteral("en"));
            CHECK(filled.translations.at(i).titleFallback == QStringLiteral("en"));
            CHECK(filled.translations.at(i).sourceOffset == -1);
        }
    }

    SECTION("a preference no row can fill adds nothing")
    {
        const Episode episode = episodeOf({ english, european });
        CHECK(LanguageFallback::apply(episode, { QStringLiteral("en"), QStringLiteral("ja") }) == episode);
        CHECK(LanguageFallback::apply(episode, { QStringLiteral("ja"), QStringLiteral("ko") }) == episode);
        // the last preference has nobody after it to borrow from
        CHECK(LanguageFallback::apply(episode, { QStringLiteral("en"), QStringLiteral("fr") }) == episode);
    }

    SECTION("invalid tags in the preferences are ignored")
    {
        const Episode episode = episodeOf({ english, brazilian, european });
        const Episode expected = LanguageFallback::apply(episode, preferences);
        const Episode filled = LanguageFallback::apply(
            episode, { QStringLiteral("pt-BR"), QStringLiteral("!!"), QString(), QStringLiteral("pt-PT"), QStringLiteral("not a tag"), QStringLiteral("en") });
        CHECK(filled == expected);
        CHECK(LanguageFallback::apply(episode, { QStringLiteral("!!"), QStringLiteral("??") }) == episode);
    }

    SECTION("empty preferences change nothing")
    {
        const Episode episode = episodeOf({ english, brazilian, european });
        CHECK(LanguageFallback::apply(episode, {}) == episode);
    }
}
