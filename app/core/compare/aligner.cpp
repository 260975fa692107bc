// SPDX-License-Identifier: GPL-3.0-or-later
#include "aligner.h"

#include <QHash>
#include <QVarLengthArray>

#include <algorithm>
#include <cmath>
#include <limits>
#include <vector>

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

/// A sentence as the inner loop sees it: anchors as small sorted ids, no strings to hash.
struct Prepared {
    double length = 0;
    QVarLengthArray<int, 6> anchors;
    bool stranger = false; ///< has anchors, none of which the other text mentions
};

QList<Prepared> prepare(const QList<AlignableSentence> &sentences, QHash<QString, int> &ids)
{
    QList<Prepared> prepared;
    prepared.reserve(sentences.size());
    for (const AlignableSentence &sentence : sentences) {
        Prepared item;
        item.length = double(sentence.length);
        for (const QString &anchor : sentence.anchors)
            item.anchors.append(ids.insert(anchor, ids.value(anchor, int(ids.size()))).value());
        std::sort(item.anchors.begin(), item.anchors.end());
        prepared.append(item);
    }
    return prepared;
}

void markStrangers(QList<Prepared> &sentences, const QList<Prepared> &other)
{
    QSet<int> mentioned;
    for (const Prepared &sentence : other)
        mentioned.unite(QSet<int>(sentence.anchors.cbegin(), sentence.anchors.cend()));
    for (Prepared &sentence : sentences)
        sentence.stranger = !sentence.anchors.isEmpty() && std::none_of(sentence.anchors.cbegin(), sentence.anchors.cend(), [&mentioned](int id) {
            return mentioned.contains(id);
        });
}

/// Anchors both runs of sentences mention, each counted once.
int sharedAnchors(const QList<Prepared> &left, int leftFirst, int leftCount, const QList<Prepared> &right, int rightFirst, int rightCount)
{
    QVarLengthArray<int, 16> leftIds;
    QVarLengthArray<int, 16> rightIds;
    for (int i = leftFirst; i < leftFirst + leftCount; ++i)
        leftIds.append(left.at(i).anchors.cbegin(), left.at(i).anchors.size());
    for (int j = rightFirst; j < rightFirst + rightCount; ++j)
        rightIds.append(right.at(j).anchors.cbegin(), right.at(j).anchors.size());
    if (leftIds.isEmpty() || rightIds.isEmpty())
        return 0;
    std::sort(leftIds.begin(), leftIds.end());
    std::sort(rightIds.begin(), rightIds.end());
    int shared = 0;
    for (qsizetype i = 0, j = 0; i < leftIds.size() && j < rightIds.size();) {
        if (leftIds[i] < rightIds[j]) {
            ++i;
        } else if (rightIds[j] < leftIds[i]) {
            ++j;
        } else {
            ++shared;
            const int id = leftIds[i];
            while (i < leftIds.size() && leftIds[i] == id)
                ++i;
            while (j < rightIds.size() && rightIds[j] == id)
                ++j;
        }
    }
    return shared;
}

} // namespace

QList<AlignedRow> Aligner::align(const QList<AlignableSentence> &left, const QList<AlignableSentence> &right)
{
    const int n = int(left.size());
    const int m = int(right.size());
    QList<AlignedRow> rows;
    if (n == 0 && m == 0)
        return rows;

    QHash<QString, int> ids;
    QList<Prepared> lefts = prepare(left, ids);
    QList<Prepared> rights = prepare(right, ids);
    markStrangers(lefts, rights);
    markStrangers(rights, lefts);
    double leftTotal = 0;
    double rightTotal = 0;
    for (const Prepared &sentence : std::as_const(lefts))
        leftTotal += sentence.length;
    for (const Prepared &sentence : std::as_const(rights))
        rightTotal += sentence.length;
    const double ratio = leftTotal > 0 && rightTotal > 0 ? rightTotal / leftTotal : 1.0;

    // Prefix sums: a row's length and strangers in constant time.
    std::vector<double> leftLength(n + 1, 0.0);
    std::vector<double> rightLength(m + 1, 0.0);
    std::vector<int> leftStrangers(n + 1, 0);
    std::vector<int> rightStrangers(m + 1, 0);
    for (int i = 0; i < n; ++i) {
        leftLength[i + 1] = leftLength[i] + lefts.at(i).length;
        leftStrangers[i + 1] = leftStrangers[i] + (lefts.at(i).stranger ? 1 : 0);
    }
    for (int j = 0; j < m; ++j) {
        rightLength[j + 1] = rightLength[j] + rights.at(j).length;
        rightStrangers[j + 1] = rightStrangers[j] + (rights.at(j).stranger ? 1 : 0);
    }
    double priorCost[std::size(shapes)];
    for (std::size_t s = 0; s < std::size(shapes); ++s)
        priorCost[s] = -std::log(shapes[s].prior);

    constexpr double infinity = std::numeric_limits<double>::infinity();
    const int width = m + 1;
    std::vector<double> cost(std::size_t(n + 1) * std::size_t(width), infinity);
    std::vector<signed char> choice(cost.size(), -1);
    const auto at = [width](int i, int j) {
        return std::size_t(i) * std::size_t(width) + std::size_t(j);
    };
    cost[at(0, 0)] = 0;
    for (int i = 0; i <= n; ++i) {
        for (int j = 0; j <= m; ++j) {
            if (i == 0 && j == 0)
                continue;
            double best = infinity;
            signed char bestShape = -1;
            for (int s = 0; s < int(std::size(shapes)); ++s) {
                const Shape &shape = shapes[s];
                const int pi = i - shape.left;
                const int pj = j - shape.right;
                if (pi < 0 || pj < 0)
                    continue;
                const double before = cost[at(pi, pj)];
                if (before == infinity)
                    continue;
                // A sentence with no counterpart costs its prior only: a length "ratio" against
                // nothing says nothing, and would make merging it into a neighbour look cheaper.
                double step = priorCost[s];
                if (shape.left > 0 && shape.right > 0)
                    step += lengthCost(leftLength[i] - leftLength[pi], rightLength[j] - rightLength[pj], ratio)
                        - anchorBonus * sharedAnchors(lefts, pi, shape.left, rights, pj, shape.right)
                        + strangerPenalty * (leftStrangers[i] - leftStrangers[pi] + rightStrangers[j] - rightStrangers[pj]);
                if (before + step < best) {
                    best = before + step;
                    bestShape = static_cast<signed char>(s);
                }
            }
            cost[at(i, j)] = best;
            choice[at(i, j)] = bestShape;
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
