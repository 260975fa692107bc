// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "collectionloadtask.h"
#include "compareview.h"
#include "languagelistview.h"
#include "messagebar.h"
#include "model/languagelistmodel.h"
#include "model/seriestreemodel.h"
#include "overviewview.h"
#include "searchpanel.h"
#include "settings/recentfiles.h"
#include "spelling/spellengine.h"
#include "spellingcontroller.h"
#include "synopsispane.h"

#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMimeData>
#include <QProgressBar>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace episcope
{

MainWindow::MainWindow(QSettings *settings, SpellEngine *engine, PersonalDictionary *personal, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_recentFiles(std::make_unique<RecentFiles>(settings))
    , m_loadTask(new CollectionLoadTask(this))
    , m_spelling(new SpellingController(engine, personal, this))
    , m_watcher(new QFileSystemWatcher(this))
    , m_recountTimer(new QTimer(this))
    , m_prompts(defaultPrompts())
    , m_model(new LanguageListModel(this))
{
    setAcceptDrops(true);
    m_userSettings = UserSettings::load(*m_settings);
    m_preferences = m_userSettings.preferredLanguages;
    m_spelling->engine()->setDictionaryChoices(m_userSettings.dictionaries);
    m_spelling->setEnabled(m_userSettings.spellChecking);
    setupCentralWidget();
    setupDocks();
    setupActions();
    setupMenus();
    setupSpelling();
    m_list->setPreferredLanguages(m_preferences);
    applyTextFont();
    restoreWindowState();
    updateActions();

    connect(m_loadTask, &CollectionLoadTask::loaded, this, &MainWindow::collectionLoaded);
    connect(m_loadTask, &CollectionLoadTask::finished, this, &MainWindow::collectionFinished);
    connect(m_loadTask, &CollectionLoadTask::progressed, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
        m_progress->setFormat(tr("%1 of %n files", "loading progress", total).arg(done));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &MainWindow::showTreeSelection);
    connect(m_search, &SearchPanel::hitActivated, this, [this](const SearchHit &hit) {
        showSearchHit(hit.ref, hit.row, hit.inTitle ? 0 : hit.offset, hit.inTitle ? 0 : hit.length);
    });
    connect(m_list, &LanguageListView::currentTranslationChanged, this, &MainWindow::showTranslation);
    connect(m_list, &LanguageListView::compareRequested, this, &MainWindow::showComparison);
    connect(m_list, &LanguageListView::languageChoiceRequested, this, &MainWindow::chooseLanguage);
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

    m_seriesModel = new SeriesTreeModel(this);
    m_tree = new QTreeView(this);
    m_tree->setModel(m_seriesModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Series, seasons and episodes"));
    m_tree->hide(); // shown when more than one episode is open
    m_treeRefreshTimer = new QTimer(this);
    m_treeRefreshTimer->setSingleShot(true);
    m_treeRefreshTimer->setInterval(250);
    connect(m_treeRefreshTimer, &QTimer::timeout, this, &MainWindow::refreshTree);

    m_sideSplitter = new QSplitter(Qt::Vertical, this);
    m_sideSplitter->addWidget(m_tree);
    m_sideSplitter->addWidget(m_list);
    m_sideSplitter->setStretchFactor(0, 2);
    m_sideSplitter->setStretchFactor(1, 3);
    m_sideSplitter->setChildrenCollapsible(false);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->addWidget(m_sideSplitter);
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
    m_views->addTab(m_overview, tr("&Overview"));
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

    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(220);
    m_progress->setTextVisible(true);
    m_progress->setAccessibleName(tr("Files opened so far"));
    m_progress->hide();
    statusBar()->addPermanentWidget(m_progress);
    m_cancelButton = new QToolButton(this);
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setIcon(QIcon::fromTheme(QStringLiteral("process-stop")));
    m_cancelButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_cancelButton->setToolTip(tr("Stop opening files; what is open stays"));
    m_cancelButton->hide();
    connect(m_cancelButton, &QToolButton::clicked, this, &MainWindow::cancelLoading);
    statusBar()->addPermanentWidget(m_cancelButton);
}

void MainWindow::setupDocks()
{
    m_problems = new QListWidget(this);
    m_problems->setAccessibleName(tr("Problems with the files opened"));
    m_problems->setWordWrap(true);
    m_problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock->setObjectName(QStringLiteral("problems"));
    m_problemsDock->setWidget(m_problems);
    addDockWidget(Qt::BottomDockWidgetArea, m_problemsDock);
    m_problemsDock->hide();

    m_search = new SearchPanel(this);
    m_search->setCollection(&m_collection);
    m_searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock->setObjectName(QStringLiteral("search"));
    m_searchDock->setWidget(m_search);
    addDockWidget(Qt::RightDockWidgetArea, m_searchDock);
    m_searchDock->hide();
}

void MainWindow::restoreWindowState()
{
    m_settings->beginGroup(QStringLiteral("MainWindow"));
    if (!restoreGeometry(m_settings->value(QStringLiteral("geometry")).toByteArray()))
        resize(1180, 720);
    if (!m_splitter->restoreState(m_settings->value(QStringLiteral("splitter")).toByteArray()))
        m_splitter->setSizes({ 560, 620 }); // room for every column of the list
    m_sideSplitter->restoreState(m_settings->value(QStringLiteral("sideSplitter")).toByteArray());
    restoreState(m_settings->value(QStringLiteral("docks")).toByteArray());
    m_settings->endGroup();
}

void MainWindow::saveWindowState()
{
    m_settings->beginGroup(QStringLiteral("MainWindow"));
    m_settings->setValue(QStringLiteral("geometry"), saveGeometry());
    m_settings->setValue(QStringLiteral("splitter"), m_splitter->saveState());
    m_settings->setValue(QStringLiteral("sideSplitter"), m_sideSplitter->saveState());
    m_settings->setValue(QStringLiteral("docks"), saveState());
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
    m_pane->setQualityMessages(m_model->quality(sourceRow).messages);
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
    QStringList paths;
    for (const QUrl &url : event->mimeData()->urls()) {
        if (url.isLocalFile())
            paths.append(url.toLocalFile());
    }
    if (paths.isEmpty())
        return;
    event->acceptProposedAction();
    openPaths(paths);
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
