// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: actions, menus, recent files and the commands behind them.
#include "mainwindow.h"

#include "compareview.h"
#include "export/synopsisexporter.h"
#include "language/languagetag.h"
#include "languagelistview.h"
#include "messagebar.h"
#include "model/languagelistmodel.h"
#include "overviewview.h"
#include "searchpanel.h"
#include "settings/recentfiles.h"
#include "settingsdialog.h"
#include "shortcutsdialog.h"
#include "spelling/spellengine.h"
#include "spellingcontroller.h"
#include "synopsiseditor.h"
#include "synopsispane.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>

namespace episcope
{

void MainWindow::setupActions()
{
    m_openAction = new QAction(QIcon::fromTheme(QStringLiteral("document-open")), tr("&Open…"), this);
    m_openAction->setShortcut(QKeySequence::Open);
    m_openAction->setStatusTip(tr("Open files of synopses: plain text, TMDB, TheTVDB or Trakt JSON, Kodi NFO"));
    connect(m_openAction, &QAction::triggered, this, &MainWindow::chooseFile);

    m_openFolderAction = new QAction(QIcon::fromTheme(QStringLiteral("folder-open")), tr("Open &Folder…"), this);
    m_openFolderAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    m_openFolderAction->setStatusTip(tr("Open every synopsis file in a folder and its subfolders, as a series tree"));
    connect(m_openFolderAction, &QAction::triggered, this, &MainWindow::chooseFolder);

    m_exportLibraryAction = new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Everything…"), this);
    m_exportLibraryAction->setStatusTip(tr("Write every synopsis of everything open to one CSV or JSON file"));
    connect(m_exportLibraryAction, &QAction::triggered, this, &MainWindow::exportLibrary);

    m_exportNfoAction = new QAction(tr("Export Episode as &NFO per Language…"), this);
    m_exportNfoAction->setStatusTip(tr("Write one Kodi NFO file for each language of the episode shown"));
    connect(m_exportNfoAction, &QAction::triggered, this, &MainWindow::exportNfo);

    m_searchAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-find")), tr("&Find in All Synopses…"), this);
    m_searchAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    m_searchAction->setStatusTip(tr("Search every title and synopsis of every language"));
    connect(m_searchAction, &QAction::triggered, this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_search->focusField();
    });

    m_preferencesAction = new QAction(QIcon::fromTheme(QStringLiteral("preferences-desktop-locale")), tr("Preferred &Languages…"), this);
    m_preferencesAction->setStatusTip(tr("The languages you want, in order: a missing title or synopsis is borrowed from the next one"));
    connect(m_preferencesAction, &QAction::triggered, this, [this] {
        editSettings(int(SettingsDialog::Page::Languages));
    });

