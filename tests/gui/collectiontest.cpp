// SPDX-License-Identifier: GPL-3.0-or-later
// The main window with a collection: a series folder as a tree, merged sources, saving one source
// of many, search across every synopsis, cancelling a load, language preferences and checks.
#include "catchsupport.h"
#include "testfiles.h"

#include "languagelistview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "model/languagelistmodel.h"
#include "model/seriestreemodel.h"
#include "quality/qualityflag.h"
#include "searchpanel.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellengine.h"
#include "synopsiseditor.h"
#include "synopsispane.h"

#include <QDirIterator>
#include <QFileInfo>
#include <QLineEdit>
#include <QListWidget>
#include <QMap>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

#include <algorithm>

using namespace episcope;

namespace
{

// Waits use QTest::qWaitFor inside REQUIRE so that a timeout fails the test (QTRY_ reports to QTest).

const QString seriesFolder = test::dataFile(QStringLiteral("series/Harbour Lights"));

/// A main window with its own settings file, shown and active, with nothing open yet.
struct CollectionFixture {
    test::Scratch scratch;
    QSettings settings { scratch.path(QStringLiteral("settings.ini")), QSettings::IniFormat };
    std::unique_ptr<SpellEngine> engine = createSpellEngine();
    PersonalDictionary personal { scratch.path(QStringLiteral("personal")) };
    MainWindow window { &settings, engine.get(), &personal };

    CollectionFixture()
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
        return QTest::qWaitFor(
                   [&] {
                       return !finished.isEmpty();
                   },
                   30000)
            && !window.isLoading();
    }

    [[nodiscard]] QTreeView *tree() const
    {
        return window.seriesView();
    }
    [[nodiscard]] SeriesTreeModel *treeModel() const
    {
        return window.seriesModel();
    }
    [[nodiscard]] LanguageListModel *rows() const
    {
        return window.languageModel();
    }

    /// The child of @p parent labelled @p label (or starting with it when @p prefix).
    [[nodiscard]] QModelIndex node(const QModelIndex &parent, const QString &label, bool prefix = false) const
    {
        for (int row = 0; row < treeModel()->rowCount(parent); ++row) {
            const QModelIndex index = treeModel()->index(row, 0, parent);
            const QString text = index.data().toString();
            if (prefix ? text.startsWith(label) : text == label)
                return index;
        }
        return {};
    }
    [[nodiscard]] QStringList labels(const QModelIndex &parent) const
    {
        QStringList result;
        for (int row = 0; row < treeModel()->rowCount(parent); ++row)
            result.append(treeModel()->index(row, 0, parent).data().toString());
        return result;
    }
    /// Harbour Lights › Season 1 › 1 · The Fog Bell.
    [[nodiscard]] QModelIndex fogBell() const
    {
        return node(node(node({}, QStringLiteral("Harbour Lights")), QStringLiteral("Season 1")), QStringLiteral("1 · The Fog Bell"));
    }

    /// Clicks @p index in the tree, as the user would.
    void click(const QModelIndex &index) const
    {
        REQUIRE(index.isValid());
        for (QModelIndex parent = index.parent(); parent.isValid(); parent = parent.parent())
            tree()->expand(parent);
        tree()->scrollTo(index);
        const QRect rect = tree()->visualRect(index);
        REQUIRE(rect.isValid());
        QTest::mouseClick(tree()->viewport(), Qt::LeftButton, {}, rect.center());
        REQUIRE(tree()->currentIndex() == index);
    }

    /// The first row of the list whose language tag is @p tag; -1 when none is.
    [[nodiscard]] int rowOf(const QString &tag) const
    {
        for (int row = 0; row < rows()->rowCount(); ++row) {
            if (rows()->index(row, 0).data(LanguageListModel::TagRole).toString() == tag)
                return row;
        }
        return -1;
    }
    [[nodiscard]] QString cell(int row, LanguageListModel::Column column) const
    {
        return rows()->index(row, int(column)).data().toString();
    }
    [[nodiscard]] QString shownFile() const
    {
        return QFileInfo(window.library().sourcePath).fileName();
    }
};

/// Every file under @p folder, by path relative to it, with its bytes.
QMap<QString, QByteArray> filesUnder(const QString &folder)
{
    QMap<QString, QByteArray> files;
    const QDir root(folder);
    QDirIterator it(folder, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        files.insert(root.relativeFilePath(path), test::bytesOf(path));
    }
    return files;
}

