// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewview.h"

#include "namegridchart.h"
#include "similarityheatmap.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace episcope
{

namespace
{

QWidget *titled(const QString &title, QWidget *chart, QWidget *parent)
{
    auto *box = new QWidget(parent);
    auto *layout = new QVBoxLayout(box);
    auto *label = new QLabel(title, box);
    label->setTextFormat(Qt::PlainText);
    QFont bold = label->font();
    bold.setBold(true);
    label->setFont(bold);
    layout->addWidget(label);
    layout->addWidget(chart);
    layout->addStretch(1);
    return box;
}

} // namespace

OverviewView::OverviewView(QWidget *parent)
    : QWidget(parent)
    , m_names(new NameGridChart(this))
    , m_similarity(new SimilarityHeatMap(this))
{
    connect(m_similarity, &SimilarityHeatMap::pairChosen, this, &OverviewView::pairChosen);

    auto *content = new QWidget(this);
    auto *row = new QHBoxLayout(content);
    row->addWidget(titled(tr("Who is mentioned where"), m_names, content));
    row->addSpacing(24);
    row->addWidget(titled(tr("How alike the synopses are (click to compare)"), m_similarity, content));
    row->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(content);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);
}

void OverviewView::setEpisode(const Episode &episode, const QList<DetectedName> &names)
{
    m_overview = Overview::of(episode, names);
    m_names->setOverview(m_overview);
    m_similarity->setOverview(m_overview);
}

const Overview &OverviewView::overview() const
{
    return m_overview;
}

SimilarityHeatMap *OverviewView::heatMap() const
{
    return m_similarity;
}

} // namespace episcope
