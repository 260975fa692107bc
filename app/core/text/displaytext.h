// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace episcope
{

/// The part of a synopsis a pane lays out. Laying out one enormous paragraph freezes the GUI for
/// seconds to minutes — worst when the text gives the line breaker nothing to break at (a run of
/// thousands of characters without a space) or stacks combining marks. So panes show at most
/// Limit characters of ordinary text, HardLimit of such text; copy and save use the whole text.
struct DisplayText {
    static constexpr qsizetype Limit = 100000; ///< ordinary prose: enough for a 10,000-word synopsis
    static constexpr qsizetype HardLimit = 10000; ///< text with runs the layout handles badly
    static constexpr qsizetype LongestRun = 1000; ///< characters without a space before text counts as hard
    static constexpr qsizetype LongestMarkRun = 32; ///< combining marks on one character before text counts as hard

    QString text; ///< what to lay out
    bool truncated = false;
    qsizetype fullLength = 0; ///< UTF-16 length of the whole synopsis

    /// @p text cut at its limit without splitting a surrogate pair or a grapheme cluster.
    [[nodiscard]] static DisplayText of(const QString &text);
    /// The limit that applies to @p text (Limit or HardLimit).
    [[nodiscard]] static qsizetype limitFor(QStringView text);
};

} // namespace episcope
