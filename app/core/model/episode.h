// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "translation.h"

#include <QList>

namespace episcope
{

/// One episode and its synopses, in the order the source gives them.
struct Episode {
    /// What a source describes. Series, seasons and films have synopses too.
    enum class Kind { Episode, Season, Series, Movie };

    QString title;
    QList<Translation> translations;
    Kind kind = Kind::Episode;
    QString series; ///< the series' title when the source names it, else empty
    int season = -1; ///< -1 when unknown
    int number = -1; ///< the episode number in its season, -1 when unknown
    QString provider; ///< where the data comes from: "TMDB", "TheTVDB", "Trakt", "Kodi", "Text"
    QString externalId; ///< the provider's id for it, when the data gives one

    /// Index of the first translation whose tag equals @p tag (case-insensitively), or -1.
    [[nodiscard]] qsizetype indexOfLanguage(const QString &tag) const;
    /// Like indexOfLanguage(), but a bare language also finds a regional row ("pt" finds "pt-BR").
    [[nodiscard]] qsizetype findLanguage(const QString &tag) const;

    friend bool operator==(const Episode &, const Episode &) = default;
};

} // namespace episcope
