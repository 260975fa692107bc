// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/episode.h"
#include "quality/qualityflag.h"

#include <QCoreApplication>

namespace episcope
{

/// Checks every synopsis of an episode against the others: empty rows, invented titles, text in
/// another language or script than declared, rows far shorter than the rest, text copied from
/// another row, a language given twice, text borrowed by fallback. Pure: same episode, same answer.
class QualityChecker
{
    Q_DECLARE_TR_FUNCTIONS(QualityChecker)

public:
    /// Rows shorter than this share of the median synopsis are flagged MuchShorter.
    static constexpr double ShortShare = 0.4;

    /// One report per translation, in order.
    /// The reports of @p episode's rows, their sentences in @p wording.
    [[nodiscard]] static QList<QualityReport> check(const Episode &episode, Wording wording = Wording::Interface);
    /// True when @p a and @p b are languages identifiers and readers routinely mistake for each
    /// other (Bosnian, Croatian and Serbian; Indonesian and Malay; the Norwegians and Danish).
    [[nodiscard]] static bool closeLanguages(const QString &a, const QString &b);
};

} // namespace episcope
