// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellengine.h"

#include "dictionarychooser.h"
#include "hunspellengine.h"
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
    return DictionaryChooser::choose(languageTag, dictionaries());
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
