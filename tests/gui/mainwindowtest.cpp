// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"
#include "testfiles.h"
#include "windowfixture.h"

#include "compareview.h"
#include "io/libraryloader.h"
#include "languagelistview.h"
#include "mainwindow.h"
#include "messagebar.h"
#include "model/languagelistmodel.h"
#include "overviewview.h"
#include "similarityheatmap.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellengine.h"
#include "spelling/spellhighlighter.h"
#include "spellingcontroller.h"
#include "synopsiseditor.h"
#include "synopsispane.h"
#include "text/displaytext.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QSettings>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QUrl>

#include <csignal>
#include <sys/resource.h>

using namespace episcope;

namespace
{

using Fixture = test::WindowFixture;

} // namespace

TEST_CASE("the sample opens with its nine languages and the first synopsis shown")
{
    Fixture f;
    CHECK(f.window.languageModel()->rowCount() == 9);
    CHECK(f.window.synopsisPane()->heading() == QStringLiteral("Deutsch — German"));
    CHECK(f.paneText() == f.textOfRow(0));
    CHECK(f.window.synopsisPane()->counts().contains(QStringLiteral("Words: 62")));
}

TEST_CASE("moving through the list with the arrow keys changes the synopsis shown")
{
    Fixture f;
    LanguageListView *list = f.window.languageView();
    list->setFocus();
    for (int i = 0; i < 8; ++i)
        QTest::keyClick(list, Qt::Key_Down);
    CHECK(f.window.synopsisPane()->heading() == QStringLiteral("Ελληνικά — Greek"));
    CHECK(f.paneText() == f.textOfRow(8));
    QTest::keyClick(list, Qt::Key_Up);
    CHECK(f.window.synopsisPane()->heading() == QStringLiteral("Português — Portuguese"));
}

TEST_CASE("a mouse click on a language shows its synopsis")
{
    Fixture f;
    LanguageListView *list = f.window.languageView();
    const QRect rect = list->visualRect(list->model()->index(3, 0));
    QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, rect.center());
    CHECK(f.window.synopsisPane()->heading() == QStringLiteral("Français — French"));
}

TEST_CASE("Ctrl+PgDn and Ctrl+PgUp from the synopsis pane move to the next and previous language")
{
    Fixture f;
    SynopsisEditor *editor = f.window.synopsisPane()->editor();
    editor->setFocus();
    QTest::keyClick(editor, Qt::Key_PageDown, Qt::ControlModifier);
    QTest::keyClick(editor, Qt::Key_PageDown, Qt::ControlModifier);
    CHECK(f.paneText() == f.textOfRow(2));
    QTest::keyClick(editor, Qt::Key_PageUp, Qt::ControlModifier);
    CHECK(f.paneText() == f.textOfRow(1));
}

TEST_CASE("Copy Synopsis puts the whole synopsis on the clipboard as plain text and as HTML with lang and dir")
{
    Fixture f;
    f.window.languageView()->setCurrentSourceRow(8);
    QTest::keyClick(f.window.languageView(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    REQUIRE(data);
    CHECK(data->hasText());
    CHECK(data->hasHtml());
    CHECK(data->text() == f.textOfRow(8));
    CHECK(data->html().startsWith(QStringLiteral("<p lang=\"el\" dir=\"ltr\">Ο Μπιγκ")));
}

TEST_CASE("a synopsis containing markup is shown as those characters and loads nothing")
{
    const QString hostile = QStringLiteral("hello <b>x</b><img src=\"/dev/zero\"> and <a href=\"file:///etc/passwd\">link</a>");
    test::Scratch files;
    Fixture f(files.write(QStringLiteral("markup.txt"), "en\t" + hostile.toUtf8() + '\n'));
    CHECK(f.paneText() == hostile);
    const QTextDocument *document = f.window.synopsisPane()->editor()->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it)
            CHECK_FALSE(it.fragment().charFormat().isImageFormat());
    }
}