    m_settingsAction = new QAction(QIcon::fromTheme(QStringLiteral("configure")), tr("&Configure Episcope…"), this);
    m_settingsAction->setShortcuts({ QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma) });
    m_settingsAction->setMenuRole(QAction::PreferencesRole);
    m_settingsAction->setStatusTip(tr("Interface language, preferred languages, spell-checking and fonts"));
    connect(m_settingsAction, &QAction::triggered, this, [this] {
        editSettings(int(SettingsDialog::Page::General));
    });

    m_zoomInAction = new QAction(QIcon::fromTheme(QStringLiteral("zoom-in")), tr("Zoom &In"), this);
    m_zoomInAction->setShortcuts(QKeySequence::ZoomIn);
    m_zoomInAction->setStatusTip(tr("Make the synopses larger"));
    connect(m_zoomInAction, &QAction::triggered, this, [this] {
        zoom(1);
    });
    m_zoomOutAction = new QAction(QIcon::fromTheme(QStringLiteral("zoom-out")), tr("Zoom O&ut"), this);
    m_zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
    m_zoomOutAction->setStatusTip(tr("Make the synopses smaller"));
    connect(m_zoomOutAction, &QAction::triggered, this, [this] {
        zoom(-1);
    });
    m_zoomResetAction = new QAction(QIcon::fromTheme(QStringLiteral("zoom-original")), tr("Reset &Zoom"), this);
    m_zoomResetAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    connect(m_zoomResetAction, &QAction::triggered, this, [this] {
        zoom(0);
    });

    m_saveAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save")), tr("&Save"), this);
    m_saveAction->setShortcut(QKeySequence::Save);
    m_saveAction->setStatusTip(tr("Save the edited synopses; only they change in the file"));
    connect(m_saveAction, &QAction::triggered, this, [this] {
        save();
    });

    m_saveAsAction = new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Save &As…"), this);
    m_saveAsAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveAsAction, &QAction::triggered, this, [this] {
        saveAs();
    });

    m_quitAction = new QAction(QIcon::fromTheme(QStringLiteral("application-exit")), tr("&Quit"), this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_editAction = new QAction(QIcon::fromTheme(QStringLiteral("document-edit")), tr("&Edit Synopsis"), this);
    m_editAction->setCheckable(true);
    m_editAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_editAction->setStatusTip(tr("Edit the synopsis shown (off: read only)"));
    connect(m_editAction, &QAction::toggled, this, &MainWindow::setEditing);

    m_undoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this);
    m_undoAction->setShortcut(QKeySequence::Undo);
    connect(m_undoAction, &QAction::triggered, this, [this] {
        m_pane->editor()->undo();
    });
    m_redoAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), this);
    m_redoAction->setShortcut(QKeySequence::Redo);
    connect(m_redoAction, &QAction::triggered, this, [this] {
        m_pane->editor()->redo();
    });
    connect(m_pane->editor(), &QTextEdit::undoAvailable, this, &MainWindow::updateActions);
    connect(m_pane->editor(), &QTextEdit::redoAvailable, this, &MainWindow::updateActions);

    m_copyAction = new QAction(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy &Synopsis"), this);
    m_copyAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_copyAction->setStatusTip(tr("Copy the whole synopsis, as plain text and as HTML that keeps its language"));
    connect(m_copyAction, &QAction::triggered, this, &MainWindow::copySynopsis);

    m_nextAction = new QAction(QIcon::fromTheme(QStringLiteral("go-down")), tr("&Next Language"), this);
    m_nextAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageDown));
    connect(m_nextAction, &QAction::triggered, this, [this] {
        m_list->moveCurrent(1);
    });

    m_previousAction = new QAction(QIcon::fromTheme(QStringLiteral("go-up")), tr("&Previous Language"), this);
    m_previousAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_PageUp));
    connect(m_previousAction, &QAction::triggered, this, [this] {
        m_list->moveCurrent(-1);
    });

    m_readViewAction = new QAction(tr("&Read"), this);
    m_readViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_readViewAction, &QAction::triggered, this, [this] {
        m_views->setCurrentWidget(m_splitter);
    });
    m_compareViewAction = new QAction(QIcon::fromTheme(QStringLiteral("view-split-left-right")), tr("&Compare Side by Side"), this);
    m_compareViewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    m_compareViewAction->setStatusTip(tr("Compare the current language with another, sentence by sentence"));
    connect(m_compareViewAction, &QAction::triggered, this, [this] {
        m_views->setCurrentWidget(m_compare);
    });

    m_overviewAction = new QAction(QIcon::fromTheme(QStringLiteral("view-grid")), tr("&Overview of All Languages"), this);
    m_overviewAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    connect(m_overviewAction, &QAction::triggered, this, [this] {
        m_views->setCurrentWidget(m_overview);
    });

    m_aboutAction = new QAction(QIcon::fromTheme(QStringLiteral("help-about")), tr("&About Episcope"), this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    // Window-wide shortcuts, so they work from the list and from the pane alike.
    for (QAction *action : { m_openAction, m_openFolderAction, m_searchAction, m_saveAction, m_saveAsAction, m_quitAction, m_editAction, m_copyAction,
                             m_nextAction, m_previousAction, m_readViewAction, m_compareViewAction, m_overviewAction, m_settingsAction, m_zoomInAction,
                             m_zoomOutAction, m_zoomResetAction })
        addAction(action);
}

