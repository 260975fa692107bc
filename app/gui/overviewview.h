// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "compare/overview.h"

#include <QWidget>

namespace episcope
{

class NameGridChart;
class SimilarityHeatMap;

/// Every translation of the episode at once: which synopsis mentions whom (NameGridChart) and how
/// alike each pair is (SimilarityHeatMap). Choosing a cell of the heat map asks for that pair
/// side by side.
class OverviewView : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewView(QWidget *parent = nullptr);

    void setEpisode(const Episode &episode, const QList<DetectedName> &names);
    [[nodiscard]] const Overview &overview() const;
    [[nodiscard]] SimilarityHeatMap *heatMap() const;

Q_SIGNALS:
    void pairChosen(int left, int right);

private:
    Overview m_overview;
    NameGridChart *m_names;
    SimilarityHeatMap *m_similarity;
};

} // namespace episcope
