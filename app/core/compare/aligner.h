// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSet>
#include <QString>

namespace episcope
{

/// One row of an alignment: a run of left sentences that corresponds to a run of right ones.
/// A count of 0 on one side marks a sentence with no counterpart.
struct AlignedRow {
    int leftFirst = 0;
    int leftCount = 0;
    int rightFirst = 0;
    int rightCount = 0;
    double confidence = 0.0; ///< 0..1: how well lengths and anchors agree for this row
    friend bool operator==(const AlignedRow &, const AlignedRow &) = default;
};

/// What the aligner knows of one sentence: its length in characters and its anchors (names and
/// numbers, as keys shared by both sides: "samantha", "42").
struct AlignableSentence {
    qsizetype length = 0;
    QSet<QString> anchors;
};

/// Sentence alignment by dynamic programming in the manner of Gale and Church (1993): each row
/// is 1–1, 1–0, 0–1, 2–1, 1–2 or 2–2 sentences, scored by how far the lengths stray from the
/// texts' overall length ratio (a normal model) and by the prior of the row's shape, with a
/// bonus for anchors the two sides share. Quadratic in sentences: 300 × 300 takes about 0.2 s here.
class Aligner
{
public:
    [[nodiscard]] static QList<AlignedRow> align(const QList<AlignableSentence> &left, const QList<AlignableSentence> &right);
};

} // namespace episcope
