// SPDX-License-Identifier: GPL-3.0-or-later
#include "aligner.h"

#include <cmath>
#include <limits>

namespace episcope
{

namespace
{

struct Shape {
    int left;
    int right;
    double prior; ///< Gale and Church's estimates of how often each shape occurs
};

constexpr Shape shapes[] = {
    { 1, 1, 0.89 }, { 1, 0, 0.0099 }, { 0, 1, 0.0099 }, { 2, 1, 0.089 }, { 1, 2, 0.089 }, { 2, 2, 0.011 },
};

constexpr double variance = 6.8; ///< Gale and Church's variance of the length ratio per character
constexpr double anchorBonus = 4.0; ///< cost removed per anchor both sides of a row share
constexpr double strangerPenalty = 6.0; ///< cost added per paired sentence whose anchors the other text never mentions

/// -log of the probability that a piece of @p left characters translates to @p right characters.
double lengthCost(double left, double right, double ratio)
{
    if (left == 0 && right == 0)
        return 0;
    const double mean = (left + right / ratio) / 2.0;
    const double delta = (right - left * ratio) / std::sqrt(std::max(mean, 1.0) * variance);
    // Two-tailed normal probability of a deviation at least this large.
    const double probability = std::max(std::erfc(std::abs(delta) / std::sqrt(2.0)), 1e-12);
    return -std::log(probability);
}

QSet<QString> anchorsOf(const QList<AlignableSentence> &sentences, int first, int count)
{
    QSet<QString> anchors;
    for (int i = first; i < first + count; ++i)
        anchors.unite(sentences.at(i).anchors);
    return anchors;
}

/// Sentences of a run that mention anchors, none of which the other text mentions anywhere:
/// most likely sentences the other text leaves out, so pairing them should cost something.
int strangers(const QList<AlignableSentence> &sentences, int first, int count, const QSet<QString> &otherText)
{
    int found = 0;
    for (int i = first; i < first + count; ++i) {
        const QSet<QString> &anchors = sentences.at(i).anchors;
        if (!anchors.isEmpty() && !anchors.intersects(otherText))
            ++found;
    }
    return found;
}

/// The anchor part of a row's cost: shared anchors pull the sides together; a sentence whose
/// every anchor is unknown to the other text is pushed towards a row of its own (1–0 or 0–1).
double anchorCost(const QList<AlignableSentence> &left, int leftFirst, int leftCount, const QList<AlignableSentence> &right, int rightFirst, int rightCount,
                  const QSet<QString> &allLeft, const QSet<QString> &allRight)
{
    const QSet<QString> shared = anchorsOf(left, leftFirst, leftCount).intersect(anchorsOf(right, rightFirst, rightCount));
    return -anchorBonus * double(shared.size())
        + strangerPenalty * double(strangers(left, leftFirst, leftCount, allRight) + strangers(right, rightFirst, rightCount, allLeft));
}

} // namespace

QList<AlignedRow> Aligner::align(const QList<AlignableSentence> &left, const QList<AlignableSentence> &right)
{
    const int n = int(left.size());
    const int m = int(right.size());
    QList<AlignedRow> rows;
    if (n == 0 && m == 0)
        return rows;

    double leftTotal = 0;
    double rightTotal = 0;
    for (const AlignableSentence &sentence : left)
        leftTotal += double(sentence.length);
    for (const AlignableSentence &sentence : right)
        rightTotal += double(sentence.length);
    const double ratio = leftTotal > 0 && rightTotal > 0 ? rightTotal / leftTotal : 1.0;
    const QSet<QString> allLeft = anchorsOf(left, 0, n);
    const QSet<QString> allRight = anchorsOf(right, 0, m);

    constexpr double infinity = std::numeric_limits<double>::infinity();
    QList<double> cost((n + 1) * (m + 1), infinity);
    QList<int> choice((n + 1) * (m + 1), -1);
    const auto at = [m](int i, int j) {
        return i * (m + 1) + j;
    };
    cost[at(0, 0)] = 0;
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= m; ++j) {
            if (i == 0 && j == 0)
                continue;
            for (int s = 0; s < int(std::size(shapes)); ++s) {
                const Shape &shape = shapes[s];
                const int pi = i - shape.left;
                const int pj = j - shape.right;
                if (pi < 0 || pj < 0 || cost[at(pi, pj)] == infinity)
                    continue;
                double leftLength = 0;
                double rightLength = 0;
                for (int k = pi; k < i; ++k)
                    leftLength += double(left.at(k).length);
                for (int k = pj; k < j; ++k)
                    rightLength += double(right.at(k).length);
                // A sentence with no counterpart costs its prior only: a length "ratio" against
                // nothing says nothing, and would make merging it into a neighbour look cheaper.
                double step = -std::log(shape.prior);
                if (shape.left > 0 && shape.right > 0)
                    step += lengthCost(leftLength, rightLength, ratio) + anchorCost(left, pi, shape.left, right, pj, shape.right, allLeft, allRight);
                if (cost[at(pi, pj)] + step < cost[at(i, j)]) {
                    cost[at(i, j)] = cost[at(pi, pj)] + step;
                    choice[at(i, j)] = s;
                }
            }
        }
    }

    for (int i = n, j = m; i > 0 || j > 0;) {
        const int s = choice[at(i, j)];
        const Shape &shape = shapes[s];
        const int pi = i - shape.left;
        const int pj = j - shape.right;
        const double step = cost[at(i, j)] - cost[at(pi, pj)];
        // A row that costs no more than a perfect 1–1 is certain; each extra unit halves it.
        const double baseline = -std::log(shapes[0].prior);
        const double confidence = shape.left == 0 || shape.right == 0 ? 0.0 : std::clamp(std::exp2(-(std::max(step - baseline, 0.0))), 0.0, 1.0);
        rows.prepend(AlignedRow { pi, shape.left, pj, shape.right, confidence });
        i = pi;
        j = pj;
    }
    return rows;
}

} // namespace episcope
