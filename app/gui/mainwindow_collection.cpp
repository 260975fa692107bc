// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: opening files and folders in the background, the series tree, the Problems panel,
// search hits and language preferences.
#include "mainwindow.h"

#include "collectionloadtask.h"
#include "compareview.h"
#include "io/libraryloader.h"
#include "languagelistview.h"
#include "messagebar.h"
#include "model/languagefallback.h"
#include "model/languagelistmodel.h"
#include "model/seriestreemodel.h"
#include "searchpanel.h"
#include "settings/recentfiles.h"
#include "spellingcontroller.h"
#include "synopsispane.h"

#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>

namespace episcope
{

void MainWindow::openFile(const QString &path)
{
    openPaths({ path });
}

void MainWindow::openPaths(const QStringList &paths)
{
    if (paths.isEmpty() || !maybeKeepEdits())
        return;
    m_loadingPaths = paths;
    m_pending = {};
    m_pendingAdopted = false;
    statusBar()->showMessage(paths.size() == 1 ? tr("Opening %1…").arg(QDir::toNativeSeparators(paths.constFirst()))
                                               : tr("Opening %n files and folders…", nullptr, int(paths.size())));
    const bool many = paths.size() > 1 || (!paths.constFirst().startsWith(u':') && QFileInfo(paths.constFirst()).isDir());
    m_progress->setRange(0, 0);
    m_progress->setVisible(many);
    m_cancelButton->setVisible(many);
    m_loadTask->start(paths, m_preferences);
}

void MainWindow::cancelLoading()
{
    m_loadTask->cancel();
}

bool MainWindow::isLoading() const
{
    return m_loadTask->isRunning();
}

void MainWindow::collectionLoaded(const Collection &loaded)
{
    Collection delta = loaded;
    for (Library &library : delta.libraries)
        applyLanguageChoices(library);
    if (m_pendingAdopted) {
        m_collection.libraries += delta.libraries;
        m_collection.problems += delta.problems;
        if (!m_treeRefreshTimer->isActive())
            m_treeRefreshTimer->start();
        return;
    }
    // The view shown stays until something of the new load can replace it.
    m_pending.libraries += delta.libraries;
    m_pending.problems += delta.problems;
    if (m_pending.libraries.isEmpty())
        return;
    m_pendingAdopted = true;
    adoptCollection(std::exchange(m_pending, {}));
}

void MainWindow::collectionFinished(bool cancelled)
{
    m_progress->hide();
    m_cancelButton->hide();
    statusBar()->clearMessage();
    if (!m_pendingAdopted) {
        const bool onePath = m_loadingPaths.size() == 1 && m_pending.problems.size() == 1;
        if (onePath) {
            showLoadError(m_pending.problems.constFirst());
        } else {
            m_collection.problems = m_pending.problems;
            refreshProblems();
            const QString message = cancelled
                ? tr("Opening was cancelled before any synopsis loaded")
                : tr("Nothing could be opened from %1; the Problems panel says why").arg(QDir::toNativeSeparators(m_loadingPaths.join(QStringLiteral(", "))));
            m_messageBar->showMessage(MessageBar::Kind::Error, message);
            Q_EMIT loadFailed(message);
        }
        Q_EMIT loadFinished();
        return;
    }
    m_treeRefreshTimer->stop();
    refreshTree();
    refreshProblems();
    if (m_collection.libraries.size() > 1 || !m_collection.problems.isEmpty()) {
        const QLocale locale;
        QString summary = tr("Opened %1 files: %2 episodes, %3 synopses")
                              .arg(locale.toString(m_collection.libraries.size()), locale.toString(m_collection.episodeCount()),
                                   locale.toString(m_collection.translationCount()));
        if (!m_collection.problems.isEmpty())
            summary += QStringLiteral(" · ") + tr("not opened: %1 (see Problems)").arg(locale.toString(m_collection.problems.size()));
        if (cancelled)
            summary += QStringLiteral(" · ") + tr("stopped before the end");
        statusBar()->showMessage(summary, 8000);
    }
    Q_EMIT loadFinished();
}

void MainWindow::adoptCollection(Collection collection)
{
    m_collection = std::move(collection);
    m_edited = false;
    setWindowModified(false);
    for (const QString &path : std::as_const(m_loadingPaths))
        m_recentFiles->add(path);
    refreshTree();
    refreshProblems();
    const QModelIndex first = m_seriesModel->firstWithSources();
    {
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->setCurrentIndex(first);
    }
    m_tree->expandToDepth(1);
    showSources(m_seriesModel->sources(first));
}

void MainWindow::refreshTree()
{
    const QList<EpisodeRef> shown = m_shownRefs;
    {
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_seriesModel->setCollection(m_collection);
        const QModelIndex current = shown.size() == 1 ? m_seriesModel->indexOf(shown.constFirst()) : m_seriesModel->indexOfSources(shown);
        m_tree->expandToDepth(1);
        for (QModelIndex parent = current.parent(); parent.isValid(); parent = parent.parent())
            m_tree->expand(parent);
        m_tree->setCurrentIndex(current);
    }
    m_tree->setVisible(m_seriesModel->sourceCount() > 1);
    m_search->setCollection(&m_collection);
}

void MainWindow::refreshProblems()
{
    m_problems->clear();
    for (const LoadError &problem : std::as_const(m_collection.problems)) {
        auto *item = new QListWidgetItem(tr("Not opened: %1").arg(problem.toString()), m_problems);
        item->setData(Qt::UserRole, problem.path);
    }
    for (const Library &library : std::as_const(m_collection.libraries)) {
        for (const QString &warning : library.warnings) {
            auto *item = new QListWidgetItem(warning, m_problems);
            item->setData(Qt::UserRole, library.sourcePath);
        }
    }
    m_problemsDock->setWindowTitle(m_problems->count() == 0 ? tr("Problems") : tr("Problems (%1)").arg(QLocale().toString(m_problems->count())));
    if ((!m_collection.problems.isEmpty() || (m_collection.libraries.size() > 1 && m_problems->count() > 0)) && m_problemsDock->isHidden()) {
        m_problemsDock->show();
        resizeDocks({ m_problemsDock }, { 110 }, Qt::Vertical);
    }
}

void MainWindow::showTreeSelection()
{
    const QList<EpisodeRef> refs = m_seriesModel->sources(m_tree->currentIndex());
    if (refs.isEmpty() || refs == m_shownRefs)
        return;
    if (!maybeKeepEdits()) {
        const QSignalBlocker blocker(m_tree->selectionModel());
        m_tree->setCurrentIndex(m_shownRefs.size() == 1 ? m_seriesModel->indexOf(m_shownRefs.constFirst()) : m_seriesModel->indexOfSources(m_shownRefs));
        return;
    }
    showSources(refs);
}

void MainWindow::showSources(const QList<EpisodeRef> &refs)
{
    if (refs.isEmpty())
        return;
    statusBar()->clearMessage();
    m_shownRefs = refs;
    m_merged = refs.size() > 1;
    m_library = m_collection.libraries.at(refs.constFirst().library);
    m_episodeIndex = refs.constFirst().episode;
    m_edited = false;
    setWindowModified(false);
    setEditing(false);
    m_pane->reset();
    Episode episode = m_collection.merged(refs);
    if (!m_preferences.isEmpty())
        episode = LanguageFallback::apply(episode, m_preferences);
    m_model->setEpisode(episode);
    m_spelling->setEpisode(episode);
    m_compare->setEpisode(episode, m_spelling->spelling().names(), &m_spelling->spelling());
    m_views->setCurrentWidget(m_splitter);
    watch(m_merged ? QString() : m_library.sourcePath);

    const bool isSample = m_library.sourcePath.startsWith(u':');
    const QString name = isSample ? tr("Sample episode") : QFileInfo(m_library.sourcePath).fileName();
    const QString shownName = m_merged ? tr("%1 (%n sources)", nullptr, int(refs.size())).arg(episode.title.isEmpty() ? name : episode.title) : name;
    setWindowTitle(shownName + QStringLiteral("[*]"));
    m_statusLabel->setText(tr("Synopses: %1").arg(QLocale().toString(episode.translations.size()))
                           + (m_library.readOnly && !m_merged ? QStringLiteral(" · ") + tr("read-only") : QString()));

    if (m_merged)
        m_messageBar->showMessage(
            MessageBar::Kind::Information,
            tr("This episode comes from %n sources, shown together to read and compare. Select one source in the tree to edit it.", nullptr, int(refs.size())));
    else if (!m_library.warnings.isEmpty())
        m_messageBar->showMessage(MessageBar::Kind::Warning, m_library.warnings.join(u'\n'));
    else
        m_messageBar->hide();

    m_list->setCurrentSourceRow(0);
    if (m_model->rowCount() == 0)
        m_pane->clear(tr("This file has no synopsis"));
    updateActions();
    Q_EMIT libraryShown(m_library.sourcePath);
}

void MainWindow::reloadCurrentSource()
{
    if (m_collection.libraries.size() <= 1 || m_shownRefs.isEmpty()) {
        openFile(m_library.sourcePath);
        return;
    }
    const EpisodeRef ref = m_shownRefs.constFirst();
    LibraryLoader loader;
    std::optional<Library> library = loader.load(m_collection.libraries.at(ref.library).sourcePath);
    if (!library) {
        showLoadError(loader.error());
        return;
    }
    applyLanguageChoices(*library);
    m_collection.libraries[ref.library] = std::move(*library);
    m_edited = false;
    refreshTree();
    QList<EpisodeRef> refs;
    for (const EpisodeRef &shown : std::as_const(m_shownRefs)) {
        if (shown.episode < m_collection.libraries.at(shown.library).episodes.size())
            refs.append(shown);
    }
    m_shownRefs.clear();
    showSources(refs.isEmpty() ? QList<EpisodeRef> { EpisodeRef { ref.library, 0 } } : refs);
}

void MainWindow::showSearchHit(const EpisodeRef &ref, int row, qsizetype offset, qsizetype length)
{
    if (ref.library >= m_collection.libraries.size())
        return;
    if (!(m_shownRefs.size() == 1 && m_shownRefs.constFirst() == ref)) {
        if (!maybeKeepEdits())
            return;
        {
            const QSignalBlocker blocker(m_tree->selectionModel());
            m_tree->setCurrentIndex(m_seriesModel->indexOf(ref));
        }
        showSources({ ref });
    }
    m_views->setCurrentWidget(m_splitter);
    m_list->setCurrentSourceRow(row);
    if (length > 0)
        m_pane->select(offset, length);
}

void MainWindow::setLanguagePreferences(const QStringList &tags)
{
    m_preferences = tags;
    m_userSettings.preferredLanguages = tags;
    m_userSettings.save(*m_settings);
    m_list->setPreferredLanguages(tags);
    if (!m_shownRefs.isEmpty() && maybeKeepEdits()) {
        const QList<EpisodeRef> refs = std::exchange(m_shownRefs, {});
        showSources(refs);
    }
}

const Collection &MainWindow::collection() const
{
    return m_collection;
}

SeriesTreeModel *MainWindow::seriesModel() const
{
    return m_seriesModel;
}

QTreeView *MainWindow::seriesView() const
{
    return m_tree;
}

QListWidget *MainWindow::problemsList() const
{
    return m_problems;
}

SearchPanel *MainWindow::searchPanel() const
{
    return m_search;
}

} // namespace episcope
