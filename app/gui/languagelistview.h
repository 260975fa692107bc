// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace episcope
{

class LanguageListModel;
class LanguageSortProxy;

/// The language list: a flat, sortable table over a LanguageListModel (through a LanguageSortProxy).
/// Unsorted it lists the preferred languages first, then keeps the file's order. Emits currentTranslationChanged with the
/// source row whenever the current row changes, by mouse or keyboard.
class LanguageListView : public QTreeView
{
    Q_OBJECT
public:
    explicit LanguageListView(LanguageListModel *model, QWidget *parent = nullptr);

    /// Source row of the current item, or -1.
    [[nodiscard]] int currentSourceRow() const;
    void setCurrentSourceRow(int row);
    /// Lists these languages first, in this order, while no column is sorted (see LanguageSortProxy).
    void setPreferredLanguages(const QStringList &tags);
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
    LanguageSortProxy *m_proxy;
};

} // namespace episcope
