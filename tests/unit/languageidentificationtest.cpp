// SPDX-License-Identifier: GPL-3.0-or-later
// Language identification as a user meets it: the labelled evaluation set, texts with no
// language in them, BCP 47 tags, ranked candidates, close languages told apart, hints as priors
// and a declared language the text does not read as.
#include "catchsupport.h"
#include "testfiles.h"

#include "io/libraryloader.h"
#include "language/closelanguageresolver.h"
#include "language/identificationevaluation.h"
#include "language/languageidentifier.h"
#include "language/languagetag.h"
#include "quality/qualitychecker.h"
#include "quality/qualityflag.h"

#include <QDir>

#include <sstream>

using namespace episcope;

namespace
{

const QString German = QStringLiteral("Die Seagull treibt führerlos vor Porthaven, und ihr Logbuch ist spurlos verschwunden. Marta Kovač glaubt nicht an "
                                      "einen Unfall, doch Inspektor Aldo Ferrante hat längst Jonas Berg im Verdacht.");
const QString Spanish = QStringLiteral("Cuando el Seagull aparece a la deriva frente a Porthaven sin su cuaderno de bitácora, Marta Kovač se niega a creer "
                                       "que fue un accidente. El inspector Aldo Ferrante sospecha del último hombre que vio con vida al patrón.");

/// The tags of @p candidates, best first.
QStringList tagsOf(const QList<LanguageCandidate> &candidates)
{
    QStringList tags;
    for (const LanguageCandidate &candidate : candidates)
        tags.append(candidate.tag);
    return tags;
}

std::string percent(const IdentificationEvaluation::Tally &tally)
{
    return QStringLiteral("%1 % (%2/%3)").arg(tally.share() * 100.0, 0, 'f', 1).arg(tally.right).arg(tally.total).toStdString();
}

/// The figures of @p result, for INFO: overall, raw CLD2, regional, every language and the confusions.
std::string figures(const IdentificationEvaluation::Result &result)
{
    std::ostringstream out;
    out << "Episcope " << percent(result.overall) << ", raw CLD2 " << percent(result.cld2) << ", regional " << percent(result.regional) << " (CLD2 "
        << percent(result.regionalCld2) << ")\n";
    QStringList languages = result.perLanguage.keys();
    languages.sort();
    for (const QString &language : std::as_const(languages))
        out << "  " << language.toStdString() << ": " << percent(result.perLanguage.value(language)) << " (CLD2 "
            << percent(result.perLanguageCld2.value(language)) << ")\n";
    QStringList confusions = result.confusions.keys();
    confusions.sort();
    for (const QString &confusion : std::as_const(confusions))
        out << "  " << confusion.toStdString() << " ×" << result.confusions.value(confusion) << '\n';
    return out.str();
}

} // namespace

TEST_CASE("language identification: the evaluation set stays above its figures and well above raw CLD2")
{
    const QDir folder(test::dataFile(QStringLiteral("langid")));
    const QStringList files = folder.entryList({ QStringLiteral("eval-*.tsv") }, QDir::Files, QDir::Name);
    REQUIRE(files.size() == 4);
    QList<IdentificationEvaluation::Sample> samples;
    for (const QString &file : files) {
        INFO(file.toStdString());
        IdentificationEvaluation evaluation;
        const auto parsed = evaluation.parse(QString::fromUtf8(test::bytesOf(folder.filePath(file))));
        INFO(evaluation.error().toStdString());
        REQUIRE(parsed);
        samples.append(*parsed);
    }
    CHECK(samples.size() == 910);

    const LanguageIdentifier identifier;
    const IdentificationEvaluation::Result result = IdentificationEvaluation::run(identifier, samples);
    INFO(figures(result));
    CHECK(result.overall.total == samples.size());
    CHECK(result.cld2.total == samples.size());
    CHECK(result.overall.share() >= 0.985);
    CHECK(result.overall.share() >= result.cld2.share() + 0.04);

    struct Floor {
        QString language;
        double recall;
    };
    const Floor floors[] = { { QStringLiteral("nn"), 0.9 }, { QStringLiteral("nb"), 0.9 }, { QStringLiteral("sr-Latn"), 0.9 }, { QStringLiteral("bs"), 0.8 },
                             { QStringLiteral("hr"), 0.9 }, { QStringLiteral("ms"), 0.8 }, { QStringLiteral("id"), 0.9 } };
    for (const Floor &floor : floors) {
        INFO(floor.language.toStdString() << " recall " << percent(result.perLanguage.value(floor.language)));
        REQUIRE(result.perLanguage.contains(floor.language));
        CHECK(result.perLanguage.value(floor.language).total > 0);
        CHECK(result.perLanguage.value(floor.language).share() >= floor.recall);
    }
    CHECK(result.regional.total > 0);
    CHECK(result.regional.share() >= 0.75);
}

