// SPDX-License-Identifier: GPL-3.0-or-later
#include "similarityheatmap.h"

#include "text/contrast.h"

#include <QHelpEvent>
#include <QKeyEvent>
#include <QLocale>
#include <QMouseEvent>
#include <QPainter>
#include <QToolTip>

namespace episcope
{

namespace
{

constexpr int Cell = 44;
constexpr int Header = 34;

QColor blend(const QColor &from, const QColor &to, double share)
{
    return QColor::fromRgbF(float(from.redF() + (to.redF() - from.redF()) * share), float(from.greenF() + (to.greenF() - from.greenF()) * share),
                            float(from.blueF() + (to.blueF() - from.blueF()) * share));
}

} // namespace

SimilarityHeatMap::SimilarityHeatMap(QWidget *parent)
    : QWidget(parent)
{
    setAccessibleName(tr("Similarity of the synopses"));
    setAccessibleDescription(tr("How alike each pair of synopses is, from 0 to 1; choose a cell to compare that pair"));
    setFocusPolicy(Qt::StrongFocus);
    setMouseTracking(true);
}

void SimilarityHeatMap::setOverview(const Overview &overview)
{
    m_overview = overview;
    m_focusRow = 0;
    m_focusColumn = overview.languages.size() > 1 ? 1 : 0;
    updateGeometry();
    update();
}

QSize SimilarityHeatMap::sizeHint() const
{
    const int n = int(m_overview.languages.size());
    return { Header + n * Cell + 8, Header + n * Cell + 8 };
}

QSize SimilarityHeatMap::minimumSizeHint() const
{
    return sizeHint();
}

QRect SimilarityHeatMap::cellRect(int row, int column) const
{
    return { Header + column * Cell, Header + row * Cell, Cell, Cell };
}

std::pair<int, int> SimilarityHeatMap::cellAt(const QPoint &position) const
{
    const int n = int(m_overview.languages.size());
    const int column = (position.x() - Header) / Cell;
    const int row = (position.y() - Header) / Cell;
    if (position.x() < Header || position.y() < Header || row >= n || column >= n)
        return { -1, -1 };
    return { row, column };
}

void SimilarityHeatMap::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    const QPalette &colours = palette();
    const QColor base = colours.color(QPalette::Base);
    const QColor high = colours.color(QPalette::Highlight);
    const int n = int(m_overview.languages.size());
    painter.setPen(colours.color(QPalette::WindowText));
    for (int i = 0; i < n; ++i) {
        painter.drawText(QRect(Header + i * Cell, 0, Cell, Header), Qt::AlignCenter, m_overview.languages.at(i));
        painter.drawText(QRect(0, Header + i * Cell, Header, Cell), Qt::AlignCenter, m_overview.languages.at(i));
    }
    QFont small = font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    painter.setFont(small);
    for (int i = 0; i < n; ++i) {
        for (int j = 0; j < n; ++j) {
            const QRect cell = cellRect(i, j).adjusted(1, 1, -1, -1);
            if (i == j) {
                painter.fillRect(cell, QBrush(colours.color(QPalette::PlaceholderText), Qt::BDiagPattern));
                continue;
            }
            const double value = m_overview.similarity.at(i).at(j);
            const QColor fill = blend(base, high, std::clamp(value, 0.0, 1.0));
            painter.fillRect(cell, fill);
            painter.setPen(Contrast::readableTextOn(fill));
            painter.drawText(cell, Qt::AlignCenter, QLocale().toString(value, 'f', 2));
        }
    }
    if (hasFocus() && n > 1) {
        painter.setPen(QPen(colours.color(QPalette::WindowText), 2, Qt::DashLine));
        painter.setBrush(Qt::NoBrush);
        painter.drawRect(cellRect(m_focusRow, m_focusColumn).adjusted(2, 2, -2, -2));
    }
}

void SimilarityHeatMap::mouseReleaseEvent(QMouseEvent *event)
{
    const auto [row, column] = cellAt(event->position().toPoint());
    if (row >= 0 && column >= 0) {
        m_focusRow = row;
        m_focusColumn = column;
        update();
        Q_EMIT pairChosen(row, column);
    }
}

void SimilarityHeatMap::keyPressEvent(QKeyEvent *event)
{
    const int n = int(m_overview.languages.size());
    switch (event->key()) {
    case Qt::Key_Left:
        m_focusColumn = std::max(0, m_focusColumn - 1);
        break;
    case Qt::Key_Right:
        m_focusColumn = std::min(n - 1, m_focusColumn + 1);
        break;
    case Qt::Key_Up:
        m_focusRow = std::max(0, m_focusRow - 1);
        break;
    case Qt::Key_Down:
        m_focusRow = std::min(n - 1, m_focusRow + 1);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (n > 0)
            Q_EMIT pairChosen(m_focusRow, m_focusColumn);
        return;
    default:
        QWidget::keyPressEvent(event);
        return;
    }
    update();
}

bool SimilarityHeatMap::event(QEvent *event)
{
    if (event->type() != QEvent::ToolTip)
        return QWidget::event(event);
    const auto *help = static_cast<QHelpEvent *>(event);
    const auto [row, column] = cellAt(help->pos());
    if (row < 0 || row == column) {
        QToolTip::hideText();
        event->ignore();
        return true;
    }
    QToolTip::showText(
        help->globalPos(),
        tr("%1 and %2: %3 alike — click to compare")
            .arg(m_overview.languages.at(row), m_overview.languages.at(column), QLocale().toString(m_overview.similarity.at(row).at(column), 'f', 2)),
        this);
    return true;
}

} // namespace episcope
