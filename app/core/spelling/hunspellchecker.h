// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spellchecker.h"

#include <QMutex>

#include <memory>

class Hunspell;

namespace episcope
{

class LegacyEncoding;

/// One Hunspell dictionary. Converts words to the dictionary's own encoding (many are not UTF-8:
/// Greek is ISO 8859-7) and never hands Hunspell a word it cannot represent.
class HunspellChecker : public SpellChecker
{
public:
    /// Null when the files cannot be loaded or name an encoding ICU does not know.
    [[nodiscard]] static std::unique_ptr<HunspellChecker> open(const QString &dictionary, const QString &affixPath, const QString &dictionaryPath);
    ~HunspellChecker() override;

    [[nodiscard]] QString dictionary() const override;
    [[nodiscard]] bool isCorrect(const QString &word) override;
    [[nodiscard]] QStringList suggestions(const QString &word) override;

private:
    HunspellChecker(QString dictionary, std::unique_ptr<Hunspell> hunspell, std::unique_ptr<LegacyEncoding> encoding);

    QString m_dictionary;
    QMutex m_mutex;
    std::unique_ptr<Hunspell> m_hunspell;
    std::unique_ptr<LegacyEncoding> m_encoding; ///< null for UTF-8 dictionaries
};

} // namespace episcope
