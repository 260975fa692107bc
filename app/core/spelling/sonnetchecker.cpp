// SPDX-License-Identifier: GPL-3.0-or-later
#include "sonnetchecker.h"

#include <Sonnet/Speller>

namespace episcope
{

namespace
{
constexpr qsizetype MaxBytes = 100; // Sonnet hands words to Hunspell unchanged; same cap as ours
}

SonnetChecker::SonnetChecker(QString dictionary, std::unique_ptr<Sonnet::Speller> speller)
    : m_dictionary(std::move(dictionary))
    , m_speller(std::move(speller))
{
}

SonnetChecker::~SonnetChecker() = default;

std::unique_ptr<SonnetChecker> SonnetChecker::open(const QString &dictionary)
{
    auto speller = std::make_unique<Sonnet::Speller>(dictionary);
    if (!speller->isValid() || speller->language() != dictionary)
        return nullptr;
    return std::unique_ptr<SonnetChecker>(new SonnetChecker(dictionary, std::move(speller)));
}

QString SonnetChecker::dictionary() const
{
    return m_dictionary;
}

bool SonnetChecker::isCorrect(const QString &word)
{
    if (word.isEmpty() || word.toUtf8().size() > MaxBytes)
        return false;
    const QMutexLocker lock(&m_mutex);
    return m_speller->isCorrect(word);
}

QStringList SonnetChecker::suggestions(const QString &word)
{
    if (word.isEmpty() || word.toUtf8().size() > MaxBytes)
        return {};
    const QMutexLocker lock(&m_mutex);
    return m_speller->suggest(word);
}

} // namespace episcope
