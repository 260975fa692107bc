// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "misspellingfinder.h"
#include "model/episode.h"
#include "namedetector.h"

#include <QHash>

#include <memory>

namespace episcope
{

class PersonalDictionary;
class SpellEngine;

/// Spell-checking one episode: the dictionary of each translation (from its language, or chosen
/// by the user), the names its translations share (never flagged), and a MisspellingFinder per
/// translation. Used by the GUI, the CLI and the background counter alike. Not thread-safe: a
/// worker makes its own, sharing the engine and the personal dictionary (which are).
class EpisodeSpelling
{
public:
    /// @p engine and @p personal (may be null) are not owned and must outlive this object.
    EpisodeSpelling(SpellEngine *engine, PersonalDictionary *personal);

    /// Starts over for @p episode; detects its names unless @p names are given.
    void setEpisode(const Episode &episode, std::optional<QList<DetectedName>> names = std::nullopt);
    [[nodiscard]] const QList<DetectedName> &names() const;

    /// The dictionary translation @p row is checked with; empty when there is none for its language.
    [[nodiscard]] QString dictionaryFor(int row) const;
    /// Spell-checking on or off for every row (Settings › Spelling); off, no row has a dictionary.
    /// Takes effect at the next setEpisode(), so that finders in use stay valid.
    void setEnabled(bool enabled);
    [[nodiscard]] bool isEnabled() const;
    /// Uses @p dictionary for @p row (empty: back to the automatic choice).
    void setDictionaryOverride(int row, const QString &dictionary);
    [[nodiscard]] QHash<int, QString> dictionaryOverrides() const;

    /// The finder for @p row, made on first use. Never null; inactive when there is no dictionary.
    /// Valid until setEpisode(), or setDictionaryOverride() for that row.
    [[nodiscard]] MisspellingFinder *finder(int row);
    /// The same finder, shared: for a view that may outlive this object's current episode.
    [[nodiscard]] std::shared_ptr<MisspellingFinder> sharedFinder(int row);
    /// "No Finnish dictionary — install voikko-fi", or empty when @p row has a dictionary.
    [[nodiscard]] QString missingDictionaryMessage(int row) const;
    /// Stops flagging @p word in every translation of the same language, for this session (in
    /// finders made later too).
    void ignore(int row, const QString &word);
    /// Adds @p word to the personal dictionary of @p row's language; false when it could not be saved.
    bool addToPersonal(int row, const QString &word);

private:
    SpellEngine *m_engine;
    PersonalDictionary *m_personal;
    Episode m_episode;
    QList<DetectedName> m_names;
    QHash<int, QString> m_overrides;
    bool m_enabled = true;
    QHash<int, std::shared_ptr<MisspellingFinder>> m_finders;
    QHash<QString, std::shared_ptr<MisspellingFinder>> m_sharedFinders; ///< "dictionary|language" → the finder of rows without names
    QHash<QString, QSet<QString>> m_ignored; ///< language → words ignored this session
};

} // namespace episcope
