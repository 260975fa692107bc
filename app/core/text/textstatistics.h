// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace episcope
{

/// Word and character counts as a reader perceives them.
struct TextStatistics {
    qsizetype characters = 0; ///< grapheme clusters: "é" written as e + U+0301 is one character
    qsizetype words = 0; ///< Unicode word segments that contain a letter or a digit

    /// Counts @p text with Unicode text segmentation (UAX #29) via QTextBoundaryFinder.
    [[nodiscard]] static TextStatistics of(const QString &text);
};

} // namespace episcope
