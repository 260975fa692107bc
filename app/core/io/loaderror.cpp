// SPDX-License-Identifier: GPL-3.0-or-later
#include "loaderror.h"

namespace episcope
{

QString LoadError::toString() const
{
    if (line <= 0)
        return path + QStringLiteral(": ") + message;
    if (column <= 0)
        return QStringLiteral("%1:%2: %3").arg(path).arg(line).arg(message);
    return QStringLiteral("%1:%2:%3: %4").arg(path).arg(line).arg(column).arg(message);
}

} // namespace episcope
