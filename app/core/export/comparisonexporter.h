// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/comparison.h"

#include <QCoreApplication>

namespace episcope
{

/// A comparison as a self-contained HTML page (a side-by-side table, one row per aligned row,
/// shared names in matching colours, each side with its own lang and dir), as an HTML table for
/// the clipboard, or as a PDF. Synopsis text is always escaped; the page loads nothing.
class ComparisonExporter
{
    Q_DECLARE_TR_FUNCTIONS(ComparisonExporter)

public:
    explicit ComparisonExporter(Comparison comparison);

    /// The `<table>` alone, for pasting.
    [[nodiscard]] QString htmlTable() const;
    /// A whole UTF-8 XHTML-compatible page with a summary and the table.
    [[nodiscard]] QString htmlPage() const;
    /// Writes a PDF of the page to @p path; false when it cannot be written.
    bool writePdf(const QString &path) const;

    /// Background colours for shared names, readable with dark text; index by SharedName::colour.
    [[nodiscard]] static QString nameColour(int colour);

private:
    [[nodiscard]] QString markedUp(const Translation &translation, const Sentence &sentence, bool left) const;
    [[nodiscard]] QString summary() const;

    Comparison m_comparison;
};

} // namespace episcope
