// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/library.h"

#include <QJsonObject>

namespace episcope
{

/// The JSON that `episcope-cli list --json` prints:
/// {"episodes":[{"title":…,"translations":[{"language","englishName","nativeName","origin",
/// "confidence","reliable","direction","characters","words","line","text"}]}]}, translations in file order.
class LibraryJson
{
public:
    [[nodiscard]] static QJsonObject toJson(const Library &library);
    [[nodiscard]] static QJsonObject toJson(const Translation &translation);
};

} // namespace episcope
