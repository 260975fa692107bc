// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace episcope
{

/// Why a file could not be opened: the file, where in it (when that applies) and what is wrong,
/// phrased for the user.
struct LoadError {
    QString path;
    QString message;
    int line = 0; ///< 1-based, 0 when the problem is not at a place in the file
    int column = 0; ///< 1-based, in characters; 0 when unknown

    /// "path: message" or "path:line:column: message", the form compilers and editors understand.
    [[nodiscard]] QString toString() const;
};

} // namespace episcope
