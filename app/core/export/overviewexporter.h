// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/overview.h"

#include <QCoreApplication>

namespace episcope
{

/// An overview as a self-contained HTML page: the names × languages table (● mentioned,
/// ○ not) and the similarity matrix with each value printed and shaded. Names come from synopses
/// and are escaped; the page loads nothing.
class OverviewExporter
{
    Q_DECLARE_TR_FUNCTIONS(OverviewExporter)

public:
    explicit OverviewExporter(Overview overview);
    [[nodiscard]] QString htmlPage() const;

private:
    Overview m_overview;
};

} // namespace episcope
