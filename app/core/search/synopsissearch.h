// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/collection.h"

namespace episcope
{

/// One place a search found: which synopsis, where in it, and a line of context to show.
struct SearchHit {
    EpisodeRef ref;
    int row = 0; ///< the translation's index in its episode
    qsizetype offset = 0; ///< where the match starts in the synopsis (or title)
    qsizetype length = 0;
    bool inTitle = false;
    QString context; ///< the match with some words around it, on one line
};

/// Finds text in every title and synopsis of every language of a collection, ignoring case and
/// accents ("medee" finds "Médée"), in file order.
class SynopsisSearch
{
public:
    static constexpr qsizetype DefaultLimit = 1000;

    [[nodiscard]] static QList<SearchHit> find(const Collection &collection, const QString &query, qsizetype limit = DefaultLimit);
    /// @p text folded for matching: lower case, accents removed, one UTF-16 unit per unit of @p text
    /// so offsets in the folded text are offsets in the original.
    [[nodiscard]] static QString folded(const QString &text);
};

} // namespace episcope