/// Copies @p files into @p folder of @p scratch and returns the folder's path.
QString copyInto(const test::Scratch &scratch, const QString &folder, const QMap<QString, QByteArray> &files)
{
    for (auto it = files.cbegin(); it != files.cend(); ++it) {
        const QString name = folder + u'/' + it.key();
        QDir().mkpath(QFileInfo(scratch.path(name)).path());
        scratch.write(name, it.value());
    }
    return scratch.path(folder);
}

} // namespace

TEST_CASE("opening a series folder shows it as a tree of seasons and episodes with the broken file in Problems")
{
    CollectionFixture f;
    QSignalSpy shown(&f.window, &MainWindow::libraryShown);
    int rowsWhenFirstShown = -1;
    QString fileWhenFirstShown;
    QObject::connect(&f.window, &MainWindow::libraryShown, &f.window, [&] {
        if (rowsWhenFirstShown < 0) {
            rowsWhenFirstShown = f.rows()->rowCount();
            fileWhenFirstShown = f.shownFile();
        }
    });
    REQUIRE(f.open({ seriesFolder }));

    // While it loaded: the first source (files in path order) was shown as soon as it arrived.
    CHECK(fileWhenFirstShown == QStringLiteral("Harbour Lights - S01E01.json"));
    CHECK(rowsWhenFirstShown == 6);
    // After: still that source, not replaced by the rest of the load.
    CHECK(shown.size() == 1);
    CHECK(f.shownFile() == QStringLiteral("Harbour Lights - S01E01.json"));
    CHECK(f.rows()->rowCount() == 6);
    CHECK(f.window.synopsisPane()->editor()->toPlainText() == f.rows()->translation(0).text);

    CHECK(f.tree()->isVisible());
    CHECK(f.labels({}) == QStringList { QStringLiteral("Harbour Lights") });
    const QModelIndex series = f.node({}, QStringLiteral("Harbour Lights"));
    CHECK(f.labels(series) == QStringList { QStringLiteral("Season 1"), QStringLiteral("Season 2") });
    const QModelIndex season1 = f.node(series, QStringLiteral("Season 1"));
    CHECK(f.labels(season1) == QStringList { QStringLiteral("1 · The Fog Bell"), QStringLiteral("2 · Low Water") });
    const QModelIndex fogBell = f.fogBell();
    REQUIRE(fogBell.isValid());
    const QStringList sources = f.labels(fogBell);
    REQUIRE(sources.size() == 2);
    CHECK(std::any_of(sources.cbegin(), sources.cend(), [](const QString &label) {
        return label.startsWith(QStringLiteral("TMDB"));
    }));
    CHECK(std::any_of(sources.cbegin(), sources.cend(), [](const QString &label) {
        return label.startsWith(QStringLiteral("Kodi"));
    }));
    // The tree's selection is the source shown.
    CHECK(f.treeModel()->sources(f.tree()->currentIndex()) == QList<EpisodeRef> { EpisodeRef { 0, 0 } });

    CHECK(f.window.collection().libraries.size() == 7);
    CHECK(f.window.collection().problems.size() == 1);
    CHECK(f.window.problemsList()->isVisible());
    bool namesBroken = false;
    for (int i = 0; i < f.window.problemsList()->count(); ++i) {
        const QString text = f.window.problemsList()->item(i)->text();
        namesBroken = namesBroken || (text.contains(QStringLiteral("broken.json")) && text.contains(QStringLiteral(":6:")));
    }
    CHECK(namesBroken);
}

