// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/overview.h"

#include <QWidget>

namespace episcope
{

/// The names × languages picture of an overview: one row per name, one column per synopsis, a
/// filled disc where the synopsis mentions the name and a faint ring where it does not (shape,
/// not only colour, carries the meaning). Hovering a cell names the forms used.
class NameGridChart : public QWidget
{
    Q_OBJECT
public:
    explicit NameGridChart(QWidget *parent = nullptr);

    void setOverview(const Overview &overview);
    [[nodiscard]] QSize sizeHint() const override;
    [[nodiscard]] QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
    bool event(QEvent *event) override;

private:
    [[nodiscard]] QRect cellRect(int name, int language) const;
    [[nodiscard]] int labelWidth() const;

    Overview m_overview;
};

} // namespace episcope
