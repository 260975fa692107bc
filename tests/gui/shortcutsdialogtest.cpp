// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"

#include "shortcutsdialog.h"

#include <QAction>
#include <QMainWindow>
#include <QTableWidget>

using namespace episcope;

namespace
{

QStringList rowsOf(const QTableWidget *table)
{
    QStringList rows;
    for (int row = 0; row < table->rowCount(); ++row)
        rows.append(table->item(row, 0)->text() + u'|' + table->item(row, 1)->text());
    return rows;
}

} // namespace

TEST_CASE("the keyboard shortcuts dialog lists every action with a shortcut and no other")
{
    QMainWindow window;
    auto *find = new QAction(QStringLiteral("&Find in All Synopses…"), &window);
    find->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F));
    auto *open = new QAction(QStringLiteral("&Open…"), &window);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    new QAction(QStringLiteral("About"), &window); // no shortcut: not listed
    const ShortcutsDialog dialog(&window);
    const QStringList rows = rowsOf(dialog.table());
    CHECK(rows
          == QStringList { QStringLiteral("Find in All Synopses|") + QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F).toString(QKeySequence::NativeText),
                           QStringLiteral("Open|") + QKeySequence(Qt::CTRL | Qt::Key_O).toString(QKeySequence::NativeText) });
}