TEST_CASE("an episode with two sources shows their rows together read-only and one source alone editable")
{
    CollectionFixture f;
    REQUIRE(f.open({ seriesFolder }));
    const QModelIndex fogBell = f.fogBell();
    f.click(fogBell);

    CHECK(f.rows()->rowCount() == 7); // TMDB 6 + Kodi 1
    REQUIRE(f.rows()->headerData(int(LanguageListModel::Column::Origin), Qt::Horizontal).toString() == QStringLiteral("Source"));
    int fromTmdb = 0;
    int fromKodi = 0;
    for (int row = 0; row < f.rows()->rowCount(); ++row) {
        const QString source = f.cell(row, LanguageListModel::Column::Origin);
        fromTmdb += source.contains(QStringLiteral("TMDB")) ? 1 : 0;
        fromKodi += source.contains(QStringLiteral("Kodi")) ? 1 : 0;
    }
    CHECK(fromTmdb == 6);
    CHECK(fromKodi == 1);
    CHECK(f.window.messageBar()->isVisible());
    CHECK(f.window.messageBar()->text().contains(QStringLiteral("2 sources")));
    f.window.setEditing(true);
    CHECK_FALSE(f.window.synopsisPane()->isEditable());
    CHECK(f.window.synopsisPane()->editor()->isReadOnly());

    f.click(f.node(fogBell, QStringLiteral("Kodi"), true));
    CHECK(f.rows()->rowCount() == 1);
    CHECK(f.shownFile() == QStringLiteral("Harbour Lights - S01E01.nfo"));
    CHECK(f.window.synopsisPane()->editor()->toPlainText().startsWith(QStringLiteral("Fog rolls into Porthaven")));

    f.click(f.node(fogBell, QStringLiteral("TMDB"), true));
    CHECK(f.rows()->rowCount() == 6);
    CHECK(f.shownFile() == QStringLiteral("Harbour Lights - S01E01.json"));
    CHECK_FALSE(f.cell(0, LanguageListModel::Column::Origin).contains(QStringLiteral("TMDB"))); // one source: no need to say which
    const bool saysMerged = f.window.messageBar()->isVisible() && f.window.messageBar()->text().contains(QStringLiteral("2 sources"));
    CHECK_FALSE(saysMerged);
    f.window.setEditing(true);
    CHECK(f.window.synopsisPane()->isEditable());
    CHECK_FALSE(f.window.synopsisPane()->editor()->isReadOnly());
}

TEST_CASE("editing a JSON synopsis of one source saves only that string and leaves the other files alone")
{
    const QMap<QString, QByteArray> original = filesUnder(seriesFolder);
    REQUIRE(original.size() == 8);
    const QString file = QStringLiteral("Season 01/Harbour Lights - S01E01.json");
    const QByteArray before = original.value(file);
    // The end of the de-DE synopsis, closing quote included: it appears once in the file.
    const QByteArray oldToken = "spricht vorschnell von einem Unfall.\"";
    REQUIRE(before.count(oldToken) == 1);

    CollectionFixture f;
    const QString folder = copyInto(f.scratch, QStringLiteral("Harbour Lights"), original);
    REQUIRE(f.open({ folder }));
    f.click(f.node(f.fogBell(), QStringLiteral("TMDB"), true));
    REQUIRE(f.shownFile() == QStringLiteral("Harbour Lights - S01E01.json"));
    const int de = f.rowOf(QStringLiteral("de-DE"));
    REQUIRE(de >= 0);
    f.window.languageView()->setCurrentSourceRow(de);
    REQUIRE(f.window.synopsisPane()->editor()->toPlainText().startsWith(QStringLiteral("In einer nebligen Nacht")));

    f.window.setEditing(true);
    REQUIRE(f.window.synopsisPane()->isEditable());
    SynopsisEditor *editor = f.window.synopsisPane()->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" Er sagt: \"Nebel\" \\ Ende."));
    CHECK(f.rows()->translation(de).text.endsWith(QStringLiteral("von einem Unfall. Er sagt: \"Nebel\" \\ Ende.")));
    CHECK(f.window.hasUnsavedEdits());

    REQUIRE(f.window.save());
    CHECK_FALSE(f.window.hasUnsavedEdits());
    const QByteArray newToken = "spricht vorschnell von einem Unfall. Er sagt: \\\"Nebel\\\" \\\\ Ende.\"";
    CHECK(test::bytesOf(folder + u'/' + file) == QByteArray(before).replace(oldToken, newToken));
    for (auto it = original.cbegin(); it != original.cend(); ++it) {
        if (it.key() == file)
            continue;
        INFO(it.key().toStdString());
        CHECK(test::bytesOf(folder + u'/' + it.key()) == it.value());
    }
}