TEST_CASE("a file that cannot be opened leaves the view as it was and names the file")
{
    Fixture f;
    f.window.languageView()->setCurrentSourceRow(4);
    const QString before = f.paneText();
    test::Scratch files;
    QDir(files.path(QString())).mkpath(QStringLiteral("no synopses here"));
    files.write(QStringLiteral("no synopses here/poster.jpg"), QByteArray("\xFF\xD8\xFF", 3));
    const QString cases[] = {
        files.path(QStringLiteral("missing.txt")), files.write(QStringLiteral("empty.txt"), QByteArray()),
        files.write(QStringLiteral("binary.bin"),
                    QByteArray("\x7f"
                               "ELF\x02\x01\0\0",
                               8)),
        files.path(QStringLiteral("no synopses here")), // a folder without a single synopsis file
    };
    for (const QString &path : cases) {
        INFO(path.toStdString());
        CHECK_FALSE(f.open(path));
        CHECK(f.paneText() == before);
        CHECK(f.window.languageModel()->rowCount() == 9);
        CHECK(f.window.messageBar()->kind() == MessageBar::Kind::Error);
        CHECK(f.window.messageBar()->text().contains(path));
    }
}

TEST_CASE("invalid UTF-8 opens with a warning naming the line")
{
    test::Scratch files;
    const QString path = files.write(QStringLiteral("latin1.txt"), "Caf\xE9 au lait, une s\xE9rie.\n");
    Fixture f(path);
    CHECK(f.window.library().readOnly);
    CHECK(f.window.messageBar()->kind() == MessageBar::Kind::Warning);
    CHECK(f.window.messageBar()->text().contains(path + QStringLiteral(":1:4:")));
}

TEST_CASE("right-to-left synopses are laid out right to left")
{
    Fixture f(test::dataFile(QStringLiteral("declared-crlf-bom.txt")));
    f.window.languageView()->setCurrentSourceRow(1);
    const QTextDocument *hebrew = f.window.synopsisPane()->editor()->document();
    CHECK(hebrew->defaultTextOption().textDirection() == Qt::RightToLeft);
    CHECK(hebrew->begin().blockFormat().layoutDirection() == Qt::RightToLeft);
    f.window.languageView()->setCurrentSourceRow(3);
    CHECK(f.window.synopsisPane()->editor()->document()->defaultTextOption().textDirection() == Qt::LeftToRight);
}

TEST_CASE("a 20 MB synopsis is shown capped with a notice, and copied whole")
{
    test::Scratch files;
    const QByteArray line = QByteArray("Carrie und Big sitzen in einem Restaurant. ").repeated(20 * 1024 * 1024 / 43);
    Fixture f(files.write(QStringLiteral("long.txt"), line));
    CHECK_FALSE(f.window.synopsisPane()->notice().isEmpty());
    CHECK(f.paneText().size() <= DisplayText::Limit);
    // Counted off the GUI thread: the label says so until the count lands.
    REQUIRE(QTest::qWaitFor(
        [&] {
            return f.window.synopsisPane()->counts().startsWith(QStringLiteral("Words:"));
        },
        30000));
    CHECK(f.window.synopsisPane()->counts()
          == QStringLiteral("Words: %1 · Characters: %2").arg(QLocale().toString(7 * (20 * 1024 * 1024 / 43)), QLocale().toString(line.trimmed().size())));
    f.window.copySynopsis();
    CHECK(QGuiApplication::clipboard()->mimeData()->text().size() == line.trimmed().size());
}

