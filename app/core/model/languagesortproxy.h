// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSortFilterProxyModel>
#include <QStringList>

namespace episcope
{

/// The language list's order. Sorted by a column (a header click) it compares that column's
/// LanguageListModel::SortRole, locale-aware. Unsorted (column -1) it puts the user's preferred
/// languages first, in the order of preference, and leaves every other row in the file's order.
class LanguageSortProxy : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit LanguageSortProxy(QObject *parent = nullptr);

    /// Language tags, most wanted first; a tag also matches its regional forms ("pt" ranks "pt-BR").
    void setPreferredLanguages(const QStringList &tags);
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

protected:
    [[nodiscard]] bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    /// Where @p row's language stands in the preferences; past the end when it is not there.
    [[nodiscard]] qsizetype rank(int row) const;

    QStringList m_preferred;
    bool m_byPreference = true;
};

} // namespace episcope
