// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>

namespace episcope
{

/// "S01E2" before "S01E10": runs of digits compare as numbers, the rest case-insensitively.
/// Unlike QCollator's numeric mode it does not depend on the locale (Qt ignores it under C/POSIX,
/// the locale of most containers and CI machines).
[[nodiscard]] bool naturalLess(QStringView a, QStringView b);

} // namespace episcope
