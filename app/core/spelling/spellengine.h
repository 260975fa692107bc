// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spellchecker.h"

#include <QMap>
#include <QMutex>

#include <map>
#include <memory>

namespace episcope
{

/// A spell-checking engine: which dictionaries exist and a checker for each. KDE Sonnet where
/// it is packaged (SonnetEngine), Hunspell + Voikko elsewhere (HunspellEngine); the rest of
/// Episcope sees only this interface. checker() is thread-safe.
class SpellEngine
{
public:
    SpellEngine() = default;
    virtual ~SpellEngine();
    Q_DISABLE_COPY_MOVE(SpellEngine)

    /// "sonnet" or "hunspell": stable, for scripts and tests.
    [[nodiscard]] virtual QString key() const = 0;
    /// For people: the engine and its version ("Sonnet 6.13.0", "Hunspell 1.7.1 + Voikko 4.3.1").
    [[nodiscard]] virtual QString name() const = 0;
    /// Every dictionary this engine can load, by the engine's names ("de_DE", "el_GR", "fi").
    [[nodiscard]] virtual QStringList dictionaries() const = 0;

    /// The checker for @p dictionary, loaded on first use and then shared; null when it cannot be loaded.
    [[nodiscard]] std::shared_ptr<SpellChecker> checker(const QString &dictionary);
    /// The best dictionary for a BCP 47 @p languageTag (see DictionaryChooser), or empty.
    /// The user's choice for a language ("de" → "de_AT") comes first, when that dictionary exists.
    [[nodiscard]] QString dictionaryFor(const QString &languageTag) const;
    /// The user's dictionary for each primary language (Settings › Spelling); thread-safe.
    void setDictionaryChoices(const QMap<QString, QString> &choices);

protected:
    [[nodiscard]] virtual std::unique_ptr<SpellChecker> load(const QString &dictionary) = 0;

private:
    QMutex m_mutex;
    mutable QMutex m_choicesMutex;
    QMap<QString, QString> m_choices;
    std::map<QString, std::shared_ptr<SpellChecker>> m_checkers;
};

/// The engine this build prefers: Sonnet when it was found at configure time (and not disabled
/// with EPISCOPE_SPELL_ENGINE=hunspell), Hunspell + Voikko otherwise.
[[nodiscard]] std::unique_ptr<SpellEngine> createSpellEngine();

} // namespace episcope
