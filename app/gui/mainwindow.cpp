// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "compareview.h"
#include "languagelistview.h"
#include "libraryloadtask.h"
#include "messagebar.h"
#include "model/languagelistmodel.h"
#include "overviewview.h"
#include "settings/recentfiles.h"
#include "spellingcontroller.h"
#include "synopsispane.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMimeData>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace episcope
{

MainWindow::MainWindow(QSettings *settings, SpellEngine *engine, PersonalDictionary *personal, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_recentFiles(std::make_unique<RecentFiles>(settings))
    , m_loadTask(new LibraryLoadTask(this))
    , m_spelling(new SpellingController(engine, personal, this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_recountTimer(new QTimer(this))
    , m_prompts(defaultPrompts())
    , m_model(new LanguageListModel(this))
{
    setAcceptDrops(true);
    setupCentralWidget();
    setupActions();
    setupMenus();
    setupSpelling();
    restoreWindowState();
    updateActions();

    connect(m_loadTask, &LibraryLoadTask::loaded, this, &MainWindow::showLibrary);
    connect(m_loadTask, &LibraryLoadTask::failed, this, &MainWindow::showLoadError);
    connect(m_list, &LanguageListView::currentTranslationChanged, this, &MainWindow::showTranslation);
    connect(m_list, &LanguageListView::compareRequested, this, &MainWindow::showComparison);
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, &MainWindow::fileChangedOnDisk);
}

MainWindow::~MainWindow() = default;

void MainWindow::setupCentralWidget()
{
    m_list = new LanguageListView(m_model, this);
    m_pane = new SynopsisPane(this);
    m_pane->clear(tr("No file open"),
                  tr("Open a file of synopses with File › Open… (%1), or drop one on this window.")
                      .arg(QKeySequence(QKeySequence::Open).toString(QKeySequence::NativeText)));

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_list);
    m_splitter->addWidget(m_pane);
    m_splitter->setStretchFactor(0, 2);
    m_splitter->setStretchFactor(1, 3);
    m_splitter->setChildrenCollapsible(false);

    m_messageBar = new MessageBar(this);
    m_compare = new CompareView(this);
    connect(m_compare, &CompareView::message, this, [this](const QString &text, bool error) {
        if (error)
            m_messageBar->showMessage(MessageBar::Kind::Error, text);
        else
            statusBar()->showMessage(text, 4000);
    });

    m_views = new QTabWidget(this);
    m_views->setDocumentMode(true);
    m_views->addTab(m_splitter, tr("&Read"));
    m_views->addTab(m_compare, tr("&Compare"));
    m_overview = new OverviewView(this);
    m_views->addTab(m_overview, tr("O&verview"));
    connect(m_overview, &OverviewView::pairChosen, this, [this](int left, int right) {
        showComparison(left, right == left ? (left + 1) % std::max(1, m_model->rowCount()) : right);
    });
    m_views->setAccessibleName(tr("Views"));
    connect(m_views, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_views->widget(index) == m_compare && m_model->rowCount() > 0) {
            // The pair already chosen (with any edits made since), else the current language and the next.
            const int current = std::max(0, m_list->currentSourceRow());
            const auto [left, right] = m_compare->comparedRows().value_or(std::pair { current, (current + 1) % m_model->rowCount() });
            showComparison(left, right);
        } else if (m_views->widget(index) == m_overview) {
            m_overview->setEpisode(m_model->episode(), m_spelling->spelling().names());
        }
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    layout->addWidget(m_messageBar);
    layout->addWidget(m_views, 1);
    setCentralWidget(central);

    m_spellingLabel = new QLabel(this);
    m_spellingLabel->setTextFormat(Qt::PlainText);
    m_spellingLabel->setAccessibleName(tr("Spell-checking engine and dictionary"));
    statusBar()->addPermanentWidget(m_spellingLabel);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setTextFormat(Qt::PlainText);
    statusBar()->addPermanentWidget(m_statusLabel);
}

void MainWindow::restoreWindowState()
{
    m_settings->beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(m_settings->value(QStringLiteral("geometry")).toByteArray()))
        resize(1180, 720);
    if (!m_splitter->restoreState(m_settings->value(QStringLiteral("splitter")).toByteArray()))
        m_splitter->setSizes({ 560, 620 }); // room for every column of the list
    m_settings->endGroup();
}

void MainWindow::saveWindowState()
{
    m_settings->beginGroup(QStringLiteral("MainWindow"));
    m_settings->setValue(QStringLiteral("geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("splitter"), m_splitter->saveState());
    m_settings->endGroup();
    m_settings->sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (!maybeKeepEdits()) {
        event->ignore();
        return;
    }
    saveWindowState();
    event->accept();
}

void MainWindow::openFile(const QString &path)
{
    if (!maybeKeepEdits())
        return;
    statusBar()->showMessage(tr("Opening %1…").arg(QDir::toNativeSeparators(path)));
    m_loadTask->start(path);
}

void MainWindow::showLibrary(const Library &library)
{
    statusBar()->clearMessage();
    m_library = library;
    m_edited = false;
    setWindowModified(false);
    setEditing(false);
    m_pane->reset();
    const Episode episode = library.episodes.isEmpty() ? Episode {} : library.episodes.constFirst();
    m_model->setEpisode(episode);
    m_spelling->setEpisode(episode);
    m_compare->setEpisode(episode, m_spelling->spelling().names(), &m_spelling->spelling());
    m_views->setCurrentWidget(m_splitter);
    m_recentFiles->add(library.sourcePath);
    watch(library.sourcePath);

    const bool isSample = library.sourcePath.startsWith(u':');
    const QString name = isSample ? tr("Sample episode") : QFileInfo(library.sourcePath).fileName();
    setWindowTitle(name + QStringLiteral("[*]"));
    m_statusLabel->setText(tr("Synopses: %1").arg(QLocale().toString(library.translationCount()))
                           + (library.readOnly ? QStringLiteral(" · ") + tr("read-only") : QString()));

    if (!library.warnings.isEmpty())
        m_messageBar->showMessage(MessageBar::Kind::Warning, library.warnings.join(u'\n'));
    else
        m_messageBar->hide();

    m_list->setCurrentSourceRow(0);
    if (m_model->rowCount() == 0)
        m_pane->clear(tr("This file has no synopsis"));
    m_list->setFocus();
    updateActions();
    Q_EMIT libraryShown(library.sourcePath);
}

void MainWindow::showLoadError(const LoadError &error)
{
    statusBar()->clearMessage();
    const QString message = tr("Could not open %1").arg(error.toString());
    m_messageBar->showMessage(MessageBar::Kind::Error, message);
    if (error.line == 0 && !QFileInfo::exists(error.path))
        m_recentFiles->remove(error.path);
    Q_EMIT loadFailed(message);
}

void MainWindow::showTranslation(int sourceRow)
{
    if (sourceRow < 0 || sourceRow >= m_model->rowCount()) {
        m_pane->clear(tr("No language selected"));
        return;
    }
    m_pane->showTranslation(sourceRow, m_model->translation(sourceRow), m_model->languageInfo(sourceRow));
    applySpelling(sourceRow);
    updateActions();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (urls.isEmpty() || !urls.constFirst().isLocalFile())
        return;
    event->acceptProposedAction();
    openFile(urls.constFirst().toLocalFile());
}

const Library &MainWindow::library() const
{
    return m_library;
}

LanguageListModel *MainWindow::languageModel() const
{
    return m_model;
}

LanguageListView *MainWindow::languageView() const
{
    return m_list;
}

SynopsisPane *MainWindow::synopsisPane() const
{
    return m_pane;
}

MessageBar *MainWindow::messageBar() const
{
    return m_messageBar;
}

SpellingController *MainWindow::spelling() const
{
    return m_spelling;
}

CompareView *MainWindow::compareView() const
{
    return m_compare;
}

OverviewView *MainWindow::overviewView() const
{
    return m_overview;
}

void MainWindow::showComparison(int leftRow, int rightRow)
{
    // The episode as edited so far, with the names and finders of the Read view.
    m_compare->setEpisode(m_model->episode(), m_spelling->spelling().names(), &m_spelling->spelling());
    m_compare->compare(leftRow, rightRow);
    if (m_views->currentWidget() != m_compare) {
        const QSignalBlocker blocker(m_views);
        m_views->setCurrentWidget(m_compare);
    }
}

bool MainWindow::hasUnsavedEdits() const
{
    return m_edited;
}

} // namespace episcope
