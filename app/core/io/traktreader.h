// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/jsonvalue.h"
#include "io/sourceproblem.h"
#include "model/episode.h"

#include <QCoreApplication>

#include <optional>

namespace episcope
{

/// Reads Trakt translations: an array of `{"language", "title", "overview"}` objects, with a
/// `country` where Trakt gives one ("es" + "mx" → "es-MX").
class TraktReader
{
    Q_DECLARE_TR_FUNCTIONS(TraktReader)

public:
    /// True when @p root is an array whose first object has a `language`.
    [[nodiscard]] static bool recognizes(const JsonValue &root);
    [[nodiscard]] static std::optional<Episode> read(const JsonValue &root, SourceReport &report);
};

} // namespace episcope
