// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace episcope
{

/// The direction a synopsis is laid out in: that of its first strong character (as the Unicode
/// bidi algorithm decides a paragraph), or, when the text has none (digits, punctuation), that of
/// its language @p languageTag.
[[nodiscard]] Qt::LayoutDirection textDirection(const QString &text, const QString &languageTag);

} // namespace episcope
