// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagelistview.h"

#include "model/languagelistmodel.h"
#include "model/languagesortproxy.h"

#include <QContextMenuEvent>
#include <QHeaderView>
#include <QMenu>

namespace episcope
{

LanguageListView::LanguageListView(LanguageListModel *model, QWidget *parent)
    : QTreeView(parent)
    , m_model(model)
    , m_proxy(new LanguageSortProxy(this))
{
    m_proxy->setSourceModel(m_model);
    setModel(m_proxy);

    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAllColumnsShowFocus(true);
    setSortingEnabled(true);
    sortByColumn(-1, Qt::AscendingOrder); // preferred languages first, then the file's order, until the user clicks a header
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    // The checks can be long sentences: a fixed width, elided, with every message in the tooltip.
    const int checks = int(LanguageListModel::Column::Checks);
    header()->setSectionResizeMode(checks, QHeaderView::Interactive);
    header()->resizeSection(checks, 220);
    // What a reader scans first comes first; the English name, often the same words, goes last.
    const int english = int(LanguageListModel::Column::EnglishName);
    header()->moveSection(header()->visualIndex(english), header()->count() - 1);
    header()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(header(), &QHeaderView::customContextMenuRequested, this, [this](const QPoint &position) {
        QMenu menu(this);
        for (int column = 0; column < m_model->columnCount(); ++column) {
            QAction *action = menu.addAction(m_model->headerData(column, Qt::Horizontal).toString());
            action->setCheckable(true);
            action->setChecked(!isColumnHidden(column));
            action->setEnabled(column != int(LanguageListModel::Column::NativeName)); // the list needs its names
            connect(action, &QAction::toggled, this, [this, column](bool shown) {
                setColumnHidden(column, !shown);
            });
        }
        menu.exec(header()->mapToGlobal(position));
    });
    setAccessibleName(tr("Languages"));
    setAccessibleDescription(tr("The languages of the episode's synopses; the selected one is shown beside the list"));

    connect(selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        Q_EMIT currentTranslationChanged(current.isValid() ? m_proxy->mapToSource(current).row() : -1);
    });
}

void LanguageListView::contextMenuEvent(QContextMenuEvent *event)
{
    const QModelIndex index = indexAt(event->pos());
    if (!index.isValid())
        return;
    const int row = m_proxy->mapToSource(index).row();
    QMenu menu(this);
    QMenu *compare = menu.addMenu(QIcon::fromTheme(QStringLiteral("view-split-left-right")), tr("&Compare With"));
    for (int other = 0; other < m_model->rowCount(); ++other) {
        if (other == row)
            continue;
        const QString name = m_model->languageInfo(other).labelWithTag();
        connect(compare->addAction(QString(name).replace(u'&', QStringLiteral("&&"))), &QAction::triggered, this, [this, row, other] {
            Q_EMIT compareRequested(row, other);
        });
    }
    compare->setEnabled(m_model->rowCount() > 1);
    QAction *choose = menu.addAction(QIcon::fromTheme(QStringLiteral("preferences-desktop-locale")), tr("Set &Language…"));
    choose->setStatusTip(tr("Say which language this synopsis is in, over what the file or the identifier said"));
    connect(choose, &QAction::triggered, this, [this, row] {
        Q_EMIT languageChoiceRequested(row);
    });
    menu.exec(event->globalPos());
}

int LanguageListView::currentSourceRow() const
{
    const QModelIndex current = currentIndex();
    return current.isValid() ? m_proxy->mapToSource(current).row() : -1;
}

void LanguageListView::setPreferredLanguages(const QStringList &tags)
{
    m_proxy->setPreferredLanguages(tags);
}

void LanguageListView::setCurrentSourceRow(int row)
{
    const QModelIndex index = m_proxy->mapFromSource(m_model->index(row, 0));
    if (index.isValid())
        setCurrentIndex(index);
}

void LanguageListView::moveCurrent(int delta)
{
    const int rows = m_proxy->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = currentIndex();
    const int from = current.isValid() ? current.row() : (delta > 0 ? -1 : rows);
    const int to = std::clamp(from + delta, 0, rows - 1);
    setCurrentIndex(m_proxy->index(to, 0));
}

} // namespace episcope
