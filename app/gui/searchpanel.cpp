// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchpanel.h"

#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QTimer>
#include <QVBoxLayout>

namespace episcope
{

namespace
{

QString placeOf(const Episode &episode)
{
    QString place = episode.series;
    if (episode.season >= 0 && episode.number >= 0)
        place += (place.isEmpty() ? QString() : QStringLiteral(" "))
            + QStringLiteral("S%1E%2").arg(episode.season, 2, 10, QLatin1Char('0')).arg(episode.number, 2, 10, QLatin1Char('0'));
    if (!episode.title.isEmpty())
        place += (place.isEmpty() ? QString() : QStringLiteral(" · ")) + episode.title;
    return place;
}

} // namespace

SearchPanel::SearchPanel(QWidget *parent)
    : QWidget(parent)
    , m_field(new QLineEdit(this))
    , m_count(new QLabel(this))
    , m_results(new QListWidget(this))
    , m_delay(new QTimer(this))
{
    m_field->setPlaceholderText(tr("Find in every synopsis and title…"));
    m_field->setClearButtonEnabled(true);
    m_field->setAccessibleName(tr("Search text"));
    m_count->setTextFormat(Qt::PlainText);
    m_results->setAccessibleName(tr("Search results"));
    m_results->setUniformItemSizes(true);
    m_results->setTextElideMode(Qt::ElideMiddle);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addWidget(m_field);
    layout->addWidget(m_count);
    layout->addWidget(m_results, 1);

    m_delay->setSingleShot(true);
    m_delay->setInterval(200);
    connect(m_delay, &QTimer::timeout, this, &SearchPanel::search);
    connect(m_field, &QLineEdit::textChanged, m_delay, qOverload<>(&QTimer::start));
    connect(m_field, &QLineEdit::returnPressed, this, [this] {
        m_delay->stop();
        search();
        if (m_results->count() > 0) {
            m_results->setCurrentRow(0);
            Q_EMIT hitActivated(m_hits.constFirst());
        }
    });
    connect(m_results, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const int index = m_results->row(item);
        if (index >= 0 && index < m_hits.size())
            Q_EMIT hitActivated(m_hits.at(index));
    });
}

void SearchPanel::setCollection(const Collection *collection)
{
    m_collection = collection;
    search();
}

void SearchPanel::focusField()
{
    m_field->setFocus(Qt::ShortcutFocusReason);
    m_field->selectAll();
}

const QList<SearchHit> &SearchPanel::hits() const
{
    return m_hits;
}

QLineEdit *SearchPanel::field() const
{
    return m_field;
}

QListWidget *SearchPanel::results() const
{
    return m_results;
}

void SearchPanel::search()
{
    m_results->clear();
    m_hits.clear();
    const QString query = m_field->text().trimmed();
    if (!m_collection || query.isEmpty()) {
        m_count->clear();
        return;
    }
    m_hits = SynopsisSearch::find(*m_collection, query);
    for (const SearchHit &hit : std::as_const(m_hits)) {
        const Episode &episode = m_collection->episode(hit.ref);
        const Translation &row = episode.translations.at(hit.row);
        // Plain text only: list items never interpret markup, and the synopsis text is untrusted.
        auto *item = new QListWidgetItem(tr("%1 — %2: %3").arg(row.languageTag, placeOf(episode), hit.context), m_results);
        item->setToolTip(m_collection->libraries.at(hit.ref.library).sourcePath);
    }
    if (m_hits.isEmpty())
        m_count->setText(tr("No synopsis contains “%1”").arg(query));
    else if (m_hits.size() >= SynopsisSearch::DefaultLimit)
        m_count->setText(tr("The first %1 matches").arg(QLocale().toString(m_hits.size())));
    else
        m_count->setText(tr("Matching synopses: %1").arg(QLocale().toString(m_hits.size())));
}

} // namespace episcope