TEST_CASE("search finds a name in every synopsis and a hit shows its source with the match selected")
{
    CollectionFixture f;
    REQUIRE(f.open({ seriesFolder }));
    SearchPanel *search = f.window.searchPanel();
    QTest::keyClick(&f.window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier); // Find in All Synopses
    REQUIRE(search->isVisible());
    CHECK(search->field()->hasFocus());
    QTest::keyClicks(search->field(), QStringLiteral("Ferrante"));
    REQUIRE(QTest::qWaitFor(
        [&] {
            return !search->hits().isEmpty();
        },
        5000)); // after the typing delay
    CHECK(search->hits().size() > 1);
    CHECK(search->results()->count() == search->hits().size());
    for (const SearchHit &hit : search->hits()) {
        INFO(hit.context.toStdString());
        CHECK(hit.context.contains(QStringLiteral("Ferrante"), Qt::CaseInsensitive));
    }

    // A hit in a synopsis (not a title) of another episode, not in the first row.
    const EpisodeRef shown = f.treeModel()->sources(f.tree()->currentIndex()).value(0);
    REQUIRE(shown.library >= 0);
    int chosen = -1;
    for (int i = 0; i < search->hits().size() && chosen < 0; ++i) {
        const SearchHit &hit = search->hits().at(i);
        const Episode &episode = f.window.collection().episode(hit.ref);
        const Episode &current = f.window.collection().episode(shown);
        if (!hit.inTitle && hit.row > 0 && (episode.season != current.season || episode.number != current.number))
            chosen = i;
    }
    REQUIRE(chosen >= 0);
    const SearchHit hit = search->hits().at(chosen);
    search->results()->setCurrentRow(chosen);
    search->results()->setFocus();
    QTest::keyClick(search->results(), Qt::Key_Return);

    CHECK(f.window.library().sourcePath == f.window.collection().libraries.at(hit.ref.library).sourcePath);
    CHECK(f.treeModel()->sources(f.tree()->currentIndex()) == QList<EpisodeRef> { hit.ref });
    CHECK(f.window.languageView()->currentSourceRow() == hit.row);
    const QTextCursor cursor = f.window.synopsisPane()->editor()->textCursor();
    CHECK(cursor.hasSelection());
    CHECK(cursor.selectedText().compare(QStringLiteral("Ferrante"), Qt::CaseInsensitive) == 0);

    // Accents do not matter: "kovac" finds "Kovač", and Return shows the first hit selected.
    search->field()->setFocus();
    search->field()->clear();
    QTest::keyClicks(search->field(), QStringLiteral("kovac"));
    QTest::keyClick(search->field(), Qt::Key_Return);
    REQUIRE(search->hits().size() > 1);
    for (const SearchHit &kovac : search->hits()) {
        INFO(kovac.context.toStdString());
        CHECK(kovac.context.contains(QStringLiteral("Kovač"), Qt::CaseInsensitive));
    }
    const SearchHit first = search->hits().constFirst();
    CHECK(f.window.library().sourcePath == f.window.collection().libraries.at(first.ref.library).sourcePath);
    CHECK(f.window.languageView()->currentSourceRow() == first.row);
    CHECK(f.window.synopsisPane()->editor()->textCursor().selectedText() == QStringLiteral("Kovač"));
}

TEST_CASE("Cancel stops opening a large folder and keeps the first episode shown")
{
    constexpr int fileCount = 400;
    CollectionFixture f;
    const QByteArray fixture = test::bytesOf(test::dataFile(QStringLiteral("metadata/tmdb-episode-translations.json")));
    QDir().mkpath(f.scratch.path(QStringLiteral("Show/Season 01")));
    for (int i = 1; i <= fileCount; ++i)
        f.scratch.write(QStringLiteral("Show/Season 01/Show - S01E%1.json").arg(i, 3, 10, QLatin1Char('0')), fixture);

    QSignalSpy shown(&f.window, &MainWindow::libraryShown);
    QObject::connect(&f.window, &MainWindow::libraryShown, &f.window, [&] {
        if (shown.size() <= 1) // QSignalSpy was connected first: it already counts this one
            f.window.cancelLoading();
    });
    REQUIRE(f.open({ f.scratch.path(QStringLiteral("Show")) }));

    REQUIRE(shown.size() == 1);
    const qsizetype loaded = f.window.collection().libraries.size();
    CHECK(loaded >= 1);
    if (loaded < fileCount) {
        // A summary is only shown for more than one file (nothing says a lone file was a cut-short load).
        if (loaded > 1)
            CHECK(f.window.statusBar()->currentMessage().contains(QStringLiteral("stopped before the end")));
    } else {
        WARN("every file had loaded before Cancel: nothing was left to cancel on this machine");
    }
    CHECK(f.window.collection().problems.isEmpty());
    CHECK(f.shownFile() == QStringLiteral("Show - S01E001.json"));
    CHECK(f.rows()->rowCount() == 14);
    CHECK(f.window.synopsisPane()->editor()->toPlainText() == f.rows()->translation(0).text);
    CHECK(f.treeModel()->sources(f.tree()->currentIndex()) == QList<EpisodeRef> { EpisodeRef { 0, 0 } });
    CHECK(f.tree()->isVisible() == (loaded > 1));
}

