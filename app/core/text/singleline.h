// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace episcope
{

/// @p text with every kind of line break (CR, LF, CRLF, NEL, VT, FF, U+2028, U+2029) replaced by
/// a space: a synopsis of a plain-text file is one line, and an edit must not split it.
[[nodiscard]] QString singleLine(QString text);

} // namespace episcope
