// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/jsonvalue.h"
#include "io/sourceproblem.h"
#include "model/episode.h"

#include <QCoreApplication>

#include <optional>

namespace episcope
{

/// Reads TheTVDB v4 responses: one translation (`/episodes/{id}/translations/{lang}`:
/// `data.language`, `data.name`, `data.overview`) or an extended record with
/// `meta=translations` (`data.translations.nameTranslations[]` and `overviewTranslations[]`,
/// merged by language). Three-letter codes become BCP 47 (see LanguageTag::fromTvdb()).
class TvdbReader
{
    Q_DECLARE_TR_FUNCTIONS(TvdbReader)

public:
    /// True when @p root is an object whose `data` is an object.
    [[nodiscard]] static bool recognizes(const JsonValue &root);
    [[nodiscard]] static std::optional<Episode> read(const JsonValue &root, SourceReport &report);
};

} // namespace episcope
