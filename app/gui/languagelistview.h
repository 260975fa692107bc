// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

class QSortFilterProxyModel;

namespace episcope
{

class LanguageListModel;

/// The language list: a flat, sortable table over a LanguageListModel (through a locale-aware
/// sort proxy). Unsorted it keeps the file's order. Emits currentTranslationChanged with the
/// source row whenever the current row changes, by mouse or keyboard.
class LanguageListView : public QTreeView
{
    Q_OBJECT
public:
    explicit LanguageListView(LanguageListModel *model, QWidget *parent = nullptr);

    /// Source row of the current item, or -1.
    [[nodiscard]] int currentSourceRow() const;
    void setCurrentSourceRow(int row);
    /// Moves the current row by @p delta in view order, stopping at the ends.
    void moveCurrent(int delta);

Q_SIGNALS:
    void currentTranslationChanged(int sourceRow);
    /// The user asked to see @p sourceRow beside @p otherSourceRow (context menu, Compare With).
    void compareRequested(int sourceRow, int otherSourceRow);
    /// The user wants to set the language of @p sourceRow by hand (context menu, Set Language).
    void languageChoiceRequested(int sourceRow);

protected:
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    LanguageListModel *m_model;
    QSortFilterProxyModel *m_proxy;
};

} // namespace episcope
