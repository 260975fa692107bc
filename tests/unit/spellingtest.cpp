// SPDX-License-Identifier: GPL-3.0-or-later
// Spell-checking with the real engines and the real system dictionaries the set-up installs.
#include "catchsupport.h"
#include "sample.h"
#include "testfiles.h"

#include "io/libraryloader.h"
#include "spelling/dictionarychooser.h"
#include "spelling/episodespelling.h"
#include "spelling/hunspellengine.h"
#include "spelling/legacyencoding.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellengine.h"
#include "spelling/spellhighlighter.h"
#include "spelling/wordtokenizer.h"

#include <QFile>

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextDocument>
#include <array>

using namespace episcope;

namespace
{

QStringList misspelledWords(EpisodeSpelling &spelling, const Episode &episode, int row)
{
    QStringList words;
    const SpellCheckResult result = spelling.finder(row)->check(episode.translations.at(row).text);
    for (const Misspelling &misspelling : result.misspellings)
        words.append(misspelling.word);
    return words;
}

/// The engine this build prefers (Sonnet on Debian 13) and the Hunspell engine, which every build
/// has: the sample's promises must hold on both.
struct BothEngines {
    std::unique_ptr<SpellEngine> preferred = createSpellEngine();
    HunspellEngine hunspell;
    [[nodiscard]] std::array<SpellEngine *, 2> list()
    {
        return { preferred.get(), &hunspell };
    }
};

QString debianVersion()
{
    QFile file(QStringLiteral("/etc/os-release"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    const QRegularExpression version(QStringLiteral("^VERSION_ID=\"?(\\d+)"), QRegularExpression::MultilineOption);
    return version.match(QString::fromUtf8(file.readAll())).captured(1);
}

} // namespace

TEST_CASE("Debian 13 checks spelling with Sonnet and Debian 12 with Hunspell, with no silent fallback")
{
    const std::unique_ptr<SpellEngine> engine = createSpellEngine();
    const QString forced = QStringLiteral(EPISCOPE_SPELL_ENGINE_OPTION);
    const QString debian = debianVersion();
    INFO("Debian " << debian.toStdString() << ", EPISCOPE_SPELL_ENGINE=" << forced.toStdString() << ", engine " << engine->name().toStdString());
    if (forced != u"auto")
        CHECK(engine->key() == forced);
    else if (debian == u"12")
        CHECK(engine->key() == QStringLiteral("hunspell"));
    else if (debian.toInt() >= 13)
        CHECK(engine->key() == QStringLiteral("sonnet"));
    else
        FAIL("not a Debian this project supports: " << debian.toStdString());
}

TEST_CASE("every language of the sample has a dictionary, in both engines")
{
    const Episode episode = test::sampleEpisode();
    BothEngines engines;
    for (SpellEngine *engine : engines.list()) {
        EpisodeSpelling spelling(engine, nullptr);
        spelling.setEpisode(episode);
        for (int row = 0; row < episode.translations.size(); ++row) {
            INFO(engine->key().toStdString() << " " << episode.translations.at(row).languageTag.toStdString());
            CHECK(spelling.finder(row)->isActive());
            CHECK(spelling.missingDictionaryMessage(row).isEmpty());
        }
    }
}

TEST_CASE("German Resturant is flagged with Restaurant among the suggestions")
{
    const Episode episode = test::sampleEpisode();
    BothEngines engines;
    for (SpellEngine *engine : engines.list()) {
        INFO(engine->name().toStdString());
        EpisodeSpelling spelling(engine, nullptr);
        spelling.setEpisode(episode);
        const int german = test::rowOf(episode, QStringLiteral("de"));
        CHECK(misspelledWords(spelling, episode, german).contains(QStringLiteral("Resturant")));
        CHECK(spelling.finder(german)->suggestions(QStringLiteral("Resturant")).contains(QStringLiteral("Restaurant")));
        CHECK(misspelledWords(spelling, episode, test::rowOf(episode, QStringLiteral("it"))).contains(QStringLiteral("raggiungein")));
    }
}

TEST_CASE("names shared across translations are never flagged, in any of their forms or scripts")
{
    const QStringList forms {
        QStringLiteral("Carrie"),   QStringLiteral("Carrien"), QStringLiteral("Carriehez"), QStringLiteral("Big"),       QStringLiteral("Μπιγκ"),
        QStringLiteral("Samantha"), QStringLiteral("Σαμάνθα"), QStringLiteral("Miranda"),   QStringLiteral("Μιράντα"),   QStringLiteral("Charlotte"),
        QStringLiteral("Σάρλοτ"),   QStringLiteral("Smith"),   QStringLiteral("Σμιθ"),      QStringLiteral("Steve"),     QStringLiteral("Steven"),
        QStringLiteral("Στιβ"),     QStringLiteral("Robert"),  QStringLiteral("Robertin"),  QStringLiteral("Roberttel"), QStringLiteral("Ρόμπερτ"),
    };
    const Episode episode = test::sampleEpisode();
    BothEngines engines;
    for (SpellEngine *engine : engines.list()) {
        EpisodeSpelling spelling(engine, nullptr);
        spelling.setEpisode(episode);
        for (int row = 0; row < episode.translations.size(); ++row) {
            const QStringList flagged = misspelledWords(spelling, episode, row);
            for (const QString &form : forms) {
                INFO(engine->key().toStdString() << " " << episode.translations.at(row).languageTag.toStdString() << " " << form.toStdString());
                CHECK_FALSE(flagged.contains(form));
            }
        }
    }
}

TEST_CASE("names are paired across scripts and inflections")
{
    const Episode episode = test::sampleEpisode();
    NameDetector detector;
    const QList<DetectedName> names = detector.detect(episode);
    const auto formsOf = [&](const QString &label) {
        QStringList all;
        for (const DetectedName &name : names) {
            if (name.label == label) {
                for (const QStringList &forms : name.forms)
                    all += forms;
            }
        }
        return all;
    };
    CHECK(formsOf(QStringLiteral("Big")).contains(QStringLiteral("Μπιγκ")));
    CHECK(formsOf(QStringLiteral("Samantha")).contains(QStringLiteral("Σαμάνθα")));
    CHECK(formsOf(QStringLiteral("Miranda")).contains(QStringLiteral("Μιράντα")));
    CHECK(formsOf(QStringLiteral("Charlotte")).contains(QStringLiteral("Σάρλοτ")));
    CHECK(formsOf(QStringLiteral("Carrie")).contains(QStringLiteral("Carriehez")));
    CHECK(formsOf(QStringLiteral("Carrie")).contains(QStringLiteral("Carrien")));
    CHECK(formsOf(QStringLiteral("Robert")).contains(QStringLiteral("Roberttel")));
    CHECK(formsOf(QStringLiteral("Robert")).contains(QStringLiteral("Ρόμπερτ")));
    CHECK(formsOf(QStringLiteral("Steve")).contains(QStringLiteral("Στιβ")));
    CHECK(formsOf(QStringLiteral("Debbie")).isEmpty()); // only the Italian synopsis names her

    CHECK(detector.latinKey(QStringLiteral("Σαμάνθα")) == QStringLiteral("samantha"));
    CHECK(NameDetector::skeleton(QStringLiteral("charlotte")) == NameDetector::skeleton(detector.latinKey(QStringLiteral("Σάρλοτ"))));
}

TEST_CASE("the dictionary follows the language, falling back within the language")
{
    CHECK(DictionaryChooser::choose(QStringLiteral("pt-BR"), { QStringLiteral("pt"), QStringLiteral("pt_PT") }) == QStringLiteral("pt_PT"));
    CHECK(DictionaryChooser::choose(QStringLiteral("pt-BR"), { QStringLiteral("pt_BR"), QStringLiteral("pt_PT") }) == QStringLiteral("pt_BR"));
    CHECK(DictionaryChooser::choose(QStringLiteral("pt-BR"), { QStringLiteral("pt") }) == QStringLiteral("pt"));
    CHECK(DictionaryChooser::choose(QStringLiteral("el"), { QStringLiteral("el_GR"), QStringLiteral("en_US") }) == QStringLiteral("el_GR"));
    CHECK(DictionaryChooser::choose(QStringLiteral("de"), { QStringLiteral("de_AT"), QStringLiteral("de_DE") }) == QStringLiteral("de_DE"));
    CHECK(DictionaryChooser::choose(QStringLiteral("fi"), { QStringLiteral("fi") }) == QStringLiteral("fi"));
    CHECK(DictionaryChooser::choose(QStringLiteral("und"), { QStringLiteral("en_US") }).isEmpty());
    CHECK(DictionaryChooser::choose(QStringLiteral("ja"), { QStringLiteral("en_US") }).isEmpty());
    CHECK(DictionaryChooser::packageFor(QStringLiteral("fi")) == QStringLiteral("voikko-fi"));
    CHECK(DictionaryChooser::packageFor(QStringLiteral("de")) == QStringLiteral("hunspell-de-de"));
}

TEST_CASE("a language with no dictionary says what to install and underlines nothing")
{
    Episode episode;
    Translation japanese;
    japanese.languageTag = QStringLiteral("ja");
    japanese.text = QStringLiteral("キャリーはビッグと再会する。");
    episode.translations.append(japanese);
    HunspellEngine engine;
    EpisodeSpelling spelling(&engine, nullptr);
    spelling.setEpisode(episode);
    CHECK_FALSE(spelling.finder(0)->isActive());
    CHECK(spelling.finder(0)->check(japanese.text).misspellings.isEmpty());
    CHECK(spelling.missingDictionaryMessage(0) == QStringLiteral("No Japanese dictionary — install hunspell-ja"));
}

TEST_CASE("words are split where a reader splits them")
{
    const QString text = QStringLiteral("Dr.Roberttel, un'angioplastica ‘quoted’ Herz-OP 3D x");
    QStringList words;
    for (const WordSpan &span : WordTokenizer::words(text))
        words.append(text.sliced(span.start, span.length));
    CHECK(words
          == QStringList { QStringLiteral("Dr"), QStringLiteral("Roberttel"), QStringLiteral("un'angioplastica"), QStringLiteral("quoted"),
                           QStringLiteral("Herz"), QStringLiteral("OP"), QStringLiteral("3D"), QStringLiteral("x") });
}

TEST_CASE("hostile words are checked in bounded time without reaching the engine unbounded")
{
    HunspellEngine engine;
    MisspellingFinder finder(engine.checker(QStringLiteral("de_DE")), nullptr, QStringLiteral("de"));
    REQUIRE(finder.isActive());
    const QString huge(10000, u'a');
    CHECK(finder.isMisspelled(huge));
    CHECK(finder.suggestions(huge).isEmpty());
    const QString flood = u'e' + QString(5000, QChar(0x0301)) + QStringLiteral("ntwurf");
    CHECK(finder.check(flood).misspellings.size() == 1);
    CHECK_FALSE(finder.isMisspelled(QStringLiteral("Haus\u200Dtür")) == finder.isMisspelled(QStringLiteral("Haustür"))); // the joiner is kept
    CHECK(finder.check(QStringLiteral("Haus\0tür\x01 Κασσάνδρα mixedκαι")).checkedWords >= 2);
}

TEST_CASE("a text in the wrong language is reported as mostly unknown, not underlined word by word")
{
    HunspellEngine engine;
    MisspellingFinder finder(engine.checker(QStringLiteral("de_DE")), nullptr, QStringLiteral("de"));
    const SpellCheckResult result =
        finder.check(QStringLiteral("Kuinka vaarallinen on avoin sydän? Carrien tunteita sekoittaa entistä avosydämisemmän vierailu."));
    CHECK(result.mostlyUnknown);
}

TEST_CASE("a word added to the personal dictionary is no longer flagged, now or in a later session")
{
    test::Scratch scratch;
    HunspellEngine engine;
    {
        PersonalDictionary personal(scratch.path(QStringLiteral("personal")));
        MisspellingFinder finder(engine.checker(QStringLiteral("de_DE")), &personal, QStringLiteral("de"));
        REQUIRE(finder.isMisspelled(QStringLiteral("Kiho")));
        REQUIRE(finder.addToPersonal(QStringLiteral("Kiho")));
        CHECK_FALSE(finder.isMisspelled(QStringLiteral("Kiho")));
    }
    PersonalDictionary later(scratch.path(QStringLiteral("personal")));
    MisspellingFinder finder(engine.checker(QStringLiteral("de_DE")), &later, QStringLiteral("de"));
    CHECK_FALSE(finder.isMisspelled(QStringLiteral("Kiho")));
    MisspellingFinder french(engine.checker(QStringLiteral("fr_FR")), &later, QStringLiteral("fr"));
    CHECK(french.isMisspelled(QStringLiteral("Kiho"))); // personal words are per language
}

TEST_CASE("an ignored word is not flagged for the rest of the session")
{
    HunspellEngine engine;
    MisspellingFinder finder(engine.checker(QStringLiteral("it_IT")), nullptr, QStringLiteral("it"));
    REQUIRE(finder.isMisspelled(QStringLiteral("Debbie")));
    finder.ignore(QStringLiteral("Debbie"));
    CHECK_FALSE(finder.isMisspelled(QStringLiteral("Debbie")));
}

TEST_CASE("Greek words reach the ISO 8859-7 dictionary intact")
{
    const auto greek = LegacyEncoding::open("ISO8859-7");
    REQUIRE(greek);
    const QString word = QStringLiteral("επισκέπτεται");
    const auto bytes = greek->encode(word);
    REQUIRE(bytes);
    CHECK(bytes->size() == word.size());
    CHECK(greek->decode(*bytes) == word);
    CHECK_FALSE(greek->encode(QStringLiteral("日本"))); // not representable: refused, not turned into '?'

    HunspellEngine engine;
    MisspellingFinder finder(engine.checker(QStringLiteral("el_GR")), nullptr, QStringLiteral("el"));
    CHECK_FALSE(finder.isMisspelled(word));
    CHECK(finder.isMisspelled(QStringLiteral("επισκέπτετα")));
}

TEST_CASE("the highlighter underlines misspellings with a red wave and stops when they are added")
{
    test::Scratch scratch;
    HunspellEngine engine;
    PersonalDictionary personal(scratch.path(QStringLiteral("personal")));
    MisspellingFinder finder(engine.checker(QStringLiteral("de_DE")), &personal, QStringLiteral("de"));
    QTextDocument document;
    document.setPlainText(QStringLiteral("Carrie isst in einem Resturant."));
    SpellHighlighter highlighter(&document);
    highlighter.setFinder(&finder);

    const auto underlineAt = [&](int position) {
        for (const QTextLayout::FormatRange &range : document.firstBlock().layout()->formats()) {
            if (position >= range.start && position < range.start + range.length)
                return range.format.underlineStyle();
        }
        return QTextCharFormat::NoUnderline;
    };
    const int resturant = int(document.toPlainText().indexOf(QStringLiteral("Resturant")));
    CHECK(underlineAt(resturant + 2) == QTextCharFormat::WaveUnderline);
    CHECK(underlineAt(int(document.toPlainText().indexOf(QStringLiteral("einem")))) == QTextCharFormat::NoUnderline);
    const auto found = highlighter.misspellingAt(resturant + 4);
    REQUIRE(found);
    CHECK(found->word == QStringLiteral("Resturant"));
    CHECK(highlighter.misspellings().size() == 2); // "Carrie" is a name only when another translation says so

    REQUIRE(finder.addToPersonal(QStringLiteral("Resturant")));
    highlighter.rehighlight();
    CHECK(underlineAt(resturant + 2) == QTextCharFormat::NoUnderline);
}
