// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "wordtokenizer.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace episcope
{

class PersonalDictionary;
class SpellChecker;

/// A word the dictionary does not know, where it is in the text (UTF-16 units).
struct Misspelling {
    qsizetype start = 0;
    qsizetype length = 0;
    QString word;
};

/// What checking one text found.
struct SpellCheckResult {
    QList<Misspelling> misspellings;
    qsizetype checkedWords = 0;
    /// Most words are unknown: the text is probably not in the dictionary's language. Nothing
    /// should be underlined then (Sonnet's own rule), only this said.
    bool mostlyUnknown = false;
};

/// Finds the misspelled words of texts in one language with one dictionary, knowing which words
/// are names (never flagged), which the user added or ignored, and which should not be checked
/// at all (acronyms, words with digits). Caches each word's verdict, so re-checking a text after
/// a keystroke costs lookups, not dictionary calls. Not thread-safe: one finder per thread (the
/// SpellChecker and PersonalDictionary it uses are).
class MisspellingFinder
{
public:
    /// Words longer than this are reported as misspelled without asking the engine.
    static constexpr qsizetype MaxWordLength = 64;

    /// @p checker and @p personal may be null (then nothing, or nothing personal, is checked).
    /// @p personal must outlive the finder. @p language keys the personal dictionary ("de").
    MisspellingFinder(std::shared_ptr<SpellChecker> checker, PersonalDictionary *personal, QString language);

    [[nodiscard]] bool isActive() const;
    [[nodiscard]] QString dictionary() const;
    /// Word forms that are names in this text: never flagged.
    void setNames(const QSet<QString> &names);
    /// Never flag @p word again in this session.
    void ignore(const QString &word);
    /// Adds @p word to the personal dictionary for this language; false if it could not be saved.
    bool addToPersonal(const QString &word);

    [[nodiscard]] bool isMisspelled(const QString &word);
    [[nodiscard]] SpellCheckResult check(QStringView text);
    /// Up to @p limit replacements, best first.
    [[nodiscard]] QStringList suggestions(const QString &word, qsizetype limit = 5);

private:
    [[nodiscard]] bool needsChecking(const QString &word) const;
    [[nodiscard]] bool askDictionary(const QString &word);
    [[nodiscard]] bool decide(const QString &rawWord);

    std::shared_ptr<SpellChecker> m_checker;
    PersonalDictionary *m_personal;
    QString m_language;
    QSet<QString> m_names;
    QSet<QString> m_ignored;
    QHash<QString, bool> m_known; ///< normalised word → the dictionary knows it
    QHash<QString, bool> m_verdicts; ///< word as written → misspelled; cleared when names, ignored or personal words change
    int m_personalGeneration = -1;
};

} // namespace episcope
