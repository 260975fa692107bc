// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/loaderror.h"
#include "model/library.h"

#include <QMainWindow>

class QAction;
class QLabel;
class QMenu;
class QSettings;
class QSplitter;

namespace episcope
{

class LanguageListModel;
class LanguageListView;
class LibraryLoadTask;
class MessageBar;
class RecentFiles;
class SynopsisPane;

/// Episcope's main window: the language list beside the synopsis pane, the menus, and file
/// opening (dialog, command line, drag and drop, recent files). Files load on a worker thread;
/// a file that fails to load leaves what is shown untouched and explains itself in the message bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// @p settings (not owned, must outlive the window) keeps geometry and recent files.
    explicit MainWindow(QSettings *settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Starts loading @p path in the background; libraryShown or loadFailed follows.
    void openFile(const QString &path);
    void copySynopsis();

    [[nodiscard]] const Library &library() const;
    [[nodiscard]] LanguageListModel *languageModel() const;
    [[nodiscard]] LanguageListView *languageView() const;
    [[nodiscard]] SynopsisPane *synopsisPane() const;
    [[nodiscard]] MessageBar *messageBar() const;

Q_SIGNALS:
    void libraryShown(const QString &path);
    void loadFailed(const QString &message);

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void setupCentralWidget();
    void setupActions();
    void setupMenus();
    void restoreWindowState();
    void saveWindowState();

    void showLibrary(const Library &library);
    void showLoadError(const LoadError &error);
    void showTranslation(int sourceRow);
    void chooseFile();
    void rebuildRecentMenu();
    void showAbout();

    QSettings *m_settings;
    std::unique_ptr<RecentFiles> m_recentFiles;
    LibraryLoadTask *m_loadTask;
    Library m_library;

    LanguageListModel *m_model;
    LanguageListView *m_list = nullptr;
    SynopsisPane *m_pane = nullptr;
    MessageBar *m_messageBar = nullptr;
    QSplitter *m_splitter = nullptr;
    QLabel *m_statusLabel = nullptr;

    QAction *m_openAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_copyAction = nullptr;
    QAction *m_nextAction = nullptr;
    QAction *m_previousAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QMenu *m_recentMenu = nullptr;
};

} // namespace episcope
