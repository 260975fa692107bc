// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spelling/episodespelling.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

namespace episcope
{

class PersonalDictionary;
class SpellEngine;

/// The window's spell-checking: the EpisodeSpelling of the episode shown (GUI thread) and the
/// misspelling count of every translation, computed on a worker thread with its own finders.
/// A new count abandons the one running; its result is never delivered.
class SpellingController : public QObject
{
    Q_OBJECT
public:
    /// Episodes with more translations than this get no name detection (a million-line file is
    /// not an episode, and comparing its lines would only cost time).
    static constexpr qsizetype MaxTranslationsForNames = 1000;

    /// @p engine and @p personal are not owned and must outlive the controller.
    SpellingController(SpellEngine *engine, PersonalDictionary *personal, QObject *parent = nullptr);
    ~SpellingController() override;

    [[nodiscard]] SpellEngine *engine() const;
    [[nodiscard]] EpisodeSpelling &spelling();

    /// Spell-checking on or off (Settings); takes effect at the next setEpisode().
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const;
    /// Starts over for @p episode and counts its misspellings in the background.
    void setEpisode(const Episode &episode);
    /// Counts again (after an edit, a word added, a dictionary chosen) for @p episode.
    void recount(const Episode &episode);

Q_SIGNALS:
    /// One count per translation, in order; -1 where there is no dictionary.
    void countsReady(const QList<int> &counts);

private:
    SpellEngine *m_engine;
    PersonalDictionary *m_personal;
    EpisodeSpelling m_spelling;
    /// The counts' own threads: a count abandoned for a newer one may still be finishing a row,
    /// and the controller must not go (with the engine and dictionary it points to) before it has.
    QThreadPool m_pool;
    QFutureWatcher<QList<int>> m_counting;
};

} // namespace episcope
