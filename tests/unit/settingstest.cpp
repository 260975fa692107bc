// SPDX-License-Identifier: GPL-3.0-or-later
// The user's settings: kept across runs, the language list's preferred order, spell-checking off,
// a dictionary chosen per language, and the interface language.
#include "catchsupport.h"
#include "sample.h"

#include "language/languageinfo.h"
#include "model/languagelistmodel.h"
#include "model/languagesortproxy.h"
#include "settings/uilanguage.h"
#include "settings/usersettings.h"
#include "spelling/episodespelling.h"
#include "spelling/spellengine.h"

#include <QCoreApplication>
#include <QSettings>
#include <QTemporaryDir>

using namespace episcope;

namespace
{

QStringList tagsInViewOrder(const QAbstractItemModel &model)
{
    QStringList tags;
    for (int row = 0; row < model.rowCount(); ++row)
        tags.append(model.index(row, int(LanguageListModel::Column::Tag)).data().toString());
    return tags;
}

/// Restores English and the system locale when a test that changed them ends.
struct EnglishAgain {
    ~EnglishAgain()
    {
        QLocale::setDefault(QLocale::system());
    }
};

} // namespace

TEST_CASE("settings chosen once are there the next time Episcope starts")
{
    QTemporaryDir folder;
    REQUIRE(folder.isValid());
    const QString path = folder.filePath(QStringLiteral("episcope.ini"));
    UserSettings chosen;
    chosen.uiLanguage = QStringLiteral("fi");
    chosen.preferredLanguages = { QStringLiteral("pt-BR"), QStringLiteral("en") };
    chosen.spellChecking = false;
    chosen.dictionaries = { { QStringLiteral("pt"), QStringLiteral("pt_PT") } };
    QFont font(QStringLiteral("DejaVu Serif"));
    font.setPointSize(14);
    chosen.synopsisFont = font;
    chosen.zoom = 3;
    {
        QSettings settings(path, QSettings::IniFormat);
        chosen.save(settings);
    }
    const QSettings again(path, QSettings::IniFormat);
    const UserSettings loaded = UserSettings::load(again);
    CHECK(loaded.uiLanguage == u"fi");
    CHECK(loaded.preferredLanguages == chosen.preferredLanguages);
    CHECK_FALSE(loaded.spellChecking);
    CHECK(loaded.dictionaries == chosen.dictionaries);
    REQUIRE(loaded.synopsisFont);
    CHECK(loaded.synopsisFont->family() == u"DejaVu Serif");
    CHECK(loaded.synopsisFont->pointSize() == 14);
    CHECK(loaded.zoom == 3);

    SECTION("and a fresh start has the defaults")
    {
        const QSettings empty(folder.filePath(QStringLiteral("none.ini")), QSettings::IniFormat);
        const UserSettings defaults = UserSettings::load(empty);
        CHECK(defaults.uiLanguage.isEmpty());
        CHECK(defaults.preferredLanguages.isEmpty());
        CHECK(defaults.spellChecking);
        CHECK_FALSE(defaults.synopsisFont);
        CHECK(defaults.zoom == 0);
    }
    SECTION("a zoom edited far out of range is brought back into it")
    {
        QSettings settings(path, QSettings::IniFormat);
        settings.setValue(QStringLiteral("view/zoom"), 500);
        settings.sync();
        CHECK(UserSettings::load(settings).zoom == UserSettings::MaximumZoom);
    }
}

TEST_CASE("preferred languages head the unsorted language list, in the order of preference")
{
    LanguageListModel model;
    model.setEpisode(test::sampleEpisode());
    LanguageSortProxy proxy;
    proxy.setSourceModel(&model);
    proxy.sort(-1);
    const QStringList fileOrder = tagsInViewOrder(proxy);
    REQUIRE(fileOrder.size() == 9);

    proxy.setPreferredLanguages({ QStringLiteral("hu"), QStringLiteral("el"), QStringLiteral("ja") });
    QStringList expected { QStringLiteral("hu"), QStringLiteral("el") };
    for (const QString &tag : fileOrder) {
        if (!expected.contains(tag))
            expected.append(tag);
    }
    CHECK(tagsInViewOrder(proxy) == expected);

    SECTION("a primary language ranks its regional forms")
    {
        proxy.setPreferredLanguages({ QStringLiteral("pt-BR"), QStringLiteral("fi-FI"), QStringLiteral("fi") });
        CHECK(tagsInViewOrder(proxy).mid(0, 2) == QStringList { QStringLiteral("fi"), QStringLiteral("de") });
    }
    SECTION("a header click sorts by that column instead, and going back to unsorted restores the preferences")
    {
        proxy.sort(int(LanguageListModel::Column::Tag), Qt::AscendingOrder);
        QStringList sorted = fileOrder;
        std::sort(sorted.begin(), sorted.end());
        CHECK(tagsInViewOrder(proxy) == sorted);
        proxy.sort(-1);
        CHECK(tagsInViewOrder(proxy) == expected);
    }
    SECTION("without preferences the file's order comes back")
    {
        proxy.setPreferredLanguages({});
        CHECK(tagsInViewOrder(proxy) == fileOrder);
    }
}

