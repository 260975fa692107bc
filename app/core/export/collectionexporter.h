// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/collection.h"

#include <QByteArray>

namespace episcope
{

/// Everything open, in one file: CSV (RFC 4180, UTF-8, one row per synopsis, with its file,
/// series, season, episode, language, title, synopsis and checks) or JSON (LibraryJson for every
/// file, and the files that could not be read).
class CollectionExporter
{
public:
    [[nodiscard]] static QByteArray csv(const Collection &collection);
    [[nodiscard]] static QByteArray json(const Collection &collection);
    /// @p value as one CSV field: quoted when it must be, and a leading = + - @ made inert with a
    /// quote mark so a spreadsheet never runs it as a formula.
    [[nodiscard]] static QString csvField(const QString &value);
};

} // namespace episcope