TEST_CASE("language identification: a text with no language in it is und and never a default")
{
    const LanguageIdentifier identifier;
    const QStringList texts = { QStringLiteral("Hallo"),
                                QStringLiteral("😀🎉🍿"),
                                QStringLiteral("12345 678 90"),
                                QStringLiteral("… !? — ; : (…) ***"),
                                QStringLiteral("Marta Kovač, Jonas Berg"),
                                QString(),
                                QStringLiteral(" \t\n  ") };
    for (const QString &text : texts) {
        INFO("text: \"" << text.toStdString() << '"');
        const LanguageGuess guess = identifier.identify(text);
        CHECK(guess.tag == QStringLiteral("und"));
        CHECK_FALSE(guess.reliable);
        CHECK(guess.confidence == 0.0);
        // With hints as well: a declared language is a prior, not an answer for an empty text.
        const LanguageGuess hinted = identifier.identify(text, { QStringLiteral("en"), { QStringLiteral("en"), QStringLiteral("de") } });
        CHECK(hinted.tag == QStringLiteral("und"));
    }
}

TEST_CASE("language identification: the bundled sample stays nine out of nine")
{
    LibraryLoader loader;
    const auto library = loader.load(LibraryLoader::samplePath());
    REQUIRE(library);
    REQUIRE(library->episodes.size() == 1);
    QStringList tags;
    for (const Translation &translation : library->episodes.constFirst().translations)
        tags.append(translation.languageTag);
    CHECK(tags
          == QStringList { QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fi"), QStringLiteral("fr"), QStringLiteral("hu"), QStringLiteral("it"),
                           QStringLiteral("es"), QStringLiteral("pt"), QStringLiteral("el") });
}

TEST_CASE("language identification: a Spanish synopsis declared English reads as Spanish and is flagged")
{
    const LanguageIdentifier identifier;
    const LanguageGuess guess = identifier.identify(Spanish, { QStringLiteral("en"), { QStringLiteral("en") } });
    INFO("candidates " << tagsOf(guess.candidates).join(QStringLiteral(" ")).toStdString());
    CHECK(guess.tag == QStringLiteral("es"));
    CHECK(guess.reliable);

    test::Scratch scratch;
    const QString json = QStringLiteral("{\"id\":1,\"translations\":[{\"iso_639_1\":\"en\",\"iso_3166_1\":\"US\",\"name\":\"English\","
                                        "\"english_name\":\"English\",\"data\":{\"name\":\"x\",\"overview\":\"%1\"}}]}")
                             .arg(Spanish);
    const QString path = scratch.write(QStringLiteral("spanish-as-english.json"), json.toUtf8());
    LibraryLoader loader;
    const auto library = loader.load(path);
    INFO(loader.error().message.toStdString());
    REQUIRE(library);
    REQUIRE(library->episodes.size() == 1);
    const Episode &episode = library->episodes.constFirst();
    REQUIRE(episode.translations.size() == 1);
    const Translation &row = episode.translations.constFirst();
    CHECK(row.languageTag == QStringLiteral("en-US"));
    CHECK(row.origin == LanguageOrigin::Declared);
    CHECK(row.identifiedTag == QStringLiteral("es"));

    const QList<QualityReport> reports = QualityChecker::check(episode);
    REQUIRE(reports.size() == 1);
    INFO("messages: " << reports.constFirst().messages.join(QStringLiteral(" | ")).toStdString());
    CHECK(reports.constFirst().flags.testFlag(QualityFlag::LanguageMismatch));
    CHECK(reports.constFirst().messages.contains(QStringLiteral("declared English, reads as Spanish")));
}

