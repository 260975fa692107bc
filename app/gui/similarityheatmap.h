// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/overview.h"

#include <QWidget>

namespace episcope
{

/// The languages × languages picture of an overview: each cell's colour and number say how alike
/// two synopses are (0 to 1). Clicking a cell, or pressing Enter on the focused one, asks to
/// compare that pair. Works in light and dark palettes: the colour ramp runs from the palette's
/// base to its highlight, and the number picks black or white by contrast.
class SimilarityHeatMap : public QWidget
{
    Q_OBJECT
public:
    explicit SimilarityHeatMap(QWidget *parent = nullptr);

    void setOverview(const Overview &overview);
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

Q_SIGNALS:
    void pairChosen(int left, int right);

protected:
    void paintEvent(QPaintEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] QRect cellRect(int row, int column) const;
    [[nodiscard]] std::pair<int, int> cellAt(const QPoint &position) const;

    Overview m_overview;
    int m_focusRow = 0;
    int m_focusColumn = 1;
};

} // namespace episcope
