// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace episcope
{

/// One loaded dictionary of a spell-checking engine. Implementations serialise their calls, so
/// one instance may be shared by the GUI thread and a worker thread.
class SpellChecker
{
public:
    SpellChecker() = default;
    virtual ~SpellChecker() = default;
    Q_DISABLE_COPY_MOVE(SpellChecker)

    /// The engine's name for the dictionary ("de_DE", "fi").
    [[nodiscard]] virtual QString dictionary() const = 0;
    /// @p word is one word with no surrounding punctuation, at most MisspellingFinder::MaxWordLength characters.
    [[nodiscard]] virtual bool isCorrect(const QString &word) = 0;
    /// Replacements for @p word, best first; may be slow (tens of milliseconds).
    [[nodiscard]] virtual QStringList suggestions(const QString &word) = 0;
};

} // namespace episcope
