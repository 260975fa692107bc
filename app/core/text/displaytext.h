// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace episcope
{

/// The part of a synopsis a pane lays out. Text layout of one enormous paragraph freezes the GUI
/// for seconds to minutes, so panes show at most Limit characters; copy and save use the whole text.
struct DisplayText {
    static constexpr qsizetype Limit = 10000;

    QString text; ///< what to lay out
    bool truncated = false;
    qsizetype fullLength = 0; ///< UTF-16 length of the whole synopsis

    /// @p text cut at Limit without splitting a surrogate pair or a grapheme cluster.
    [[nodiscard]] static DisplayText of(const QString &text);
};

} // namespace episcope