void MainWindow::setupMenus()
{
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    fileMenu->addAction(m_openAction);
    fileMenu->addAction(m_openFolderAction);
    m_recentMenu = fileMenu->addMenu(QIcon::fromTheme(QStringLiteral("document-open-recent")), tr("Open &Recent"));
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::rebuildRecentMenu);
    fileMenu->addSeparator();
    fileMenu->addAction(m_saveAction);
    fileMenu->addAction(m_saveAsAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_exportLibraryAction);
    fileMenu->addAction(m_exportNfoAction);
    fileMenu->addSeparator();
    fileMenu->addAction(m_quitAction);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    editMenu->addAction(m_undoAction);
    editMenu->addAction(m_redoAction);
    editMenu->addSeparator();
    editMenu->addAction(m_copyAction);
    editMenu->addAction(m_searchAction);
    editMenu->addSeparator();
    editMenu->addAction(m_editAction);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    viewMenu->addAction(m_previousAction);
    viewMenu->addAction(m_nextAction);
    viewMenu->addSeparator();
    viewMenu->addAction(m_readViewAction);
    viewMenu->addAction(m_compareViewAction);
    viewMenu->addAction(m_overviewAction);
    viewMenu->addAction(m_compare->swapAction());
    viewMenu->addSeparator();
    viewMenu->addAction(m_problemsDock->toggleViewAction());
    viewMenu->addAction(m_searchDock->toggleViewAction());
    viewMenu->addSeparator();
    viewMenu->addAction(m_zoomInAction);
    viewMenu->addAction(m_zoomOutAction);
    viewMenu->addAction(m_zoomResetAction);

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    settingsMenu->addAction(m_preferencesAction);
    settingsMenu->addSeparator();
    settingsMenu->addAction(m_settingsAction);

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts = helpMenu->addAction(QIcon::fromTheme(QStringLiteral("configure-shortcuts")), tr("&Keyboard Shortcuts"));
    shortcuts->setStatusTip(tr("Every keyboard shortcut of Episcope"));
    connect(shortcuts, &QAction::triggered, this, [this] {
        ShortcutsDialog dialog(this, this);
        dialog.exec();
    });
    helpMenu->addSeparator();
    helpMenu->addAction(m_aboutAction);
}

void MainWindow::updateActions()
{
    if (!m_saveAction)
        return;
    const bool editable = m_pane->isEditable() && m_pane->canEdit();
    const bool writable = !m_library.readOnly && !m_merged;
    m_saveAction->setEnabled(m_edited && writable);
    m_saveAsAction->setEnabled(writable && !m_library.episodes.isEmpty());
    m_editAction->setEnabled(writable && m_pane->currentRow() >= 0);
    m_exportLibraryAction->setEnabled(!m_collection.libraries.isEmpty());
    m_exportNfoAction->setEnabled(m_model->rowCount() > 0);
    m_undoAction->setEnabled(editable && m_pane->editor()->document()->isUndoAvailable());
    m_redoAction->setEnabled(editable && m_pane->editor()->document()->isRedoAvailable());
    m_copyAction->setEnabled(m_pane->currentRow() >= 0);
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList paths = m_recentFiles->paths();
    int number = 0;
    for (const QString &path : paths) {
        ++number;
        QString label = QFileInfo(path).fileName();
        label.replace(u'&', QStringLiteral("&&"));
        QAction *action = m_recentMenu->addAction(number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(label) : label);
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        connect(action, &QAction::triggered, this, [this, path] {
            openFile(path);
        });
    }
    if (paths.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
        m_recentFiles->clear();
    });
}

void MainWindow::chooseFile()
{
    const QString lastFolder = m_settings->value(QStringLiteral("lastFolder"), QDir::homePath()).toString();
    const QStringList paths =
        QFileDialog::getOpenFileNames(this, tr("Open Synopses"), lastFolder, tr("Synopses and metadata (*.txt *.json *.nfo *.xml);;All files (*)"));
    if (paths.isEmpty())
        return;
    m_settings->setValue(QStringLiteral("lastFolder"), QFileInfo(paths.constFirst()).absolutePath());
    openPaths(paths);
}

void MainWindow::chooseFolder()
{
    const QString lastFolder = m_settings->value(QStringLiteral("lastFolder"), QDir::homePath()).toString();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Open Folder of Synopses"), lastFolder);
    if (folder.isEmpty())
        return;
    m_settings->setValue(QStringLiteral("lastFolder"), folder);
    openPaths({ folder });
}

void MainWindow::copySynopsis()
{
    const int row = m_list->currentSourceRow();
    if (row < 0) {
        statusBar()->showMessage(tr("Select a language first"), 3000);
        return;
    }
    const Translation &translation = m_model->translation(row);
    QGuiApplication::clipboard()->setMimeData(SynopsisExporter(translation).mimeData());
    statusBar()->showMessage(tr("Copied the %1 synopsis").arg(m_model->languageInfo(row).displayName), 3000);
}

void MainWindow::showAbout()
{
    QMessageBox box(this);
    box.setWindowTitle(tr("About Episcope"));
    box.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    box.setTextFormat(Qt::PlainText);
    box.setText(tr("Episcope %1").arg(QApplication::applicationVersion()));
    box.setInformativeText(tr("Read, check and compare TV episode synopses in many languages.\n\n"
                              "Language identification: CLD2.\nSpell-checking: %1.\nBuilt with Qt %2.")
                               .arg(m_spelling->engine()->name(), QString::fromLatin1(qVersion())));
    box.exec();
}

} // namespace episcope
