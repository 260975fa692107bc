// SPDX-License-Identifier: GPL-3.0-or-later
#include "sonnetengine.h"

#include "sonnetchecker.h"

#include <Sonnet/Speller>

namespace episcope
{

SonnetEngine::SonnetEngine()
    : m_dictionaries(Sonnet::Speller().availableLanguages())
{
}

QString SonnetEngine::key() const
{
    return QStringLiteral("sonnet");
}

QString SonnetEngine::name() const
{
    return QStringLiteral("Sonnet %1 (%2)").arg(QStringLiteral(EPISCOPE_SONNET_VERSION), Sonnet::Speller().availableBackends().join(QStringLiteral(", ")));
}

QStringList SonnetEngine::dictionaries() const
{
    return m_dictionaries;
}

std::unique_ptr<SpellChecker> SonnetEngine::load(const QString &dictionary)
{
    if (!m_dictionaries.contains(dictionary))
        return nullptr;
    return SonnetChecker::open(dictionary);
}

} // namespace episcope
