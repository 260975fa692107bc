// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/episode.h"

#include <QStringList>

namespace episcope
{

/// Fills the gaps of an episode from the user's ordered language preferences ("pt-BR, pt-PT,
/// en"), field by field: a pt-BR row with a title but no synopsis borrows the synopsis of the
/// first later language that has one, and a preferred language with no row at all gets one made
/// of borrowed fields. Borrowed fields are marked (Translation::titleFallback / textFallback) and
/// made rows cannot be edited, so nothing borrowed passes for the real thing or reaches the file.
class LanguageFallback
{
public:
    /// @p episode with the gaps of @p preferences filled; rows keep their order and index, made
    /// rows come after them, in preference order.
    [[nodiscard]] static Episode apply(const Episode &episode, const QStringList &preferences);
};

} // namespace episcope