TEST_CASE("dropping a file on the window opens it")
{
    Fixture f;
    QMimeData data;
    data.setUrls({ QUrl::fromLocalFile(test::dataFile(QStringLiteral("declared-crlf-bom.txt"))) });
    QSignalSpy shown(&f.window, &MainWindow::libraryShown);
    const QPoint centre = f.window.rect().center();
    QDragEnterEvent enter(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&f.window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent drop(centre, Qt::CopyAction, &data, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(&f.window, &drop);
    REQUIRE(QTest::qWaitFor(
        [&] {
            return shown.size() == 1;
        },
        10000));
    CHECK(f.window.languageModel()->rowCount() == 4);
}

TEST_CASE("recent files and window geometry are remembered for the next session")
{
    test::Scratch scratch;
    const QString settingsPath = scratch.path(QStringLiteral("settings.ini"));
    const std::unique_ptr<SpellEngine> engine = createSpellEngine();
    PersonalDictionary personal(scratch.path(QStringLiteral("personal")));
    const QString file = test::dataFile(QStringLiteral("declared-crlf-bom.txt"));
    {
        QSettings settings(settingsPath, QSettings::IniFormat);
        MainWindow window(&settings, engine.get(), &personal);
        window.show();
        window.resize(700, 500); // inside the offscreen screen (800×600), so restoring need not clamp it
        QSignalSpy shown(&window, &MainWindow::libraryShown);
        window.openFile(file);
        REQUIRE(QTest::qWaitFor(
            [&] {
                return shown.size() == 1;
            },
            10000));
        window.close();
    }
    QSettings settings(settingsPath, QSettings::IniFormat);
    MainWindow window(&settings, engine.get(), &personal);
    CHECK(window.size() == QSize(700, 500));
    CHECK(settings.value(QStringLiteral("recentFiles")).toStringList().value(0) == QFileInfo(file).absoluteFilePath());
}

TEST_CASE("the language list shows each synopsis's misspelling count once it is counted")
{
    Fixture f;
    LanguageListModel *model = f.window.languageModel();
    const auto countOf = [&](int row) {
        return model->index(row, int(LanguageListModel::Column::Misspellings)).data(LanguageListModel::MisspellingsRole).toInt();
    };
    REQUIRE(QTest::qWaitFor(
        [&] {
            return countOf(0) >= 0;
        },
        60000));
    CHECK(countOf(0) == 1); // Resturant
    CHECK(countOf(5) == 2); // raggiungein, Debbie
    CHECK(countOf(8) == 0); // Greek: every name is shared with another synopsis
    CHECK(model->index(0, int(LanguageListModel::Column::Misspellings)).data().toString() == QStringLiteral("1"));
}

namespace
{

/// A copy of the sample in a scratch folder, opened in a window.
struct EditFixture {
    test::Scratch files;
    QByteArray original = test::bytesOf(LibraryLoader::samplePath());
    QString path = files.write(QStringLiteral("synopses.txt"), original);
    Fixture f { path };
};

} // namespace

TEST_CASE("choosing a suggestion fixes the word, turns editing on, and Save changes only that word in the file")
{
    EditFixture e;
    MainWindow &window = e.f.window;
    SynopsisPane *pane = window.synopsisPane();
    REQUIRE(pane->highlighter());
    const int at = int(e.f.paneText().indexOf(QStringLiteral("Resturant")));
    const std::optional<Misspelling> misspelling = pane->highlighter()->misspellingAt(at + 1);
    REQUIRE(misspelling);
    CHECK(pane->spellingStatus() == QStringLiteral("Misspelled words: 1"));

    Q_EMIT pane->editor()->replacementChosen(*misspelling, QStringLiteral("Restaurant")); // what the context menu does
    CHECK(pane->isEditable());
    CHECK(window.hasUnsavedEdits());
    CHECK(window.isWindowModified());
    CHECK(pane->spellingStatus() == QStringLiteral("No misspellings"));
    CHECK(window.languageModel()->translation(0).text.contains(QStringLiteral("einem Restaurant so")));

    REQUIRE(window.save());
    CHECK_FALSE(window.hasUnsavedEdits());
    CHECK(test::bytesOf(e.path) == QByteArray(e.original).replace("Resturant", "Restaurant"));

    pane->editor()->undo();
    CHECK(window.hasUnsavedEdits());
    CHECK(window.languageModel()->translation(0).text.contains(QStringLiteral("Resturant")));
}

TEST_CASE("typing in edit mode edits the synopsis, and Enter does not split it")
{
    EditFixture e;
    MainWindow &window = e.f.window;
    window.languageView()->setCurrentSourceRow(1);
    window.setEditing(true);
    SynopsisEditor *editor = window.synopsisPane()->editor();
    editor->setFocus();
    editor->moveCursor(QTextCursor::End);
    QTest::keyClicks(editor, QStringLiteral(" Wow"));
    QTest::keyClick(editor, Qt::Key_Return);
    CHECK(window.languageModel()->translation(1).text.endsWith(QStringLiteral("holding hands. Wow")));
    REQUIRE(window.save());
    const QList<QByteArray> lines = test::bytesOf(e.path).split('\n');
    CHECK(lines.at(1).endsWith("holding hands. Wow"));
    CHECK(lines.size() == e.original.split('\n').size());
}

TEST_CASE("a failed save keeps the original file and the edit, and says why")
{
    EditFixture e;
    MainWindow &window = e.f.window;
    window.setEditing(true);
    SynopsisEditor *editor = window.synopsisPane()->editor();
    editor->moveCursor(QTextCursor::End);
    editor->insertPlainText(QString(5000, u'x'));
    REQUIRE(window.hasUnsavedEdits());

    rlimit previous {};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &previous) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    const rlimit small { 2048, previous.rlim_max }; // a full disk, as far as this save can tell
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    const bool saved = window.save();
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, oldHandler);

    CHECK_FALSE(saved);
    CHECK(test::bytesOf(e.path) == e.original);
    CHECK(window.hasUnsavedEdits());
    CHECK(window.languageModel()->translation(0).text.endsWith(QString(5000, u'x')));
    CHECK(window.messageBar()->kind() == MessageBar::Kind::Error);
    CHECK(window.messageBar()->text().contains(QStringLiteral("Not saved")));
    CHECK(window.messageBar()->text().contains(e.path));
}

