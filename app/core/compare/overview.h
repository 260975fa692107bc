// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/episode.h"
#include "spelling/namedetector.h"

namespace episcope
{

/// All translations of an episode at once: which synopsis mentions which name, and how alike
/// each pair of synopses is.
struct Overview {
    QStringList languages; ///< the translations' tags, in episode order
    QList<DetectedName> names;
    QList<QList<bool>> mentions; ///< [name][translation]
    /// [translation][translation], 0..1, symmetric, 1 on the diagonal: the share of both texts'
    /// characters in confidently aligned rows, blended with the overlap of the names they mention.
    QList<QList<double>> similarity;

    [[nodiscard]] static Overview of(const Episode &episode, const QList<DetectedName> &names);
};

} // namespace episcope
