// SPDX-License-Identifier: GPL-3.0-or-later
// The user's own word on a synopsis's language (the list's "Set Language…"): kept in the settings
// per file and row, shown as "chosen by you", forgotten on request, and refused in a merged view.
#include "catchsupport.h"
#include "testfiles.h"

#include "mainwindow.h"
#include "model/languagelistmodel.h"
#include "model/seriestreemodel.h"
#include "model/translation.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellengine.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>
#include <QTreeView>

#include <memory>

using namespace episcope;

namespace
{

// Waits use QTest::qWaitFor inside REQUIRE so that a timeout fails the test (QTRY_ reports to QTest).

const QString tmdbFile = test::dataFile(QStringLiteral("metadata/tmdb-episode-translations.json"));

/// A main window on the settings file @p settingsPath, shown and active, with nothing open yet.
struct Window {
    QSettings settings;
    std::unique_ptr<SpellEngine> engine = createSpellEngine();
    PersonalDictionary personal;
    MainWindow window;

    Window(const QString &settingsPath, const QString &personalPath)
        : settings(settingsPath, QSettings::IniFormat)
        , personal(personalPath)
        , window(&settings, engine.get(), &personal)
    {
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
    }

    /// Opens @p paths and waits until the whole load is over.
    bool open(const QStringList &paths)
    {
        QSignalSpy finished(&window, &MainWindow::loadFinished);
        window.openPaths(paths);
        return waitForLoad(finished);
    }
    bool waitForLoad(QSignalSpy &finished) const
    {
        return QTest::qWaitFor(
                   [&] {
                       return !finished.isEmpty();
                   },
                   30000)
            && !window.isLoading();
    }

    [[nodiscard]] LanguageListModel *rows() const
    {
        return window.languageModel();
    }
    /// The first row whose language tag is @p tag; -1 when none is.
    [[nodiscard]] int rowOf(const QString &tag) const
    {
        for (int row = 0; row < rows()->rowCount(); ++row) {
            if (tagOf(row) == tag)
                return row;
        }
        return -1;
    }
    [[nodiscard]] QString tagOf(int row) const
    {
        return rows()->index(row, 0).data(LanguageListModel::TagRole).toString();
    }
    [[nodiscard]] LanguageOrigin originOf(int row) const
    {
        return LanguageOrigin(rows()->index(row, 0).data(LanguageListModel::OriginRole).toInt());
    }
    [[nodiscard]] QString originText(int row) const
    {
        return rows()->index(row, int(LanguageListModel::Column::Origin)).data().toString();
    }
};

/// A scratch folder with a settings file and a personal dictionary to share between windows.
struct Shared {
    test::Scratch scratch;
    QString settings = scratch.path(QStringLiteral("settings.ini"));
    QString personal = scratch.path(QStringLiteral("personal"));
};

} // namespace

TEST_CASE("a language chosen by the user is kept for the file and row and forgotten on request")
{
    Shared shared;
    int bs = -1;
    {
        Window first(shared.settings, shared.personal);
        REQUIRE(first.open({ tmdbFile }));
        bs = first.rowOf(QStringLiteral("bs"));
        REQUIRE(bs >= 0);
        REQUIRE(first.originOf(bs) == LanguageOrigin::Declared);
        const int rowCount = first.rows()->rowCount();

        first.window.setLanguageChoice(bs, QStringLiteral("hr"));
        CHECK(first.rows()->rowCount() == rowCount);
        CHECK(first.tagOf(bs) == QStringLiteral("hr"));
        CHECK(first.originOf(bs) == LanguageOrigin::Chosen);
        CHECK(first.originText(bs) == QStringLiteral("chosen by you"));
        CHECK(first.rows()->translation(bs).languageTag == QStringLiteral("hr"));
        CHECK(first.rowOf(QStringLiteral("bs")) == -1);
        first.settings.sync();
        CHECK(first.settings.status() == QSettings::NoError);
    }

    // A new window on the same settings file remembers the choice for this file and row.
    Window second(shared.settings, shared.personal);
    REQUIRE(second.open({ tmdbFile }));
    REQUIRE(bs < second.rows()->rowCount());
    CHECK(second.tagOf(bs) == QStringLiteral("hr"));
    CHECK(second.originOf(bs) == LanguageOrigin::Chosen);
    CHECK(second.originText(bs) == QStringLiteral("chosen by you"));

    // Forgetting it reads the file again: the row is Bosnian as declared.
    QSignalSpy finished(&second.window, &MainWindow::loadFinished);
    second.window.setLanguageChoice(bs, QString());
    REQUIRE(second.waitForLoad(finished));
    REQUIRE(bs < second.rows()->rowCount());
    CHECK(second.tagOf(bs) == QStringLiteral("bs"));
    CHECK(second.originOf(bs) == LanguageOrigin::Declared);
    CHECK(second.originText(bs) == QStringLiteral("declared"));
    second.settings.sync();
    CHECK(second.settings.childGroups().contains(QStringLiteral("LanguageChoices")) == false);

    // And it stays forgotten for the next window.
    Window third(shared.settings, shared.personal);
    REQUIRE(third.open({ tmdbFile }));
    CHECK(third.tagOf(bs) == QStringLiteral("bs"));
    CHECK(third.originOf(bs) == LanguageOrigin::Declared);
}