TEST_CASE("a file changed on disk is not overwritten without asking")
{
    EditFixture e;
    MainWindow &window = e.f.window;
    QStringList asked;
    MainWindow::Choice answer = MainWindow::Choice::Cancel;
    window.setPrompts({ [](const QString &) {
                           return MainWindow::Choice::Cancel;
                       },
                        [&](const QString &message) {
                            asked.append(message);
                            return answer;
                        } });
    window.setEditing(true);
    window.synopsisPane()->editor()->insertPlainText(QStringLiteral("Neu: "));
    const QByteArray theirs = QByteArray(e.original).replace("Big visits", "Big returns to");
    e.files.write(QStringLiteral("synopses.txt"), theirs);
    // The window notices by itself (inotify), before any save.
    CHECK(QTest::qWaitFor(
        [&] {
            return window.messageBar()->text().contains(QStringLiteral("changed on disk"));
        },
        10000));

    CHECK_FALSE(window.save());
    REQUIRE(asked.size() == 1);
    CHECK(asked.constFirst().contains(QStringLiteral("changed on disk")));
    CHECK(test::bytesOf(e.path) == theirs);
    CHECK(window.hasUnsavedEdits());

    answer = MainWindow::Choice::Overwrite;
    REQUIRE(window.save());
    CHECK(test::bytesOf(e.path) == QByteArray("Neu: ") + e.original);
}

TEST_CASE("opening another file with unsaved edits asks first, and Cancel keeps everything")
{
    EditFixture e;
    MainWindow &window = e.f.window;
    int asked = 0;
    window.setPrompts({ [&](const QString &) {
                           ++asked;
                           return MainWindow::Choice::Cancel;
                       },
                        [](const QString &) {
                            return MainWindow::Choice::Cancel;
                        } });
    window.setEditing(true);
    window.synopsisPane()->editor()->insertPlainText(QStringLiteral("Neu: "));
    window.openFile(test::dataFile(QStringLiteral("declared-crlf-bom.txt")));
    CHECK(asked == 1);
    QTest::qWait(200);
    CHECK(window.languageModel()->rowCount() == 9);
    CHECK(window.hasUnsavedEdits());
    CHECK(window.languageModel()->translation(0).text.startsWith(QStringLiteral("Neu: ")));
}

TEST_CASE("Add to Dictionary stops the underline and is remembered")
{
    Fixture f;
    SynopsisPane *pane = f.window.synopsisPane();
    Q_EMIT pane->editor()->addToDictionaryRequested(QStringLiteral("Resturant"));
    CHECK(pane->spellingStatus() == QStringLiteral("No misspellings"));
    CHECK(pane->highlighter()->misspellings().isEmpty());
    CHECK(test::bytesOf(f.scratch.path(QStringLiteral("personal/de.txt"))) == QByteArray("Resturant\n"));
}

TEST_CASE("a language with no dictionary says what to install")
{
    test::Scratch files;
    Fixture f(files.write(QStringLiteral("ja.txt"), "ja\tキャリーはビッグと再会する。\n"));
    CHECK(f.window.synopsisPane()->spellingStatus() == QStringLiteral("No Japanese dictionary — install hunspell-ja"));
    CHECK(f.window.synopsisPane()->highlighter()->misspellings().isEmpty());
}

