// SPDX-License-Identifier: GPL-3.0-or-later
#include "misspellingfinder.h"

#include "personaldictionary.h"
#include "spellchecker.h"

namespace episcope
{

namespace
{

/// Hunspell dictionaries spell apostrophes as U+0027; typographic ones are the same to readers.
QString withPlainApostrophes(QString word)
{
    word.replace(u'\u2019', u'\'');
    word.replace(u'\u02BC', u'\'');
    return word;
}

/// Drops control characters (NUL, C0, C1) a file may have smuggled into a word; keeps joiners.
QString withoutControls(const QString &word)
{
    QString clean;
    clean.reserve(word.size());
    for (const QChar c : word) {
        if (c.category() != QChar::Other_Control)
            clean.append(c);
    }
    return clean;
}

} // namespace

MisspellingFinder::MisspellingFinder(std::shared_ptr<SpellChecker> checker, PersonalDictionary *personal, QString language)
    : m_checker(std::move(checker))
    , m_personal(personal)
    , m_language(std::move(language))
{
}

bool MisspellingFinder::isActive() const
{
    return m_checker != nullptr;
}

QString MisspellingFinder::dictionary() const
{
    return m_checker ? m_checker->dictionary() : QString();
}

void MisspellingFinder::setNames(const QSet<QString> &names)
{
    m_names = names;
    m_verdicts.clear();
}

void MisspellingFinder::ignore(const QString &word)
{
    m_ignored.insert(word);
    m_verdicts.remove(word);
}

bool MisspellingFinder::addToPersonal(const QString &word)
{
    return m_personal && m_personal->add(m_language, word);
}

bool MisspellingFinder::needsChecking(const QString &word) const
{
    bool hasLower = false;
    for (const QChar c : word) {
        if (c.isDigit())
            return false; // "S01E02", "3D": not words a dictionary holds
        hasLower = hasLower || c.isLower();
    }
    return hasLower || word.size() == 1; // all capitals: an acronym ("OP", "NYC")
}

bool MisspellingFinder::askDictionary(const QString &word)
{
    if (m_checker->isCorrect(word))
        return true;
    // Elision ("un'angioplastica", "l'amour", "qu'il"): each side of the apostrophe may be a word.
    const qsizetype apostrophe = word.lastIndexOf(u'\'');
    if (apostrophe > 0 && apostrophe < word.size() - 1) {
        const QString head = word.left(apostrophe + 1);
        const QString tail = word.mid(apostrophe + 1);
        return (head.size() <= 4 || m_checker->isCorrect(head)) && m_checker->isCorrect(tail);
    }
    return false;
}

bool MisspellingFinder::isMisspelled(const QString &rawWord)
{
    if (!m_checker)
        return false;
    if (rawWord.size() > MaxWordLength)
        return true;
    // Re-checking a long synopsis after each keystroke must cost a lookup per word, nothing more.
    const int generation = m_personal ? m_personal->generation() : 0;
    if (generation != m_personalGeneration) {
        m_verdicts.clear();
        m_personalGeneration = generation;
    }
    const auto verdict = m_verdicts.constFind(rawWord);
    if (verdict != m_verdicts.cend())
        return *verdict;
    const bool misspelled = decide(rawWord);
    m_verdicts.insert(QString(rawWord.constData(), rawWord.size()), misspelled); // a deep copy: rawWord may borrow its characters
    return misspelled;
}

bool MisspellingFinder::decide(const QString &rawWord)
{
    const QString word = withPlainApostrophes(withoutControls(rawWord));
    if (word.isEmpty() || !needsChecking(word) || m_names.contains(rawWord) || m_ignored.contains(rawWord))
        return false;
    if (m_personal && m_personal->contains(m_language, rawWord))
        return false;
    auto known = m_known.constFind(word);
    if (known == m_known.cend())
        known = m_known.insert(word, askDictionary(word));
    return !*known;
}

SpellCheckResult MisspellingFinder::check(QStringView text)
{
    SpellCheckResult result;
    if (!m_checker)
        return result;
    const QList<WordSpan> words = WordTokenizer::words(text);
    for (const WordSpan &span : words) {
        // Borrow the characters for the lookup: no allocation per word on the keystroke path.
        const QString word = QString::fromRawData(text.data() + span.start, span.length);
        ++result.checkedWords;
        if (isMisspelled(word))
            result.misspellings.append(Misspelling { span.start, span.length, QString(word.constData(), word.size()) });
    }
    result.mostlyUnknown = result.checkedWords >= 4 && result.misspellings.size() * 2 > result.checkedWords;
    return result;
}

QStringList MisspellingFinder::suggestions(const QString &word, qsizetype limit)
{
    if (!m_checker || word.size() > MaxWordLength)
        return {};
    QStringList found = m_checker->suggestions(withPlainApostrophes(withoutControls(word)));
    if (found.size() > limit)
        found.resize(limit);
    return found;
}

} // namespace episcope
