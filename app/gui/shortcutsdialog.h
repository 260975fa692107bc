// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QTableWidget;

namespace episcope
{

/// Help › Keyboard Shortcuts: every action of a window that has a shortcut, with the keys as this
/// platform writes them, so the whole application can be learnt without a mouse.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    /// Lists the actions of @p window (and its children) that have a shortcut.
    explicit ShortcutsDialog(QWidget *window, QWidget *parent = nullptr);

    [[nodiscard]] QTableWidget *table() const;

private:
    QTableWidget *m_table;
};

} // namespace episcope
