// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/library.h"
#include "quality/qualityflag.h"

#include <QJsonObject>

namespace episcope
{

/// The JSON that `episcope-cli list --json` prints: {"file","readOnly","warnings","episodes":[{"title",
/// "kind","series","season","episode","provider","id","translations":[{"language","englishName",
/// "nativeName","origin","confidence","reliable","direction","characters","words","line","title",
/// "text","provider","declaredCode","identifiedAs","checks","checkMessages"}]}]}, in file order;
/// optional members are left out when the source has no value for them.
class LibraryJson
{
public:
    [[nodiscard]] static QJsonObject toJson(const Library &library);
    [[nodiscard]] static QJsonObject toJson(const Episode &episode);
    /// A translation on its own (no quality checks: they need the episode).
    [[nodiscard]] static QJsonObject toJson(const Translation &translation);
    [[nodiscard]] static QJsonObject toJson(const Translation &translation, const QualityReport &quality);
    /// "episode", "season", "series" or "movie".
    [[nodiscard]] static QString kindKey(Episode::Kind kind);
};

} // namespace episcope
