// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageidentifier.h"

#include "languagetag.h"

// CLD2's headers use size_t and friends without including what declares them.
#include <cstddef>
#include <cstdio>

#include <cld2/public/compact_lang_det.h>

namespace CLD2
{
// Declared in CLD2's internal lang_script.h, exported by libcld2.
const char *LanguageCode(Language lang);
} // namespace CLD2

namespace episcope
{

LanguageIdentifier::LanguageIdentifier()
{
    m_tags.reserve(CLD2::NUM_LANGUAGES);
    for (int language = 0; language < CLD2::NUM_LANGUAGES; ++language)
        m_tags.append(LanguageTag::fromCld2Code(QString::fromLatin1(CLD2::LanguageCode(CLD2::Language(language)))));
}

LanguageGuess LanguageIdentifier::identify(const QString &text) const
{
    QString sample = text.left(MaxCharacters);
    if (sample.size() == MaxCharacters && sample.back().isHighSurrogate())
        sample.chop(1);
    const QByteArray utf8 = sample.toUtf8();

    LanguageGuess guess { LanguageTag::undetermined(), 0.0, false };
    if (utf8.trimmed().isEmpty())
        return guess;

    CLD2::Language languages[3];
    int percents[3] = { 0, 0, 0 };
    int textBytes = 0;
    bool reliable = false;
    const CLD2::Language top = CLD2::ExtDetectLanguageSummary(utf8.constData(), int(utf8.size()), true, languages, percents, &textBytes, &reliable);
    if (top == CLD2::UNKNOWN_LANGUAGE)
        return guess;

    guess.tag = top >= 0 && top < m_tags.size() ? m_tags.at(top) : LanguageTag::undetermined();
    if (guess.tag == LanguageTag::undetermined())
        return guess;
    guess.reliable = reliable;
    guess.confidence = percents[0] / 100.0 * (reliable ? 1.0 : 0.5);
    return guess;
}

} // namespace episcope
