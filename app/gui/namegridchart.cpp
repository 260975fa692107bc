// SPDX-License-Identifier: GPL-3.0-or-later
#include "namegridchart.h"

#include <QHelpEvent>
#include <QPainter>
#include <QToolTip>

namespace episcope
{

namespace
{
constexpr int Cell = 34;
constexpr int HeaderHeight = 28;
} // namespace

NameGridChart::NameGridChart(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Names by language"));
    setAccessibleDescription(tr("Which synopsis mentions which name: a filled disc where it does, a faint ring where it does not"));
    setMouseTracking(true);
}

void NameGridChart::setOverview(const Overview &overview)
{
    m_overview = overview;
    updateGeometry();
    update();
}

int NameGridChart::labelWidth() const
{
    int widest = fontMetrics().horizontalAdvance(tr("Name"));
    for (const DetectedName &name : m_overview.names)
        widest = std::max(widest, fontMetrics().horizontalAdvance(name.label));
    return widest + 16;
}

QSize NameGridChart::sizeHint() const
{
    return { labelWidth() + int(m_overview.languages.size()) * Cell + 8, HeaderHeight + int(m_overview.names.size()) * Cell + 8 };
}

QSize NameGridChart::minimumSizeHint() const
{
    return sizeHint();
}

QRect NameGridChart::cellRect(int name, int language) const
{
    return { labelWidth() + language * Cell, HeaderHeight + name * Cell, Cell, Cell };
}

void NameGridChart::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette &colours = palette();
    const QColor text = colours.color(QPalette::WindowText);
    const QColor accent = colours.color(QPalette::Highlight);
    QColor faint = text;
    faint.setAlphaF(0.35);
    QColor stripe = text;
    stripe.setAlphaF(0.05);

    painter.setPen(text);
    for (int l = 0; l < m_overview.languages.size(); ++l)
        painter.drawText(QRect(labelWidth() + l * Cell, 0, Cell, HeaderHeight), Qt::AlignCenter, m_overview.languages.at(l));
    for (int n = 0; n < m_overview.names.size(); ++n) {
        const QRect row(0, HeaderHeight + n * Cell, labelWidth() + int(m_overview.languages.size()) * Cell, Cell);
        if (n % 2 == 1)
            painter.fillRect(row, stripe);
        painter.setPen(text);
        painter.drawText(row.adjusted(8, 0, 0, 0), Qt::AlignVCenter | Qt::AlignLeft, m_overview.names.at(n).label);
        for (int l = 0; l < m_overview.languages.size(); ++l) {
            const QRectF dot = QRectF(cellRect(n, l)).adjusted(9, 9, -9, -9);
            if (m_overview.mentions.at(n).at(l)) {
                painter.setPen(Qt::NoPen);
                painter.setBrush(accent);
                painter.drawEllipse(dot);
            } else {
                painter.setPen(QPen(faint, 1.2));
                painter.setBrush(Qt::NoBrush);
                painter.drawEllipse(dot.adjusted(5, 5, -5, -5));
            }
        }
    }
}

bool NameGridChart::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    for (int n = 0; n < m_overview.names.size(); ++n) {
        for (int l = 0; l < m_overview.languages.size(); ++l) {
            if (!cellRect(n, l).contains(help->pos()))
                continue;
            const DetectedName &name = m_overview.names.at(n);
            const QStringList forms = name.forms.value(l);
            QToolTip::showText(help->globalPos(),
                               forms.isEmpty() ? tr("%1 is not mentioned in %2").arg(name.label, m_overview.languages.at(l))
                                               : tr("%1 in %2: %3").arg(name.label, m_overview.languages.at(l), forms.join(QStringLiteral(", "))),
                               this);
            return true;
        }
    }
    QToolTip::hideText();
    event->ignore();
    return true;
}

} // namespace episcope
