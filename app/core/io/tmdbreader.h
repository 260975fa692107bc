// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/jsonvalue.h"
#include "io/sourceproblem.h"
#include "model/episode.h"

#include <QCoreApplication>

#include <optional>

namespace episcope
{

/// Reads TMDB v3 translations responses: `/tv/{id}/season/{s}/episode/{e}/translations`, episode
/// details with `append_to_response=translations` (the list nested in `translations.translations`),
/// `/tv/{id}/translations`, `/tv/{id}/season/{s}/translations` and `/movie/{id}/translations`
/// (`data.title` instead of `data.name`). Every row keeps its language and region.
class TmdbReader
{
    Q_DECLARE_TR_FUNCTIONS(TmdbReader)

public:
    /// True when @p root is shaped like a TMDB response: an object with `translations`.
    [[nodiscard]] static bool recognizes(const JsonValue &root);
    [[nodiscard]] static std::optional<Episode> read(const JsonValue &root, SourceReport &report);
};

} // namespace episcope
