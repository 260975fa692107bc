// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace episcope
{

/// Something a reader has to say about a place in the decoded source text.
struct SourceProblem {
    QString message;
    qsizetype offset = -1; ///< UTF-16 offset in the decoded text; -1 when not at a place
};

/// What a reader reports besides its result: the problem that stopped it, or the warnings about
/// what it skipped.
struct SourceReport {
    SourceProblem error; ///< set (message not empty) when reading failed
    QList<SourceProblem> warnings;

    /// Records @p message at @p offset as the failure and returns an empty optional-like false.
    bool fail(const QString &message, qsizetype offset = -1)
    {
        error = { message, offset };
        return false;
    }
};

} // namespace episcope