TEST_CASE("language identification: tags are BCP 47 with the script where a language has two")
{
    const LanguageIdentifier identifier;
    struct Case {
        QString expected;
        QString text;
    };
    const Case cases[] = {
        { QStringLiteral("he"), QStringLiteral("קארי פוגשת שוב את ביג, שחזר לניו יורק לניתוח לב, ומירנדה מחפשת דרך להציג את החבר החדש שלה בפני סטיב.") },
        { QStringLiteral("nb"),
          QStringLiteral("Jeg vet ikke hvorfor hun kom hjem så sent i går, men hun sa at hun hadde vært hos en venn hele kvelden. "
                         "Vi må snakke med henne om hva som egentlig skjedde.") },
        { QStringLiteral("nn"),
          QStringLiteral("Eg veit ikkje kvifor ho kom heim så seint i går, men ho sa at ho hadde vore hjå ein ven heile kvelden. "
                         "Vi må snakke med henne om kva som eigentleg hende.") },
        { QStringLiteral("zh-Hans"), QStringLiteral("海鸥号在港口外漂流，航海日志也不见了。玛尔塔不相信这是一场意外，警长开始怀疑最后一个见到船长的人。") },
        { QStringLiteral("zh-Hant"), QStringLiteral("海鷗號在港口外漂流，航海日誌也不見了。瑪爾塔不相信這是一場意外，警長開始懷疑最後一個見到船長的人。") },
        { QStringLiteral("sr-Latn"),
          QStringLiteral("Kada je brod pronađen kako pluta ispred luke bez dnevnika, Marta ne veruje da je to bila nesreća. "
                         "Inspektor posle razgovora sa decom primeti da niko nije video kapetana.") },
        { QStringLiteral("sr-Cyrl"),
          QStringLiteral("Када је брод пронађен како плута испред луке без дневника, Марта не верује да је то била несрећа. "
                         "Инспектор после разговора са децом примети да нико није видео капетана.") },
    };
    for (const Case &c : cases) {
        const LanguageGuess guess = identifier.identify(c.text);
        INFO(c.expected.toStdString() << ": got " << guess.tag.toStdString() << ", candidates "
                                      << tagsOf(guess.candidates).join(QStringLiteral(" ")).toStdString() << ", CLD2 alone "
                                      << identifier.identifyWithCld2Only(c.text).toStdString());
        CHECK(guess.tag == c.expected);
        CHECK_FALSE(tagsOf(guess.candidates).contains(QStringLiteral("iw")));
        CHECK_FALSE(tagsOf(guess.candidates).contains(QStringLiteral("no")));
        CHECK_FALSE(tagsOf(guess.candidates).contains(QStringLiteral("zh")));
        CHECK_FALSE(tagsOf(guess.candidates).contains(QStringLiteral("sr")));
        CHECK(guess.tag != QStringLiteral("no"));
    }
    CHECK(LanguageTag::fromCld2Code(QStringLiteral("iw")) == QStringLiteral("he"));
}

TEST_CASE("language identification: candidates are ranked best first")
{
    const LanguageIdentifier identifier;
    const LanguageGuess german = identifier.identify(German);
    REQUIRE(!german.candidates.isEmpty());
    CHECK(german.tag == QStringLiteral("de"));
    CHECK(german.candidates.constFirst().tag == QStringLiteral("de"));
    for (qsizetype i = 1; i < german.candidates.size(); ++i) {
        INFO(german.candidates.at(i - 1).tag.toStdString()
             << ' ' << german.candidates.at(i - 1).score << " then " << german.candidates.at(i).tag.toStdString() << ' ' << german.candidates.at(i).score);
        CHECK(german.candidates.at(i - 1).score >= german.candidates.at(i).score);
    }

    SECTION("Bosnian words make Bosnian whatever CLD2 alone says")
    {
        const QString bosnian = QStringLiteral("Komšija donosi kahvu i hljeb, a sedmica tek počinje.");
        const LanguageGuess guess = identifier.identify(bosnian);
        const QString cld2 = identifier.identifyWithCld2Only(bosnian);
        INFO("got " << guess.tag.toStdString() << " by \"" << guess.method.toStdString() << "\", candidates "
                    << tagsOf(guess.candidates).join(QStringLiteral(" ")).toStdString() << ", CLD2 alone " << cld2.toStdString());
        CHECK(guess.tag == QStringLiteral("bs"));
        REQUIRE(!guess.candidates.isEmpty());
        CHECK(guess.candidates.constFirst().tag == QStringLiteral("bs"));
        if (cld2 != QStringLiteral("bs"))
            CHECK(guess.method == QStringLiteral("close-pair"));
        for (qsizetype i = 1; i < guess.candidates.size(); ++i)
            CHECK(guess.candidates.at(i - 1).score >= guess.candidates.at(i).score);
    }
}

