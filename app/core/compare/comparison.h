// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aligner.h"
#include "model/episode.h"
#include "sentencesplitter.h"
#include "spelling/namedetector.h"

namespace episcope
{

/// A name both sides mention, with the forms each uses ("Big" / "Μπιγκ"); colour is an index
/// that stays the same for the name on both sides.
struct SharedName {
    QString label;
    QStringList leftForms;
    QStringList rightForms;
    int colour = 0;
};

/// Two synopses of one episode side by side: their sentences, aligned into rows, and the names
/// that appear on both sides or on one only. Built from values; no widget, no I/O.
struct Comparison {
    Translation left;
    Translation right;
    QList<Sentence> leftSentences;
    QList<Sentence> rightSentences;
    QList<AlignedRow> rows;
    QList<SharedName> namesInBoth;
    QStringList namesOnlyLeft; ///< labels (or, for a name no other synopsis has, the word itself)
    QStringList namesOnlyRight;

    /// Right characters per left character (0 when the left side is empty).
    [[nodiscard]] double lengthRatio() const;
    [[nodiscard]] QString leftSentence(int index) const;
    [[nodiscard]] QString rightSentence(int index) const;

    /// Compares translations @p leftRow and @p rightRow of @p episode, whose names are @p names
    /// (NameDetector::detect of the same episode).
    [[nodiscard]] static Comparison of(const Episode &episode, int leftRow, int rightRow, const QList<DetectedName> &names);
};

} // namespace episcope