TEST_CASE("the dictionary chooser overrides the dictionary of one synopsis, or turns checking off")
{
    Fixture f;
    SynopsisPane *pane = f.window.synopsisPane();
    REQUIRE(pane->highlighter()->misspellings().size() == 1);
    Q_EMIT pane->dictionaryChosen(0, SynopsisPane::noDictionary()); // what choosing "Do not check" does
    CHECK(pane->highlighter()->misspellings().isEmpty());
    CHECK(pane->spellingStatus() == QStringLiteral("Spell-checking is off for this synopsis"));

    Q_EMIT pane->dictionaryChosen(0, QStringLiteral("en_US"));
    CHECK(pane->highlighter()->mostlyUnknown()); // German read with an English dictionary
    CHECK(pane->spellingStatus().startsWith(QStringLiteral("Most words are not in the en_US dictionary")));

    Q_EMIT pane->dictionaryChosen(0, QString());
    CHECK(pane->highlighter()->misspellings().size() == 1);
}

TEST_CASE("clicking a cell of the similarity heat map opens that pair in the compare view")
{
    Fixture f;
    QTabWidget *tabs = f.window.findChild<QTabWidget *>();
    REQUIRE(tabs);
    tabs->setCurrentWidget(f.window.overviewView());
    SimilarityHeatMap *heatMap = f.window.overviewView()->heatMap();
    REQUIRE(f.window.overviewView()->overview().languages.size() == 9);
    Q_EMIT heatMap->pairChosen(8, 1); // what a click on the el × en cell emits (the click itself is tested below)
    CHECK(tabs->currentWidget() == f.window.compareView());
    CHECK(f.window.compareView()->comparison().left.languageTag == QStringLiteral("el"));
    CHECK(f.window.compareView()->comparison().right.languageTag == QStringLiteral("en"));
}

TEST_CASE("the heat map turns a click and the keyboard into the pair under them")
{
    Fixture f;
    SimilarityHeatMap *heatMap = f.window.overviewView()->heatMap();
    f.window.overviewView()->setEpisode(f.window.languageModel()->episode(), f.window.spelling()->spelling().names());
    heatMap->resize(heatMap->sizeHint());
    QSignalSpy chosen(heatMap, &SimilarityHeatMap::pairChosen);
    // Header 34 px, cells 44 px: the centre of row 2, column 5.
    QTest::mouseClick(heatMap, Qt::LeftButton, {}, QPoint(34 + 5 * 44 + 22, 34 + 2 * 44 + 22));
    REQUIRE(chosen.size() == 1);
    CHECK(chosen.at(0).at(0).toInt() == 2);
    CHECK(chosen.at(0).at(1).toInt() == 5);
    QTest::keyClick(heatMap, Qt::Key_Down);
    QTest::keyClick(heatMap, Qt::Key_Return);
    REQUIRE(chosen.size() == 2);
    CHECK(chosen.at(1).at(0).toInt() == 3);
    CHECK(chosen.at(1).at(1).toInt() == 5);
}

TEST_CASE("Compare With in the language list opens that pair side by side")
{
    Fixture f;
    Q_EMIT f.window.languageView()->compareRequested(5, 1); // what the context menu's entry emits
    CHECK(f.window.findChild<QTabWidget *>()->currentWidget() == f.window.compareView());
    CHECK(f.window.compareView()->comparison().left.languageTag == QStringLiteral("it"));
    CHECK(f.window.compareView()->comparison().right.languageTag == QStringLiteral("en"));
    CHECK(f.window.compareView()->comparison().namesOnlyLeft.contains(QStringLiteral("Debbie")));
}

TEST_CASE("the compare tab keeps the pair chosen when the user comes back to it")
{
    Fixture f;
    QTabWidget *tabs = f.window.findChild<QTabWidget *>();
    f.window.showComparison(8, 1);
    tabs->setCurrentIndex(0);
    tabs->setCurrentWidget(f.window.compareView());
    CHECK(f.window.compareView()->comparison().left.languageTag == QStringLiteral("el"));
    CHECK(f.window.compareView()->comparison().right.languageTag == QStringLiteral("en"));
}
