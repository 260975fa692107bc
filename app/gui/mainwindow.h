// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/loaderror.h"
#include "model/library.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QFileSystemWatcher;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;
class QTabWidget;
class QTimer;

namespace episcope
{

class LanguageListModel;
class LanguageListView;
class LibraryLoadTask;
class MessageBar;
class PersonalDictionary;
class RecentFiles;
class SpellEngine;
class SpellingController;
class SynopsisPane;
class CompareView;
class OverviewView;

/// Episcope's main window: the language list beside the synopsis pane, the menus, file opening
/// (dialog, command line, drag and drop, recent files), spell-checking, editing and saving.
/// Files load on a worker thread; a file that fails to load leaves what is shown untouched and
/// explains itself in the message bar. Edits are saved with LibraryWriter: only the edited
/// synopses change in the file, and a file changed on disk is never silently overwritten.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// What to do with unsaved edits, or with a file that changed on disk before a save.
    enum class Choice { Save, Discard, Overwrite, SaveAs, Reload, Cancel };
    /// Asks the user; replaceable so tests can answer without a modal dialog. The first asks about
    /// unsaved edits (Save/Discard/Cancel), the second about a file changed on disk
    /// (Overwrite/SaveAs/Reload/Cancel); both get the message to show.
    struct Prompts {
        std::function<Choice(const QString &)> unsavedChanges;
        std::function<Choice(const QString &)> changedOnDisk;
    };

    /// @p settings, @p engine and @p personal are not owned and must outlive the window.
    MainWindow(QSettings *settings, SpellEngine *engine, PersonalDictionary *personal, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts loading @p path in the background (after asking about unsaved edits); libraryShown
    /// or loadFailed follows.
    void openFile(const QString &path);
    void copySynopsis();
    /// Saves edits in place (Save As for the bundled sample). True when saved.
    bool save();
    /// Saves to @p path (asks for one when empty). True when saved.
    bool saveAs(const QString &path = {});
    void setEditing(bool editing);
    void setPrompts(Prompts prompts);

    [[nodiscard]] const Library &library() const;
    [[nodiscard]] bool hasUnsavedEdits() const;
    [[nodiscard]] LanguageListModel *languageModel() const;
    [[nodiscard]] LanguageListView *languageView() const;
    [[nodiscard]] SynopsisPane *synopsisPane() const;
    [[nodiscard]] MessageBar *messageBar() const;
    [[nodiscard]] SpellingController *spelling() const;
    [[nodiscard]] CompareView *compareView() const;
    [[nodiscard]] OverviewView *overviewView() const;
    /// Shows translations @p leftRow and @p rightRow side by side in the Compare tab.
    void showComparison(int leftRow, int rightRow);

Q_SIGNALS:
    void libraryShown(const QString &path);
    void loadFailed(const QString &message);
    void saved(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupCentralWidget();
    void setupActions();
    void setupMenus();
    void setupSpelling();
    void restoreWindowState();
    void saveWindowState();

    void showLibrary(const Library &library);
    void showLoadError(const LoadError &error);
    void showTranslation(int sourceRow);
    void applySpelling(int row);
    void chooseFile();
    void rebuildRecentMenu();
    void showAbout();
    void updateActions();

    // mainwindow_saving.cpp
    bool maybeKeepEdits();
    bool writeTo(const QString &path, bool overwriteChanges);
    void watch(const QString &path);
    void fileChangedOnDisk(const QString &path);
    void markEdited(int row, const QString &text);
    [[nodiscard]] Prompts defaultPrompts();

    QSettings *m_settings;
    std::unique_ptr<RecentFiles> m_recentFiles;
    LibraryLoadTask *m_loadTask;
    SpellingController *m_spelling;
    QFileSystemWatcher *m_watcher;
    QTimer *m_recountTimer;
    Library m_library;
    qsizetype m_episodeIndex = 0; ///< which of m_library's episodes is shown
    bool m_edited = false;
    Prompts m_prompts;

    LanguageListModel *m_model;
    LanguageListView *m_list = nullptr;
    SynopsisPane *m_pane = nullptr;
    MessageBar *m_messageBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_views = nullptr;
    CompareView *m_compare = nullptr;
    OverviewView *m_overview = nullptr;
    QLabel *m_statusLabel = nullptr;
    QLabel *m_spellingLabel = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_saveAction = nullptr;
    QAction *m_saveAsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_editAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_readViewAction = nullptr;
    QAction *m_compareViewAction = nullptr;
    QAction *m_overviewAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace episcope
