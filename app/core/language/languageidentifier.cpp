// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageidentifier.h"

#include "language/closelanguageresolver.h"
#include "language/languagetag.h"
#include "quality/scriptfit.h"
#include "spelling/hunspellengine.h"

// CLD2's headers use size_t and friends without including what declares them.
#include <cstddef>
#include <cstdio>

#include <algorithm>

#include <cld2/public/compact_lang_det.h>
#include <cld2/public/encodings.h>

namespace CLD2
{
// Declared in CLD2's internal lang_script.h, exported by libcld2.
const char *LanguageCode(Language lang);
Language GetLanguageFromName(const char *src);
} // namespace CLD2

namespace episcope
{

namespace
{

/// Below this many letters, or with fewer than two words, a text has no language to find.
constexpr int MinimumLetters = 4;
/// Texts this short that CLD2 itself calls unreliable are "und": on so little, its answer is a default.
constexpr int ShortTextBytes = 40;
/// CLD2 reliable and at least this sure of its first language: the text has spoken, hints are not asked.
constexpr int SettledPercent = 80;

/// False for texts with no language in them: one word, digits, emoji, punctuation, or nothing
/// but capitalised words (a list of names).
bool hasLanguage(QStringView text)
{
    // One pass, no word breaker: runs of letters (marks and joiners inside them) are words;
    // scripts written without spaces count a word per letter beyond the first.
    int letters = 0;
    int words = 0;
    int capitalised = 0;
    bool inWord = false;
    for (const QChar c : text) {
        const bool letter = c.isLetter();
        const bool joined = inWord && (c.isMark() || c == u'\'' || c == u'’' || c == u'-' || c.unicode() == 0x200C || c.unicode() == 0x200D);
        if (letter) {
            ++letters;
            if (!inWord) {
                ++words;
                capitalised += c.isUpper() || c.isTitleCase() ? 1 : 0;
            } else if (c.script() == QChar::Script_Han || c.script() == QChar::Script_Hiragana || c.script() == QChar::Script_Katakana
                       || c.script() == QChar::Script_Thai) {
                ++words;
            }
        }
        inWord = letter || joined;
        if (letters >= MinimumLetters && words > 8)
            return true;
    }
    if (letters < MinimumLetters || words < 2)
        return false;
    return capitalised < words; // nothing but capitalised words: names, not language
}

/// CLD2's code for a BCP 47 tag, for its hints ("he" → "iw", "nb" → "no").
QByteArray cld2Code(const QString &tag)
{
    const QString language = LanguageTag::primaryLanguage(tag);
    if (language == u"he")
        return QByteArrayLiteral("iw");
    if (language == u"nb" || language == u"no")
        return QByteArrayLiteral("no");
    if (language == u"zh" && (tag.contains(QStringLiteral("Hant")) || tag.endsWith(QStringLiteral("-TW")) || tag.endsWith(QStringLiteral("-HK"))))
        return QByteArrayLiteral("zh-Hant");
    return language.toLatin1();
}

/// CLD2's answer as the tag Episcope uses: Norwegian is Bokmål unless shown otherwise, and
/// Serbian carries the script it is written in.
QString refined(const QString &tag, QChar::Script script)
{
    if (tag == u"no")
        return QStringLiteral("nb");
    if (tag == u"sr" || tag.startsWith(QStringLiteral("sr-")))
        return script == QChar::Script_Latin ? QStringLiteral("sr-Latn") : QStringLiteral("sr-Cyrl");
    return tag;
}

/// One run of CLD2's extended detector: its three languages with their shares.
struct Cld2Answer {
    CLD2::Language languages[3] = { CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE, CLD2::UNKNOWN_LANGUAGE };
    int percents[3] = { 0, 0, 0 };
    int textBytes = 0;
    bool reliable = false;
};

Cld2Answer detect(const QByteArray &utf8, const CLD2::CLDHints &hints)
{
    Cld2Answer answer;
    double normalized[3] = { 0, 0, 0 };
    CLD2::ExtDetectLanguageSummary(utf8.constData(), int(utf8.size()), true, &hints, 0, answer.languages, answer.percents, normalized, nullptr,
                                   &answer.textBytes, &answer.reliable);
    return answer;
}

} // namespace

LanguageIdentifier::LanguageIdentifier(const QStringList &dictionaryFolders)
    : m_resolver(std::make_unique<CloseLanguageResolver>(dictionaryFolders.isEmpty() ? HunspellEngine::systemFolders() : dictionaryFolders))
{
    m_tags.reserve(CLD2::NUM_LANGUAGES);
    for (int language = 0; language < CLD2::NUM_LANGUAGES; ++language)
        m_tags.append(LanguageTag::fromCld2Code(QString::fromLatin1(CLD2::LanguageCode(CLD2::Language(language)))));
}

LanguageIdentifier::~LanguageIdentifier() = default;

QString LanguageIdentifier::identifyWithCld2Only(const QString &text) const
{
    const QByteArray utf8 = text.left(MaxCharacters).toUtf8();
    CLD2::Language languages[3];
    int percents[3] = { 0, 0, 0 };
    int textBytes = 0;
    bool reliable = false;
    const CLD2::Language top = CLD2::ExtDetectLanguageSummary(utf8.constData(), int(utf8.size()), true, languages, percents, &textBytes, &reliable);
    return top >= 0 && top < m_tags.size() ? m_tags.at(top) : LanguageTag::undetermined();
}

LanguageGuess LanguageIdentifier::identify(const QString &text, const LanguageHints &hints) const
{
    LanguageGuess guess { LanguageTag::undetermined(), 0.0, false, {}, {} };
    QString sample = text.left(MaxCharacters);
    if (sample.size() == MaxCharacters && sample.back().isHighSurrogate())
        sample.chop(1);
    if (!hasLanguage(sample))
        return guess;
    const QByteArray utf8 = sample.toUtf8();

    // CLD2 on the text alone first. Hints are priors: they are asked only when the text alone does
    // not settle it, and their answer is taken only when it is reliable — CLD2 lets a hint beat
    // clear evidence between related languages (Spanish "declared" Portuguese), which a file's
    // label must never do.
    Cld2Answer answer = detect(utf8, CLD2::CLDHints { nullptr, nullptr, CLD2::UNKNOWN_ENCODING, CLD2::UNKNOWN_LANGUAGE });
    const bool settled = answer.reliable && answer.percents[0] >= SettledPercent;
    if (!settled && (!hints.declared.isEmpty() || !hints.context.isEmpty())) {
        QByteArrayList context;
        for (const QString &tag : hints.context) {
            const QByteArray code = cld2Code(tag);
            if (!code.isEmpty() && !context.contains(code))
                context.append(code);
        }
        const QByteArray contextHint = context.join(',');
        const Cld2Answer hinted =
            detect(utf8,
                   CLD2::CLDHints { contextHint.isEmpty() ? nullptr : contextHint.constData(), nullptr, CLD2::UNKNOWN_ENCODING,
                                    hints.declared.isEmpty() ? CLD2::UNKNOWN_LANGUAGE : CLD2::GetLanguageFromName(cld2Code(hints.declared).constData()) });
        if (hinted.reliable)
            answer = hinted;
    }
    const CLD2::Language *languages = answer.languages;
    const int *percents = answer.percents;

    // Candidates that fit the script the text is written in.
    const QChar::Script script = ScriptFit::dominantScript(sample);
    for (int i = 0; i < 3; ++i) {
        if (languages[i] == CLD2::UNKNOWN_LANGUAGE || languages[i] < 0 || languages[i] >= m_tags.size() || percents[i] <= 0)
            continue;
        const QString tag = refined(m_tags.at(languages[i]), script);
        if (tag.startsWith(LanguageTag::undetermined()))
            continue;
        if (!ScriptFit::fits(script, tag)) {
            guess.method = QStringLiteral("script");
            continue;
        }
        const auto same = std::find_if(guess.candidates.begin(), guess.candidates.end(), [&tag](const LanguageCandidate &c) {
            return c.tag == tag;
        });
        if (same != guess.candidates.end())
            same->score += percents[i] / 100.0;
        else
            guess.candidates.append({ tag, percents[i] / 100.0 });
    }
    if (guess.candidates.isEmpty())
        return guess;

    // Neighbours CLD2 confuses: let their own words and dictionaries decide.
    const QStringList group = CloseLanguageResolver::groupOf(guess.candidates.constFirst().tag);
    if (!group.isEmpty()) {
        const QList<CloseLanguageResolver::Score> scores = m_resolver->rank(sample, group);
        const bool regional =
            group.constFirst().contains(u'-') && LanguageTag::primaryLanguage(group.constFirst()) == LanguageTag::primaryLanguage(group.last());
        QString winner;
        if (!scores.isEmpty() && (!regional || scores.constFirst().markers > 0))
            winner = scores.constFirst().tag;
        else if (!hints.declared.isEmpty() && group.contains(hints.declared))
            winner = hints.declared; // nothing in the text decides: the file's word stands
        else if (regional)
            winner = LanguageTag::primaryLanguage(group.constFirst()); // "pt": no variety is evident
        if (!winner.isEmpty()) {
            const double top = guess.candidates.constFirst().score;
            QList<LanguageCandidate> ranked { { winner, top } };
            for (const CloseLanguageResolver::Score &score : scores) {
                if (score.tag != winner && scores.constFirst().score > 0)
                    ranked.append({ score.tag, top * std::max(0.0, score.score / scores.constFirst().score) * 0.99 });
            }
            for (const LanguageCandidate &candidate : std::as_const(guess.candidates)) {
                // The winner's bare language ("pt" beside "pt-BR") and its varieties are already ranked.
                if (!group.contains(candidate.tag) && candidate.tag != winner && !candidate.tag.startsWith(winner + u'-')
                    && candidate.tag != LanguageTag::primaryLanguage(winner))
                    ranked.append(candidate);
            }
            if (winner != guess.candidates.constFirst().tag)
                guess.method = QStringLiteral("close-pair");
            guess.candidates = ranked;
        }
    }

    const LanguageCandidate &best = guess.candidates.constFirst();
    if (!answer.reliable && answer.textBytes < ShortTextBytes)
        return guess; // too little text for CLD2 to be sure: say so, keep the candidates
    guess.tag = best.tag;
    guess.reliable = answer.reliable;
    guess.confidence = best.score * (answer.reliable ? 1.0 : 0.5);
    return guess;
}

} // namespace episcope
