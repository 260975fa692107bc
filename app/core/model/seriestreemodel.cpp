// SPDX-License-Identifier: GPL-3.0-or-later
#include "seriestreemodel.h"

#include "text/naturalorder.h"

#include <QFileInfo>

#include <algorithm>

namespace episcope
{

SeriesTreeModel::SeriesTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
{
    m_nodes.append(Node {});
}

int SeriesTreeModel::child(int parent, NodeKind kind, const QString &key, const QString &label, int order)
{
    const QString fullKey = QString::number(parent) + u'/' + QString::number(int(kind)) + u'/' + key;
    const auto found = m_byKey.constFind(fullKey);
    if (found != m_byKey.cend())
        return *found;
    Node node;
    node.kind = kind;
    node.label = label;
    node.parent = parent;
    node.order = order;
    const int index = int(m_nodes.size());
    m_nodes.append(node);
    m_nodes[parent].children.append(index);
    m_byKey.insert(fullKey, index);
    return index;
}

void SeriesTreeModel::sortChildren(int node)
{
    QList<int> &children = m_nodes[node].children;
    std::stable_sort(children.begin(), children.end(), [this](int a, int b) {
        const Node &left = m_nodes.at(a);
        const Node &right = m_nodes.at(b);
        if (left.kind != right.kind)
            return left.kind < right.kind;
        if (left.order != right.order)
            return left.order >= 0 && (right.order < 0 || left.order < right.order);
        return naturalLess(left.label, right.label);
    });
    for (int row = 0; row < children.size(); ++row) {
        m_nodes[children.at(row)].row = row;
        sortChildren(children.at(row));
    }
}

void SeriesTreeModel::setCollection(const Collection &collection)
{
    beginResetModel();
    m_nodes.clear();
    m_nodes.append(Node {});
    m_byKey.clear();

    for (qsizetype l = 0; l < collection.libraries.size(); ++l) {
        const Library &library = collection.libraries.at(l);
        const QString fileName = library.sourcePath.startsWith(u':') ? tr("Sample episode") : QFileInfo(library.sourcePath).fileName();
        for (qsizetype e = 0; e < library.episodes.size(); ++e) {
            const Episode &episode = library.episodes.at(e);
            const SourceRef ref { l, e };
            const QString provider = episode.provider.isEmpty() ? fileName : episode.provider;
            if (episode.kind == Episode::Kind::Movie) {
                const QString title = episode.title.isEmpty() ? fileName : episode.title;
                const int movie = child(0, NodeKind::Movie, title.toCaseFolded(), tr("%1 (film)").arg(title), -1);
                m_nodes[movie].sources.append(ref);
                continue;
            }
            const QString seriesTitle = episode.series.trimmed();
            const int series = child(0, NodeKind::Series, seriesTitle.toCaseFolded(), seriesTitle.isEmpty() ? tr("Other synopses") : seriesTitle, -1);
            if (episode.kind == Episode::Kind::Series) {
                m_nodes[series].sources.append(ref);
                continue;
            }
            const int seasonNumber = episode.season;
            const QString seasonLabel = seasonNumber < 0 ? tr("Unnumbered") : seasonNumber == 0 ? tr("Specials") : tr("Season %1").arg(seasonNumber);
            // Loose files of no known series sit right under "Other synopses", without a season level.
            const bool loose = seriesTitle.isEmpty() && seasonNumber < 0;
            const int season =
                loose ? series : child(series, NodeKind::Season, QString::number(seasonNumber), seasonLabel, seasonNumber < 0 ? 1 << 20 : seasonNumber);
            if (episode.kind == Episode::Kind::Season) {
                m_nodes[season].sources.append(ref);
                continue;
            }
            const QString title = episode.title.isEmpty() ? fileName : episode.title;
            const QString key = episode.number >= 0 ? QString::number(episode.number) : library.sourcePath + u'#' + QString::number(e);
            const QString label = episode.number >= 0 ? tr("%1 · %2").arg(episode.number).arg(title) : title;
            const int node = child(season, NodeKind::Episode, key, label, episode.number);
            m_nodes[node].sources.append(ref);
            const int source = child(node, NodeKind::Source, QString::number(l) + u'/' + QString::number(e), tr("%1 — %2").arg(provider, fileName), -1);
            m_nodes[source].sources.append(ref);
            m_nodes[source].toolTip = library.sourcePath;
        }
    }
    // An episode with one source needs no source node under it.
    for (Node &node : m_nodes) {
        if (node.kind == NodeKind::Episode && node.children.size() == 1) {
            node.toolTip = m_nodes.at(node.children.constFirst()).toolTip;
            node.children.clear();
        }
    }
    sortChildren(0);
    endResetModel();
}

QList<SeriesTreeModel::SourceRef> SeriesTreeModel::sources(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return m_nodes.at(int(index.internalId())).sources;
}

QModelIndex SeriesTreeModel::indexOfNode(int node) const
{
    if (node <= 0)
        return {};
    return createIndex(m_nodes.at(node).row, 0, quintptr(node));
}

QModelIndex SeriesTreeModel::indexOf(const SourceRef &source) const
{
    for (int node = 1; node < m_nodes.size(); ++node) {
        const Node &item = m_nodes.at(node);
        const bool alone = item.kind != NodeKind::Episode || item.children.isEmpty();
        if (alone && item.sources.size() == 1 && item.sources.constFirst() == source && (item.parent == 0 || m_nodes.at(item.parent).children.contains(node)))
            return indexOfNode(node);
    }
    return {};
}

QModelIndex SeriesTreeModel::indexOfSources(const QList<SourceRef> &sources) const
{
    for (int node = 1; node < m_nodes.size(); ++node) {
        if (m_nodes.at(node).kind != NodeKind::Source && m_nodes.at(node).sources == sources)
            return indexOfNode(node);
    }
    return {};
}

QModelIndex SeriesTreeModel::firstWithSources() const
{
    QList<int> stack { 0 };
    while (!stack.isEmpty()) {
        const int node = stack.takeFirst();
        if (node > 0 && !m_nodes.at(node).sources.isEmpty())
            return indexOfNode(node);
        stack = m_nodes.at(node).children + stack;
    }
    return {};
}

qsizetype SeriesTreeModel::sourceCount() const
{
    qsizetype count = 0;
    for (const Node &node : m_nodes) {
        if (node.kind != NodeKind::Source)
            count += node.sources.size();
    }
    return count;
}

QModelIndex SeriesTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    const int parentNode = parent.isValid() ? int(parent.internalId()) : 0;
    if (column != 0 || row < 0 || row >= m_nodes.at(parentNode).children.size())
        return {};
    return createIndex(row, 0, quintptr(m_nodes.at(parentNode).children.at(row)));
}

QModelIndex SeriesTreeModel::parent(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return indexOfNode(m_nodes.at(int(index.internalId())).parent);
}

int SeriesTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(m_nodes.at(parent.isValid() ? int(parent.internalId()) : 0).children.size());
}

int SeriesTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant SeriesTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node &node = m_nodes.at(int(index.internalId()));
    switch (role) {
    case Qt::DisplayRole:
        return node.label;
    case Qt::ToolTipRole:
        if (node.kind == NodeKind::Episode && node.children.size() > 1)
            return tr("%n sources: select one to edit it, or the episode to compare them", nullptr, int(node.children.size()));
        return node.toolTip.isEmpty() ? QVariant() : QVariant(node.toolTip);
    case NodeKindRole:
        return int(node.kind);
    default:
        return {};
    }
}

} // namespace episcope
