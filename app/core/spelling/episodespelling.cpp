// SPDX-License-Identifier: GPL-3.0-or-later
#include "episodespelling.h"

#include "dictionarychooser.h"
#include "language/languageinfo.h"
#include "language/languagetag.h"
#include "spellengine.h"

#include <QCoreApplication>

namespace episcope
{

EpisodeSpelling::EpisodeSpelling(SpellEngine *engine, PersonalDictionary *personal)
    : m_engine(engine)
    , m_personal(personal)
{
}

void EpisodeSpelling::setEpisode(const Episode &episode, std::optional<QList<DetectedName>> names)
{
    m_episode = episode;
    m_finders.clear();
    m_sharedFinders.clear();
    m_overrides.clear();
    m_names = names ? std::move(*names) : NameDetector().detect(episode);
}

const QList<DetectedName> &EpisodeSpelling::names() const
{
    return m_names;
}

void EpisodeSpelling::setEnabled(bool enabled)
{
    m_enabled = enabled; // finders already handed out stay valid until the next setEpisode()
}

bool EpisodeSpelling::isEnabled() const
{
    return m_enabled;
}

QString EpisodeSpelling::dictionaryFor(int row) const
{
    if (!m_enabled)
        return {};
    const auto chosen = m_overrides.constFind(row);
    if (chosen != m_overrides.cend())
        return *chosen;
    if (!m_engine || row < 0 || row >= m_episode.translations.size())
        return {};
    return m_engine->dictionaryFor(m_episode.translations.at(row).languageTag);
}

void EpisodeSpelling::setDictionaryOverride(int row, const QString &dictionary)
{
    if (dictionary.isEmpty())
        m_overrides.remove(row);
    else
        m_overrides.insert(row, dictionary);
    m_finders.remove(row);
}

QHash<int, QString> EpisodeSpelling::dictionaryOverrides() const
{
    return m_overrides;
}

MisspellingFinder *EpisodeSpelling::finder(int row)
{
    auto found = m_finders.find(row);
    if (found != m_finders.end())
        return found->get();

    const QString dictionary = dictionaryFor(row);
    const QString language =
        row >= 0 && row < m_episode.translations.size() ? LanguageTag::primaryLanguage(m_episode.translations.at(row).languageTag) : QString();
    const QSet<QString> names = NameDetector::formsIn(m_names, row);
    // Rows without names share one finder (and its cache) per dictionary and language: a file of
    // a million lines must not make a million finders.
    const QString sharedKey = names.isEmpty() ? dictionary + u'|' + language : QString();
    if (!sharedKey.isEmpty()) {
        const auto shared = m_sharedFinders.constFind(sharedKey);
        if (shared != m_sharedFinders.cend())
            return m_finders.insert(row, *shared)->get();
    }
    std::shared_ptr<SpellChecker> checker = dictionary.isEmpty() || !m_engine ? nullptr : m_engine->checker(dictionary);
    auto finder = std::make_shared<MisspellingFinder>(std::move(checker), m_personal, language);
    finder->setNames(names);
    for (const QString &word : m_ignored.value(language))
        finder->ignore(word);
    if (!sharedKey.isEmpty())
        m_sharedFinders.insert(sharedKey, finder);
    return m_finders.insert(row, std::move(finder))->get();
}

std::shared_ptr<MisspellingFinder> EpisodeSpelling::sharedFinder(int row)
{
    (void)finder(row);
    return m_finders.value(row);
}

QString EpisodeSpelling::missingDictionaryMessage(int row) const
{
    if (row < 0 || row >= m_episode.translations.size() || !dictionaryFor(row).isEmpty())
        return {};
    if (!m_enabled)
        return QCoreApplication::translate("episcope::EpisodeSpelling", "Not spell-checked: spell-checking is off in Settings");
    const QString tag = m_episode.translations.at(row).languageTag;
    if (LanguageTag::primaryLanguage(tag) == LanguageTag::undetermined())
        return QCoreApplication::translate("episcope::EpisodeSpelling", "Not spell-checked: the language is not known");
    return QCoreApplication::translate("episcope::EpisodeSpelling", "No %1 dictionary — install %2")
        .arg(LanguageInfo::forTag(tag).displayName, DictionaryChooser::packageFor(tag));
}

void EpisodeSpelling::ignore(int row, const QString &word)
{
    if (row < 0 || row >= m_episode.translations.size())
        return;
    const QString language = LanguageTag::primaryLanguage(m_episode.translations.at(row).languageTag);
    m_ignored[language].insert(word);
    for (auto it = m_finders.cbegin(); it != m_finders.cend(); ++it) {
        if (LanguageTag::primaryLanguage(m_episode.translations.at(it.key()).languageTag) == language)
            (*it)->ignore(word);
    }
}

bool EpisodeSpelling::addToPersonal(int row, const QString &word)
{
    return finder(row)->addToPersonal(word); // finders consult the personal dictionary before their caches
}

} // namespace episcope
