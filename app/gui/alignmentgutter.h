// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTextEdit;

namespace episcope
{

/// The strip between the two panes of the compare view: for every aligned row it draws a band
/// joining the row's paragraph on the left to its paragraph on the right, stronger the more
/// confident the row; a row with no counterpart gets a hatched stub instead. Rows are paragraph
/// i of both documents.
class AlignmentGutter : public QWidget
{
    Q_OBJECT
public:
    /// @p left and @p right (not owned) are the panes it joins.
    AlignmentGutter(QTextEdit *left, QTextEdit *right, QWidget *parent = nullptr);

    /// Per row: the confidence (0..1), or a negative value for a row with one side empty.
    void setRows(const QList<double> &confidences);
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QTextEdit *m_left;
    QTextEdit *m_right;
    QList<double> m_rows;
};

} // namespace episcope
