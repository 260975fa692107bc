// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFrame>

class QLabel;
class QToolButton;

namespace episcope
{

/// An inline message strip above the content, in the manner of KMessageWidget: tells the user
/// what went wrong (a file that could not be opened) without a modal dialog, and can be closed.
/// Messages are shown as plain text: they quote file names, which may contain markup.
class MessageBar : public QFrame
{
    Q_OBJECT
public:
    enum class Kind { Information, Warning, Error };

    explicit MessageBar(QWidget *parent = nullptr);

    /// Shows @p text; @p actions (owned by the caller, typically parented to the bar) become
    /// buttons beside it, replacing those of the previous message.
    void showMessage(Kind kind, const QString &text, const QList<QAction *> &actions = {});
    [[nodiscard]] QString text() const;
    [[nodiscard]] Kind kind() const;

private:
    QLabel *m_icon;
    QLabel *m_label;
    QToolButton *m_close;
    QList<QToolButton *> m_buttons;
    Kind m_kind = Kind::Information;
};

} // namespace episcope
