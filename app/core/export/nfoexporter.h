// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/episode.h"

#include <QByteArray>

namespace episcope
{

/// Kodi NFO files made from an episode, one per language: `<episodedetails>` (or `<tvshow>`,
/// `<movie>`) with the row's title and synopsis, the series title, the season and episode numbers
/// and the provider's id. Text is written as XML character data, never as markup.
class NfoExporter
{
public:
    [[nodiscard]] static QByteArray nfo(const Episode &episode, const Translation &translation);
    /// The file name for @p translation's NFO next to @p baseName ("Show - S01E02.de-DE.nfo").
    [[nodiscard]] static QString fileName(const QString &baseName, const Translation &translation);
};

} // namespace episcope