TEST_CASE("language identification: hints are priors and never override the text")
{
    const LanguageIdentifier identifier;
    const QString portuguese = QStringLiteral("O pescador encontra uma garrafa com uma carta antiga na praia.");
    const LanguageGuess plain = identifier.identify(portuguese);
    INFO("without hints: " << plain.tag.toStdString() << ", candidates " << tagsOf(plain.candidates).join(QStringLiteral(" ")).toStdString());
    CHECK(plain.tag == QStringLiteral("pt"));
    const LanguageGuess brazilian = identifier.identify(portuguese, { QStringLiteral("pt-BR"), { QStringLiteral("pt-BR") } });
    INFO("declared pt-BR: " << brazilian.tag.toStdString() << ", candidates " << tagsOf(brazilian.candidates).join(QStringLiteral(" ")).toStdString());
    CHECK(brazilian.tag == QStringLiteral("pt-BR"));

    // A clearly Spanish text declared Brazilian Portuguese: alone, and with the episode's languages
    // as LibraryLoader passes them (the declared tag among them).
    const LanguageHints hints[] = { { QStringLiteral("pt-BR"), {} }, { QStringLiteral("pt-BR"), { QStringLiteral("pt-BR") } } };
    for (const LanguageHints &hint : hints) {
        const LanguageGuess spanish = identifier.identify(Spanish, hint);
        INFO("Spanish declared pt-BR with context [" << hint.context.join(QStringLiteral(" ")).toStdString() << "]: " << spanish.tag.toStdString()
                                                     << ", candidates " << tagsOf(spanish.candidates).join(QStringLiteral(" ")).toStdString());
        CHECK(spanish.tag == QStringLiteral("es"));
        CHECK(spanish.reliable);
    }
}

TEST_CASE("close languages: the groups the resolver tells apart")
{
    CHECK(CloseLanguageResolver::groupOf(QStringLiteral("sr-Cyrl")).isEmpty());
    const QStringList southSlavic = CloseLanguageResolver::groupOf(QStringLiteral("hr"));
    CHECK(southSlavic.size() == 3);
    CHECK(southSlavic.contains(QStringLiteral("hr")));
    CHECK(southSlavic.contains(QStringLiteral("bs")));
    CHECK(southSlavic.contains(QStringLiteral("sr-Latn")));
    for (const QString &tag : { QStringLiteral("no"), QStringLiteral("nb") }) {
        INFO(tag.toStdString());
        const QStringList norwegian = CloseLanguageResolver::groupOf(tag);
        CHECK(norwegian.size() == 2);
        CHECK(norwegian.contains(QStringLiteral("nb")));
        CHECK(norwegian.contains(QStringLiteral("nn")));
    }
    CHECK(CloseLanguageResolver::groupOf(QStringLiteral("da")).isEmpty());
    const QStringList portuguese = CloseLanguageResolver::groupOf(QStringLiteral("pt"));
    CHECK(portuguese.size() == 2);
    CHECK(portuguese.contains(QStringLiteral("pt-PT")));
    CHECK(portuguese.contains(QStringLiteral("pt-BR")));
}

TEST_CASE("language identification: preferred languages do not change a clear answer")
{
    test::Scratch scratch;
    const QString path = scratch.write(QStringLiteral("german.txt"), German.toUtf8() + '\n');
    LibraryLoader loader;
    loader.setPreferredLanguages({ QStringLiteral("fr") });
    const auto library = loader.load(path);
    INFO(loader.error().message.toStdString());
    REQUIRE(library);
    REQUIRE(library->episodes.size() == 1);
    REQUIRE(library->episodes.constFirst().translations.size() == 1);
    const Translation &row = library->episodes.constFirst().translations.constFirst();
    CHECK(row.languageTag == QStringLiteral("de"));
    CHECK(row.origin == LanguageOrigin::Identified);
    CHECK(row.reliable);
    CHECK(row.identifiedTag == QStringLiteral("de"));
}
