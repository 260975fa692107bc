// SPDX-License-Identifier: GPL-3.0-or-later
#include "voikkochecker.h"

#include <libvoikko/voikko.h>

#include <memory>

namespace episcope
{

namespace
{
constexpr qsizetype MaxBytes = 255; // Voikko refuses longer words itself; do not even ask
}

VoikkoChecker::VoikkoChecker(QString language, VoikkoHandle *handle)
    : m_language(std::move(language))
    , m_handle(handle)
{
}

VoikkoChecker::~VoikkoChecker()
{
    voikkoTerminate(m_handle);
}

std::unique_ptr<VoikkoChecker> VoikkoChecker::open(const QString &language)
{
    const char *error = nullptr;
    VoikkoHandle *handle = voikkoInit(&error, language.toUtf8().constData(), nullptr);
    if (!handle)
        return nullptr;
    return std::unique_ptr<VoikkoChecker>(new VoikkoChecker(language, handle));
}

QString VoikkoChecker::dictionary() const
{
    return m_language;
}

bool VoikkoChecker::isCorrect(const QString &word)
{
    const QByteArray bytes = word.toUtf8();
    if (bytes.isEmpty() || bytes.size() > MaxBytes)
        return false;
    const QMutexLocker lock(&m_mutex);
    return voikkoSpellCstr(m_handle, bytes.constData()) == VOIKKO_SPELL_OK;
}

QStringList VoikkoChecker::suggestions(const QString &word)
{
    const QByteArray bytes = word.toUtf8();
    if (bytes.isEmpty() || bytes.size() > MaxBytes)
        return {};
    const QMutexLocker lock(&m_mutex);
    char **found = voikkoSuggestCstr(m_handle, bytes.constData());
    QStringList result;
    for (char **suggestion = found; suggestion && *suggestion; ++suggestion)
        result.append(QString::fromUtf8(*suggestion));
    voikkoFreeCstrArray(found);
    return result;
}

} // namespace episcope
