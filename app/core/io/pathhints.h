// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace episcope
{

/// What a file's place in a media library says about it, for data that does not say it itself
/// (TMDB's translations response has no episode numbers; NFO has no language): "Show/Season 01/
/// Show - S01E02.json" is season 1, episode 2 of "Show".
struct PathHints {
    QString series; ///< the folder above a season folder, or of a file named like an episode; else empty
    int season = -1;
    int number = -1;

    [[nodiscard]] static PathHints forPath(const QString &path);
};

} // namespace episcope
