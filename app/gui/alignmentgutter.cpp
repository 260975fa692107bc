// SPDX-License-Identifier: GPL-3.0-or-later
#include "alignmentgutter.h"

#include <QAbstractTextDocumentLayout>
#include <QPainter>
#include <QPainterPath>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextEdit>

namespace episcope
{

namespace
{

/// Top and bottom of row @p row of @p edit (its paragraph down to the next one), in the gutter's coordinates.
std::pair<qreal, qreal> spanOf(const QTextEdit *edit, const QWidget *gutter, int row)
{
    const QTextBlock block = edit->document()->findBlockByNumber(row);
    if (!block.isValid())
        return { 0, 0 };
    QRectF rect = edit->document()->documentLayout()->blockBoundingRect(block);
    const QTextBlock next = block.next();
    if (next.isValid())
        rect.setBottom(edit->document()->documentLayout()->blockBoundingRect(next).top() - 6);
    const qreal offset = edit->viewport()->mapTo(gutter->parentWidget(), QPoint(0, 0)).y() - gutter->mapTo(gutter->parentWidget(), QPoint(0, 0)).y()
        - edit->verticalScrollBar()->value();
    return { rect.top() + offset, rect.bottom() + offset };
}

} // namespace

AlignmentGutter::AlignmentGutter(QTextEdit *left, QTextEdit *right, QWidget *parent)
    : QWidget(parent)
    , m_left(left)
    , m_right(right)
{
    setAccessibleName(tr("Alignment"));
    setAccessibleDescription(tr("Bands join each sentence on the left to its counterpart on the right"));
}

void AlignmentGutter::setRows(const QList<double> &confidences)
{
    m_rows = confidences;
    update();
}

QSize AlignmentGutter::sizeHint() const
{
    return { 56, 100 };
}

void AlignmentGutter::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QColor accent = palette().color(QPalette::Highlight);
    const qreal w = width();
    for (int row = 0; row < m_rows.size(); ++row) {
        const auto [leftTop, leftBottom] = spanOf(m_left, this, row);
        const auto [rightTop, rightBottom] = spanOf(m_right, this, row);
        if (std::max(leftBottom, rightBottom) < 0 || std::min(leftTop, rightTop) > height())
            continue;
        const double confidence = m_rows.at(row);
        if (confidence < 0) { // one side has nothing: a hatched stub, not a band
            painter.fillRect(QRectF(w * 0.35, leftTop + 4, w * 0.3, std::max(leftBottom, rightBottom) - leftTop - 8),
                             QBrush(palette().color(QPalette::PlaceholderText), Qt::BDiagPattern));
            continue;
        }
        QPainterPath band;
        band.moveTo(0, leftTop + 2);
        band.cubicTo(w / 2, leftTop + 2, w / 2, rightTop + 2, w, rightTop + 2);
        band.lineTo(w, rightBottom - 2);
        band.cubicTo(w / 2, rightBottom - 2, w / 2, leftBottom - 2, 0, leftBottom - 2);
        band.closeSubpath();
        QColor fill = accent;
        fill.setAlphaF(0.15 + 0.45 * std::clamp(confidence, 0.0, 1.0));
        painter.fillPath(band, fill);
        QColor edge = accent;
        edge.setAlphaF(0.8);
        painter.setPen(QPen(edge, 1));
        painter.drawPath(band);
    }
}

} // namespace episcope
