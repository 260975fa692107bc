// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/collection.h"

#include <QAbstractItemModel>

namespace episcope
{

/// Everything opened, as series → season → episode, with a node under an episode for each of
/// its sources when there are several (the same episode from TMDB and from a Kodi NFO). Series,
/// season and film synopses belong to their own nodes. Episodes are matched by series title,
/// season and episode number, from the data or, failing that, from the file's place in the
/// library (PathHints). Holds only references into the collection it was built from.
class SeriesTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind { Series, Movie, Season, Episode, Source };
    using SourceRef = EpisodeRef;
    enum Role {
        NodeKindRole = Qt::UserRole + 1, ///< int, a NodeKind
    };

    explicit SeriesTreeModel(QObject *parent = nullptr);

    void setCollection(const Collection &collection);
    /// The sources a node stands for: an episode's sources, a source itself, the series' or
    /// season's own synopses; empty for a node with none.
    [[nodiscard]] QList<SourceRef> sources(const QModelIndex &index) const;
    /// The node that shows @p source on its own (the source node, or its episode when it has one source).
    [[nodiscard]] QModelIndex indexOf(const SourceRef &source) const;
    /// The node that stands for exactly @p sources (an episode with several); invalid when none does.
    [[nodiscard]] QModelIndex indexOfSources(const QList<SourceRef> &sources) const;
    /// The first node, in tree order, that has sources; invalid when the tree is empty.
    [[nodiscard]] QModelIndex firstWithSources() const;
    /// How many episode, series, season and film sources there are.
    [[nodiscard]] qsizetype sourceCount() const;

    [[nodiscard]] QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    [[nodiscard]] QModelIndex parent(const QModelIndex &index) const override;
    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    struct Node {
        NodeKind kind = NodeKind::Series;
        QString label;
        QString toolTip;
        int parent = -1;
        int row = 0;
        int order = 0; ///< season or episode number for sorting; -1 unknown
        QList<int> children;
        QList<SourceRef> sources;
    };

    int child(int parent, NodeKind kind, const QString &key, const QString &label, int order);
    void sortChildren(int node);
    [[nodiscard]] QModelIndex indexOfNode(int node) const;

    QList<Node> m_nodes; ///< m_nodes[0] is the invisible root
    QHash<QString, int> m_byKey; ///< "parent/kind/key" → node
};

} // namespace episcope
