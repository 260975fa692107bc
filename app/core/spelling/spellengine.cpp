// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellengine.h"

#include "dictionarychooser.h"
#include "hunspellengine.h"
#include "language/languagetag.h"
#if EPISCOPE_USE_SONNET
#include "sonnetengine.h"
#endif

namespace episcope
{

SpellEngine::~SpellEngine() = default;

std::shared_ptr<SpellChecker> SpellEngine::checker(const QString &dictionary)
{
    const QMutexLocker lock(&m_mutex);
    auto found = m_checkers.find(dictionary);
    if (found == m_checkers.end())
        found = m_checkers.emplace(dictionary, std::shared_ptr<SpellChecker>(load(dictionary))).first;
    return found->second;
}

QString SpellEngine::dictionaryFor(const QString &languageTag) const
{
    const QStringList available = dictionaries();
    {
        const QMutexLocker locker(&m_choicesMutex);
        const QString chosen = m_choices.value(LanguageTag::primaryLanguage(languageTag));
        if (!chosen.isEmpty() && available.contains(chosen))
            return chosen;
    }
    return DictionaryChooser::choose(languageTag, available);
}

void SpellEngine::setDictionaryChoices(const QMap<QString, QString> &choices)
{
    const QMutexLocker locker(&m_choicesMutex);
    m_choices = choices;
}

std::unique_ptr<SpellEngine> createSpellEngine()
{
#if EPISCOPE_USE_SONNET
    return std::make_unique<SonnetEngine>();
#else
    return std::make_unique<HunspellEngine>();
#endif
}

} // namespace episcope
