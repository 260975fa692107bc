// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/loaderror.h"
#include "model/collection.h"
#include "settings/usersettings.h"

#include <QMainWindow>

#include <functional>

class QAction;
class QDockWidget;
class QListWidget;
class QProgressBar;
class QToolButton;
class QTreeView;
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
class CollectionLoadTask;
class SearchPanel;
class SeriesTreeModel;
class MessageBar;
class PersonalDictionary;
class RecentFiles;
class SpellEngine;
class SpellingController;
class SynopsisPane;
class CompareView;
class OverviewView;

/// Episcope's main window: the series tree and the language list beside the synopsis pane, the
/// menus, opening files and folders (dialog, command line, drag and drop, recent files),
/// spell-checking, search, editing and saving. Files load on a worker thread, the first ones
/// shown while the rest load; a file that fails to load leaves what is shown untouched and
/// explains itself in the message bar (or, among many, in the Problems panel). Edits are saved with LibraryWriter: only the edited
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
    /// Starts loading files and folders (recursively) in the background; the first episode is
    /// shown as soon as it loads.
    void openPaths(const QStringList &paths);
    /// Stops a load in progress after the file being read; what loaded stays.
    void cancelLoading();
    [[nodiscard]] bool isLoading() const;
    /// Shows the synopses of @p refs: one source (editable) or several of one episode (read-only, to compare).
    void showSources(const QList<EpisodeRef> &refs);
    /// The user's ordered language preferences, used to fill gaps (see LanguageFallback).
    void setLanguagePreferences(const QStringList &tags);
    /// Applies and keeps @p settings: preferred languages (order and fallback), spell-checking and
    /// dictionaries, the synopsis font and zoom. The interface language waits for a restart.
    void applyUserSettings(const UserSettings &settings);
    [[nodiscard]] const UserSettings &userSettings() const;
    /// Sets the language of @p row of the source shown to @p tag by the user's word, kept in the
    /// settings for this file and row; an empty @p tag forgets the choice.
    void setLanguageChoice(int row, const QString &tag);
    void copySynopsis();
    /// Saves edits in place (Save As for the bundled sample). True when saved.
    bool save();
    /// Saves to @p path (asks for one when empty). True when saved.
    bool saveAs(const QString &path = {});
    void setEditing(bool editing);
    void setPrompts(Prompts prompts);

    [[nodiscard]] const Library &library() const;
    [[nodiscard]] const Collection &collection() const;
    [[nodiscard]] SeriesTreeModel *seriesModel() const;
    [[nodiscard]] QTreeView *seriesView() const;
    [[nodiscard]] QListWidget *problemsList() const;
    [[nodiscard]] SearchPanel *searchPanel() const;
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
    /// A load started by openPaths() is over; everything it found is in collection().
    void loadFinished();
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

    void setupDocks();
    void collectionLoaded(const Collection &delta);
    void collectionFinished(bool cancelled);
    void adoptCollection(Collection collection);
    void refreshTree();
    void refreshProblems();
    void showTreeSelection();
    void showLoadError(const LoadError &error);
    void reloadCurrentSource();
    void showSearchHit(const EpisodeRef &ref, int row, qsizetype offset, qsizetype length);
    void chooseFolder();
    void exportLibrary();
    void exportNfo();
    // mainwindow_settings.cpp
    /// Opens the Settings dialog on @p page (a SettingsDialog::Page) and applies what is accepted.
    void editSettings(int page);
    void zoom(int steps);
    void applyTextFont();
    // mainwindow_languages.cpp
    void chooseLanguage(int row);
    void applyLanguageChoices(Library &library) const;
    /// The shown source's episode with the edits made in the list, borrowed text left out.
    [[nodiscard]] Episode editedEpisode() const;
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
    CollectionLoadTask *m_loadTask;
    SpellingController *m_spelling;
    QFileSystemWatcher *m_watcher;
    QTimer *m_recountTimer;
    Collection m_collection; ///< everything open
    Collection m_pending; ///< a load's first results, until something in it can be shown
    bool m_pendingAdopted = false;
    QStringList m_loadingPaths;
    QList<EpisodeRef> m_shownRefs;
    QStringList m_preferences;
    UserSettings m_userSettings;
    Library m_library; ///< the library of the source shown (a copy; saved back into m_collection)
    qsizetype m_episodeIndex = 0; ///< which of m_library's episodes is shown
    bool m_merged = false; ///< several sources of one episode are shown together, read-only
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
    SeriesTreeModel *m_seriesModel = nullptr;
    QTreeView *m_tree = nullptr;
    QSplitter *m_sideSplitter = nullptr;
    QTimer *m_treeRefreshTimer = nullptr;
    QDockWidget *m_problemsDock = nullptr;
    QListWidget *m_problems = nullptr;
    QDockWidget *m_searchDock = nullptr;
    SearchPanel *m_search = nullptr;
    QProgressBar *m_progress = nullptr;
    QToolButton *m_cancelButton = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_openFolderAction = nullptr;
    QAction *m_searchAction = nullptr;
    QAction *m_exportLibraryAction = nullptr;
    QAction *m_exportNfoAction = nullptr;
    QAction *m_preferencesAction = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_zoomInAction = nullptr;
    QAction *m_zoomOutAction = nullptr;
    QAction *m_zoomResetAction = nullptr;
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
