// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>

namespace episcope
{

/// Colour contrast as WCAG 2 defines it: relative luminance and the ratio between two colours
/// (1:1 to 21:1). AA asks 4.5:1 for text and 3:1 for graphics such as underlines.
struct Contrast {
    [[nodiscard]] static double luminance(const QColor &colour);
    [[nodiscard]] static double ratio(const QColor &first, const QColor &second);
    /// Black or white, whichever contrasts more with @p background.
    [[nodiscard]] static QColor readableTextOn(const QColor &background);
};

} // namespace episcope