TEST_CASE("language preferences fill an empty synopsis from the next language and mark it borrowed")
{
    CollectionFixture f;
    REQUIRE(f.open({ test::dataFile(QStringLiteral("metadata/tvdb-episode-extended.json")) }));
    int fr = f.rowOf(QStringLiteral("fr"));
    const int en = f.rowOf(QStringLiteral("en"));
    REQUIRE(fr >= 0);
    REQUIRE(en >= 0);
    REQUIRE(f.rows()->translation(fr).title == QStringLiteral("Marée basse"));
    REQUIRE(f.rows()->translation(fr).text.isEmpty());
    const QString english = f.rows()->translation(en).text;
    REQUIRE(!english.isEmpty());

    f.window.setLanguagePreferences({ QStringLiteral("fr"), QStringLiteral("en") });
    fr = f.rowOf(QStringLiteral("fr"));
    REQUIRE(fr >= 0);
    CHECK(f.rows()->translation(fr).text == english);
    CHECK(QualityFlags::fromInt(f.rows()->index(fr, 0).data(LanguageListModel::QualityRole).toInt()).testFlag(QualityFlag::Fallback));
    f.window.languageView()->setCurrentSourceRow(fr);
    CHECK(f.window.synopsisPane()->editor()->toPlainText() == english);
    CHECK(f.window.synopsisPane()->notice().contains(QStringLiteral("borrowed from en")));
    f.window.setEditing(true);
    CHECK_FALSE(f.window.synopsisPane()->isEditable());
    CHECK(f.window.synopsisPane()->editor()->isReadOnly());

    f.window.setLanguagePreferences({});
    fr = f.rowOf(QStringLiteral("fr"));
    REQUIRE(fr >= 0);
    CHECK(f.rows()->translation(fr).text.isEmpty());
    CHECK_FALSE(QualityFlags::fromInt(f.rows()->index(fr, 0).data(LanguageListModel::QualityRole).toInt()).testFlag(QualityFlag::Fallback));
    f.window.languageView()->setCurrentSourceRow(fr);
    CHECK(f.window.synopsisPane()->editor()->toPlainText().isEmpty());
    CHECK_FALSE(f.window.synopsisPane()->notice().contains(QStringLiteral("borrowed")));
}

TEST_CASE("the Checks column names a placeholder title and a missing synopsis")
{
    CollectionFixture f;
    REQUIRE(f.open({ test::dataFile(QStringLiteral("metadata/tmdb-episode-translations.json")) }));
    const int ro = f.rowOf(QStringLiteral("ro-RO"));
    const int fi = f.rowOf(QStringLiteral("fi-FI"));
    const int en = f.rowOf(QStringLiteral("en-US"));
    REQUIRE(ro >= 0);
    REQUIRE(fi >= 0);
    REQUIRE(en >= 0);
    CHECK(f.cell(ro, LanguageListModel::Column::Checks).contains(QStringLiteral("placeholder")));
    CHECK(f.cell(fi, LanguageListModel::Column::Checks).contains(QStringLiteral("no synopsis")));
    CHECK(f.cell(en, LanguageListModel::Column::Checks).isEmpty());
}

TEST_CASE("a single file opens without the tree")
{
    CollectionFixture f;
    const QString file = test::dataFile(QStringLiteral("series/Harbour Lights/Season 01/Harbour Lights - S01E02.json"));
    REQUIRE(f.open({ file }));
    CHECK_FALSE(f.tree()->isVisible());
    CHECK(f.window.collection().libraries.size() == 1);
    CHECK(f.rows()->rowCount() == 6);
    CHECK(f.window.problemsList()->count() == 0);

    // After a folder, a single file hides the tree again.
    REQUIRE(f.open({ seriesFolder }));
    REQUIRE(f.tree()->isVisible());
    REQUIRE(f.open({ file }));
    CHECK_FALSE(f.tree()->isVisible());
    CHECK(f.window.collection().libraries.size() == 1);
    CHECK(f.shownFile() == QStringLiteral("Harbour Lights - S01E02.json"));
}
