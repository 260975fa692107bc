// SPDX-License-Identifier: GPL-3.0-or-later
#include "overview.h"

#include "comparison.h"

namespace episcope
{

namespace
{

double similarityOf(const Comparison &comparison)
{
    const double total = double(comparison.left.text.size() + comparison.right.text.size());
    if (total == 0)
        return 0.0;
    double aligned = 0;
    for (const AlignedRow &row : comparison.rows) {
        double characters = 0;
        for (int i = row.leftFirst; i < row.leftFirst + row.leftCount; ++i)
            characters += double(comparison.leftSentences.at(i).length);
        for (int i = row.rightFirst; i < row.rightFirst + row.rightCount; ++i)
            characters += double(comparison.rightSentences.at(i).length);
        aligned += characters * row.confidence;
    }
    const qsizetype union_ = comparison.namesInBoth.size() + comparison.namesOnlyLeft.size() + comparison.namesOnlyRight.size();
    const double names = union_ == 0 ? 0.0 : double(comparison.namesInBoth.size()) / double(union_);
    return 0.5 * (aligned / total) + 0.5 * names;
}

} // namespace

Overview Overview::of(const Episode &episode, const QList<DetectedName> &names)
{
    Overview overview;
    const int count = int(episode.translations.size());
    for (const Translation &translation : episode.translations)
        overview.languages.append(translation.languageTag);
    overview.names = names;
    for (const DetectedName &name : names) {
        QList<bool> row(count, false);
        for (auto it = name.forms.cbegin(); it != name.forms.cend(); ++it) {
            if (it.key() >= 0 && it.key() < count)
                row[it.key()] = true;
        }
        overview.mentions.append(row);
    }
    overview.similarity = QList<QList<double>>(count, QList<double>(count, 1.0));
    for (int i = 0; i < count; ++i) {
        for (int j = i + 1; j < count; ++j) {
            const double value = similarityOf(Comparison::of(episode, i, j, names));
            overview.similarity[i][j] = value;
            overview.similarity[j][i] = value;
        }
    }
    return overview;
}

} // namespace episcope
