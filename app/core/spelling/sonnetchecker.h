// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spellchecker.h"

#include <QMutex>

#include <memory>

namespace Sonnet
{
class Speller;
}

namespace episcope
{

/// One Sonnet speller for one language. Sonnet's backends are not thread-safe: calls are serialised.
class SonnetChecker : public SpellChecker
{
public:
    /// Null when Sonnet cannot make a valid speller for @p dictionary.
    [[nodiscard]] static std::unique_ptr<SonnetChecker> open(const QString &dictionary);
    ~SonnetChecker() override;

    [[nodiscard]] QString dictionary() const override;
    [[nodiscard]] bool isCorrect(const QString &word) override;
    [[nodiscard]] QStringList suggestions(const QString &word) override;

private:
    SonnetChecker(QString dictionary, std::unique_ptr<Sonnet::Speller> speller);

    QString m_dictionary;
    QMutex m_mutex;
    std::unique_ptr<Sonnet::Speller> m_speller;
};

} // namespace episcope