TEST_CASE("a dictionary chosen for a language is used for every text in it")
{
    const std::unique_ptr<SpellEngine> engine = createSpellEngine();
    // A language with two dictionaries installed (Portuguese has pt_PT and pt_BR in the set-up).
    QMap<QString, QStringList> byLanguage;
    for (const QString &dictionary : engine->dictionaries())
        byLanguage[dictionary.section(u'_', 0, 0).section(u'-', 0, 0)].append(dictionary);
    const auto pair = std::find_if(byLanguage.cbegin(), byLanguage.cend(), [](const QStringList &dictionaries) {
        return dictionaries.size() >= 2;
    });
    REQUIRE(pair != byLanguage.cend());
    const QString language = pair.key();
    const QString automatic = engine->dictionaryFor(language);
    REQUIRE(!automatic.isEmpty());
    const QString other = pair->constFirst() == automatic ? pair->at(1) : pair->constFirst();

    engine->setDictionaryChoices({ { language, other } });
    CHECK(engine->dictionaryFor(language) == other);
    engine->setDictionaryChoices({ { language, QStringLiteral("xx_NOT_INSTALLED") } });
    CHECK(engine->dictionaryFor(language) == automatic);
    engine->setDictionaryChoices({});
    CHECK(engine->dictionaryFor(language) == automatic);
}

TEST_CASE("with spell-checking off nothing is flagged and the reason is given")
{
    const std::unique_ptr<SpellEngine> engine = createSpellEngine();
    EpisodeSpelling spelling(engine.get(), nullptr);
    Episode episode;
    Translation german;
    german.languageTag = QStringLiteral("de");
    german.text = QStringLiteral("Das ist ein Tset mit Fehlrn.");
    episode.translations.append(german);
    spelling.setEpisode(episode);
    REQUIRE(spelling.finder(0)->isActive());
    CHECK(spelling.finder(0)->check(german.text).misspellings.size() == 2);

    spelling.setEnabled(false);
    spelling.setEpisode(episode);
    CHECK_FALSE(spelling.finder(0)->isActive());
    CHECK(spelling.missingDictionaryMessage(0).contains(u"Settings"));
    spelling.setEnabled(true);
    spelling.setEpisode(episode);
    CHECK(spelling.finder(0)->isActive());
}

TEST_CASE("the interface speaks the language asked for, and English when it has no translation")
{
    const EnglishAgain restore;
    const QStringList available = UiLanguage::available();
    CHECK(available
          == QStringList { QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("el"), QStringLiteral("es"), QStringLiteral("fi"), QStringLiteral("fr"),
                           QStringLiteral("hu"), QStringLiteral("it"), QStringLiteral("pt") });
    const char *context = "episcope::LanguageListModel";
    const QString english = QCoreApplication::translate(context, "Misspellings");
    {
        UiLanguage ui;
        REQUIRE(ui.install(QStringLiteral("de")));
        CHECK(ui.current() == u"de");
        CHECK(QCoreApplication::translate(context, "Misspellings") != english);
        // Names of languages follow the interface (ICU's names), not just the menus.
        CHECK(LanguageInfo::forTag(QStringLiteral("fr")).displayName == u"Französisch");
        CHECK(LanguageInfo::forTag(QStringLiteral("fr")).englishName == u"French");
        CHECK(LanguageInfo::forTag(QStringLiteral("el")).displayScript == u"Griechisch");
        CHECK(LanguageInfo::forTag(QStringLiteral("el")).script == u"Greek"); // scripts and JSON keep English
    }
    CHECK(QCoreApplication::translate(context, "Misspellings") == english); // the translator left with its owner
    QLocale::setDefault(QLocale::system());
    UiLanguage ui;
    CHECK_FALSE(ui.install(QStringLiteral("ja")));
    CHECK(ui.current() == u"en");
    CHECK(QCoreApplication::translate(context, "Misspellings") == english);
    QLocale::setDefault(QLocale(QStringLiteral("de_DE"))); // a German desktop…
    CHECK(ui.install(QStringLiteral("en"))); // …asked for English
    CHECK(ui.current() == u"en");
    CHECK(LanguageInfo::forTag(QStringLiteral("fr")).displayName == u"French");
}

TEST_CASE("the UI language option is taken from anywhere on the command line, in both spellings")
{
    QString problem;
    QStringList arguments { QStringLiteral("episcope-cli"), QStringLiteral("list"), QStringLiteral("--ui-language"), QStringLiteral("fi"),
                            QStringLiteral("a.txt") };
    CHECK(UiLanguage::takeOption(arguments, &problem) == u"fi");
    CHECK(arguments == QStringList { QStringLiteral("episcope-cli"), QStringLiteral("list"), QStringLiteral("a.txt") });
    CHECK(problem.isEmpty());

    arguments = { QStringLiteral("episcope"), QStringLiteral("--ui-language=el"), QStringLiteral("b.nfo") };
    CHECK(UiLanguage::takeOption(arguments, &problem) == u"el");
    CHECK(arguments == QStringList { QStringLiteral("episcope"), QStringLiteral("b.nfo") });

    arguments = { QStringLiteral("episcope-cli"), QStringLiteral("show"), QStringLiteral("--"), QStringLiteral("--ui-language=el") };
    CHECK(UiLanguage::takeOption(arguments, &problem).isEmpty()); // after -- it is a file name
    CHECK(arguments.size() == 4);

    arguments = { QStringLiteral("episcope-cli"), QStringLiteral("list"), QStringLiteral("--ui-language") };
    CHECK(UiLanguage::takeOption(arguments, &problem).isEmpty());
    CHECK(problem.contains(u"--ui-language"));
}