TEST_CASE("a language chosen for one file leaves another file's row at the same index alone")
{
    Shared shared;
    test::Scratch files;
    const QString copy = files.write(QStringLiteral("copy of tmdb-episode-translations.json"), test::bytesOf(tmdbFile));

    Window window(shared.settings, shared.personal);
    REQUIRE(window.open({ tmdbFile }));
    const int bs = window.rowOf(QStringLiteral("bs"));
    REQUIRE(bs > 0);
    REQUIRE(window.tagOf(0) == QStringLiteral("en-US"));
    window.window.setLanguageChoice(bs, QStringLiteral("hr"));
    window.window.setLanguageChoice(0, QStringLiteral("en-GB"));
    REQUIRE(window.tagOf(bs) == QStringLiteral("hr"));
    REQUIRE(window.originOf(bs) == LanguageOrigin::Chosen);
    REQUIRE(window.tagOf(0) == QStringLiteral("en-GB"));
    REQUIRE(window.originOf(0) == LanguageOrigin::Chosen);

    // The same bytes under another path: another file, with no choice of its own.
    REQUIRE(window.open({ copy }));
    REQUIRE(window.window.library().sourcePath == copy);
    REQUIRE(bs < window.rows()->rowCount());
    CHECK(window.tagOf(bs) == QStringLiteral("bs"));
    CHECK(window.originOf(bs) == LanguageOrigin::Declared);
    CHECK(window.originText(bs) == QStringLiteral("declared"));
    CHECK(window.tagOf(0) == QStringLiteral("en-US"));
    CHECK(window.originOf(0) == LanguageOrigin::Declared);

    // A different file: its first row is as the file says.
    REQUIRE(window.open({ test::dataFile(QStringLiteral("metadata/tmdb-tv-translations.json")) }));
    REQUIRE(window.rows()->rowCount() > 0);
    CHECK(window.originOf(0) == LanguageOrigin::Declared);
    CHECK(window.originText(0) == QStringLiteral("declared"));

    // The first file still has both its choices.
    REQUIRE(window.open({ tmdbFile }));
    CHECK(window.tagOf(bs) == QStringLiteral("hr"));
    CHECK(window.originOf(bs) == LanguageOrigin::Chosen);
    CHECK(window.tagOf(0) == QStringLiteral("en-GB"));
    CHECK(window.originOf(0) == LanguageOrigin::Chosen);
}

TEST_CASE("a language cannot be chosen in a merged view of several sources")
{
    Shared shared;
    Window window(shared.settings, shared.personal);
    REQUIRE(window.open({ test::dataFile(QStringLiteral("series")) }));

    SeriesTreeModel *model = window.window.seriesModel();
    QTreeView *tree = window.window.seriesView();
    const auto child = [model](const QModelIndex &parent, const QString &label) {
        for (int row = 0; row < model->rowCount(parent); ++row) {
            const QModelIndex index = model->index(row, 0, parent);
            if (index.data().toString() == label)
                return index;
        }
        return QModelIndex();
    };
    const QModelIndex fogBell = child(child(child({}, QStringLiteral("Harbour Lights")), QStringLiteral("Season 1")), QStringLiteral("1 · The Fog Bell"));
    REQUIRE(fogBell.isValid());
    tree->setCurrentIndex(fogBell);
    REQUIRE(model->sources(tree->currentIndex()).size() == 2);
    REQUIRE(window.rows()->rowCount() == 7); // TMDB 6 + Kodi 1, read-only together

    for (int row = 0; row < window.rows()->rowCount(); ++row) {
        const QString before = window.tagOf(row);
        const LanguageOrigin origin = window.originOf(row);
        const QString target = before == QStringLiteral("hr") ? QStringLiteral("bs") : QStringLiteral("hr");
        INFO("row " << row << " " << before.toStdString());
        window.window.setLanguageChoice(row, target);
        REQUIRE(window.rows()->rowCount() == 7);
        CHECK(window.tagOf(row) == before);
        CHECK(window.originOf(row) == origin);
        CHECK(window.originOf(row) != LanguageOrigin::Chosen);
    }
    window.settings.sync();
    CHECK(window.settings.childGroups().contains(QStringLiteral("LanguageChoices")) == false);
}
