// SPDX-License-Identifier: GPL-3.0-or-later
#include "messagebar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>
#include <QToolButton>

namespace episcope
{

MessageBar::MessageBar(QWidget *parent)
    : QFrame(parent)
    , m_icon(new QLabel(this))
    , m_label(new QLabel(this))
    , m_close(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setAccessibleName(tr("Message"));

    m_label->setTextFormat(Qt::PlainText);
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_label->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);

    m_close->setAutoRaise(true);
    m_close->setIcon(style()->standardIcon(QStyle::SP_TitleBarCloseButton));
    m_close->setToolTip(tr("Close this message"));
    m_close->setAccessibleName(tr("Close message"));
    connect(m_close, &QToolButton::clicked, this, &QWidget::hide);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 6, 4, 6);
    layout->addWidget(m_icon, 0, Qt::AlignTop);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_close, 0, Qt::AlignTop);
    hide();
}

void MessageBar::showMessage(Kind kind, const QString &text, const QList<QAction *> &actions)
{
    qDeleteAll(m_buttons);
    m_buttons.clear();
    auto *row = static_cast<QHBoxLayout *>(layout());
    for (QAction *action : actions) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(action, &QAction::triggered, this, &QWidget::hide);
        row->insertWidget(row->count() - 1, button, 0, Qt::AlignTop);
        m_buttons.append(button);
    }
    m_kind = kind;
    m_label->setText(text);
    m_label->setAccessibleName(text);

    QStyle::StandardPixmap pixmap = QStyle::SP_MessageBoxInformation;
    QColor tint(0x3d, 0xae, 0xe9); // Breeze "information" blue
    if (kind == Kind::Warning) {
        pixmap = QStyle::SP_MessageBoxWarning;
        tint = QColor(0xf6, 0x74, 0x00);
    } else if (kind == Kind::Error) {
        pixmap = QStyle::SP_MessageBoxCritical;
        tint = QColor(0xda, 0x44, 0x53);
    }
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_icon->setPixmap(style()->standardIcon(pixmap).pixmap(iconSize, iconSize));

    // A light wash of the tint over the window colour keeps text contrast in light and dark palettes.
    QPalette palette = parentWidget() ? parentWidget()->palette() : this->palette();
    const QColor base = palette.color(QPalette::Window);
    const auto mix = [&](int a, int b) {
        return (a * 80 + b * 20) / 100;
    };
    palette.setColor(QPalette::Window, QColor(mix(base.red(), tint.red()), mix(base.green(), tint.green()), mix(base.blue(), tint.blue())));
    setPalette(palette);
    show();
}

QString MessageBar::text() const
{
    return isHidden() ? QString() : m_label->text();
}

MessageBar::Kind MessageBar::kind() const
{
    return m_kind;
}

} // namespace episcope
