// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "search/synopsissearch.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QTimer;

namespace episcope
{

/// Search across every title and synopsis of every language (Edit › Find in All Synopses,
/// Ctrl+Shift+F): a field, the number of hits and a list of them with their context. Activating
/// a hit asks the window to show it.
class SearchPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SearchPanel(QWidget *parent = nullptr);

    /// Searches @p collection (not owned; must stay alive while set) from now on.
    void setCollection(const Collection *collection);
    /// Runs the search for what is in the field now (also called when the collection changes).
    void search();
    void focusField();
    [[nodiscard]] const QList<SearchHit> &hits() const;
    [[nodiscard]] QLineEdit *field() const;
    [[nodiscard]] QListWidget *results() const;

Q_SIGNALS:
    void hitActivated(const episcope::SearchHit &hit);

private:
    const Collection *m_collection = nullptr;
    QList<SearchHit> m_hits;
    QLineEdit *m_field;
    QLabel *m_count;
    QListWidget *m_results;
    QTimer *m_delay;
};

} // namespace episcope
