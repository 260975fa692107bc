// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellingcontroller.h"

#include <QtConcurrent/QtConcurrentRun>

namespace episcope
{

SpellingController::SpellingController(SpellEngine *engine, PersonalDictionary *personal, QObject *parent)
    : QObject(parent)
    , m_engine(engine)
    , m_personal(personal)
    , m_spelling(engine, personal)
{
    m_pool.setMaxThreadCount(1); // a newer count waits for the abandoned one's current row, no longer
    connect(&m_counting, &QFutureWatcher<QList<int>>::finished, this, [this] {
        if (!m_counting.isCanceled() && m_counting.future().resultCount() > 0)
            Q_EMIT countsReady(m_counting.result());
    });
}

SpellingController::~SpellingController()
{
    m_counting.cancel();
    m_pool.waitForDone(); // every count, the abandoned ones too
}

SpellEngine *SpellingController::engine() const
{
    return m_engine;
}

EpisodeSpelling &SpellingController::spelling()
{
    return m_spelling;
}

void SpellingController::setEnabled(bool enabled)
{
    m_spelling.setEnabled(enabled);
}

bool SpellingController::isEnabled() const
{
    return m_spelling.isEnabled();
}

void SpellingController::setEpisode(const Episode &episode)
{
    m_spelling.setEpisode(episode,
                          episode.translations.size() > MaxTranslationsForNames ? std::optional<QList<DetectedName>>(QList<DetectedName> {}) : std::nullopt);
    recount(episode);
}

void SpellingController::recount(const Episode &episode)
{
    m_counting.cancel();
    m_counting.setFuture(QtConcurrent::run(&m_pool,
        [](QPromise<QList<int>> &promise, SpellEngine *engine, PersonalDictionary *personal, Episode episode, QList<DetectedName> names,
           QHash<int, QString> overrides, bool enabled) {
            EpisodeSpelling spelling(engine, personal); // this thread's own finders and caches
            spelling.setEnabled(enabled);
            spelling.setEpisode(episode, names);
            for (auto it = overrides.cbegin(); it != overrides.cend(); ++it)
                spelling.setDictionaryOverride(it.key(), it.value());
            QList<int> counts;
            counts.reserve(episode.translations.size());
            for (int row = 0; row < episode.translations.size(); ++row) {
                if (promise.isCanceled())
                    return;
                MisspellingFinder *finder = spelling.finder(row);
                counts.append(finder->isActive() ? int(finder->check(episode.translations.at(row).text).misspellings.size()) : -1);
            }
            promise.addResult(counts);
        },
        m_engine, m_personal, episode, m_spelling.names(), m_spelling.dictionaryOverrides(), m_spelling.isEnabled()));
}

} // namespace episcope
