// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace episcope
{

/// A place in a text as editors show it: 1-based line and column, in characters (code points:
/// an emoji counts once).
struct TextPosition {
    int line = 0;
    int column = 0;
};

/// The line and column of @p offset in @p text; CRLF, LF and CR each end a line.
[[nodiscard]] TextPosition textPosition(QStringView text, qsizetype offset);

} // namespace episcope
