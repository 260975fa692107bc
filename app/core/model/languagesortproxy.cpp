// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagesortproxy.h"

#include "language/languagetag.h"
#include "languagelistmodel.h"

namespace episcope
{

LanguageSortProxy::LanguageSortProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(LanguageListModel::SortRole);
    setSortLocaleAware(true);
    setSortCaseSensitivity(Qt::CaseInsensitive);
}

void LanguageSortProxy::setPreferredLanguages(const QStringList &tags)
{
    if (tags == m_preferred)
        return;
    m_preferred = tags;
    if (m_byPreference)
        sort(-1);
}

void LanguageSortProxy::sort(int column, Qt::SortOrder order)
{
    const bool wasByPreference = m_byPreference;
    m_byPreference = column < 0;
    if (m_byPreference && !m_preferred.isEmpty())
        QSortFilterProxyModel::sort(0, Qt::AscendingOrder); // any column: lessThan ranks rows itself
    else
        QSortFilterProxyModel::sort(column, order);
    // Qt skips a sort by the column and order it already has, but the same column may now mean
    // another order.
    if (wasByPreference != m_byPreference || m_byPreference)
        invalidate();
}

bool LanguageSortProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    if (!m_byPreference)
        return QSortFilterProxyModel::lessThan(left, right);
    const qsizetype leftRank = rank(left.row());
    const qsizetype rightRank = rank(right.row());
    if (leftRank != rightRank)
        return leftRank < rightRank;
    return left.row() < right.row();
}

qsizetype LanguageSortProxy::rank(int row) const
{
    const QString tag = sourceModel()->index(row, int(LanguageListModel::Column::Tag)).data(Qt::DisplayRole).toString();
    const QString primary = LanguageTag::primaryLanguage(tag);
    qsizetype best = m_preferred.size();
    for (qsizetype i = 0; i < m_preferred.size() && i < best; ++i) {
        const QString &wanted = m_preferred.at(i);
        if (wanted.compare(tag, Qt::CaseInsensitive) == 0)
            return i;
        if (!wanted.contains(u'-') && wanted.compare(primary, Qt::CaseInsensitive) == 0)
            best = i;
    }
    return best;
}

} // namespace episcope
