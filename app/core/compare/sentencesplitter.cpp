// SPDX-License-Identifier: GPL-3.0-or-later
#include "sentencesplitter.h"

#include "language/languagetag.h"

#include <QRegularExpression>

#include <memory>
#include <unicode/brkiter.h>
#include <unicode/locid.h>

namespace episcope
{

namespace
{

/// Titles written with a full stop before a name, in the sample's languages and their neighbours.
bool endsWithTitle(QStringView sentence)
{
    static const QRegularExpression title(
        QStringLiteral("(?:^|[\\s(«\"'])(?:Mr|Mrs|Ms|Dr|Drs|Prof|St|Sr|Sra|Srta|Dra|Jr|Mt|Hr|Fr|Dott|Sig|Mme|Mlle|Mgr|Pr|Ing|Gen|Col|Capt|Lt|Sgt)\\.$"));
    return title.match(sentence.toString()).hasMatch();
}

} // namespace

QList<Sentence> SentenceSplitter::split(const QString &text, const QString &languageTag)
{
    QList<Sentence> sentences;
    if (text.trimmed().isEmpty())
        return sentences;

    UErrorCode status = U_ZERO_ERROR;
    const QByteArray locale = LanguageTag::primaryLanguage(languageTag).toLatin1() + "@ss=standard";
    std::unique_ptr<icu::BreakIterator> breaker(icu::BreakIterator::createSentenceInstance(icu::Locale(locale.constData()), status));
    if (U_FAILURE(status) || !breaker)
        return { Sentence { 0, text.size() } };
    const icu::UnicodeString unicode(false, reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()));
    breaker->setText(unicode);

    qsizetype start = breaker->first();
    for (int32_t end = breaker->next(); end != icu::BreakIterator::DONE; end = breaker->next()) {
        qsizetype first = start;
        qsizetype last = end;
        while (first < last && text.at(first).isSpace())
            ++first;
        while (last > first && text.at(last - 1).isSpace())
            --last;
        start = end;
        if (last == first)
            continue;
        // "… with Dr. | Robert; …": ICU ended a sentence after a title; the name belongs to it.
        if (!sentences.isEmpty()) {
            Sentence &previous = sentences.last();
            if (endsWithTitle(QStringView(text).sliced(previous.start, previous.length)) && text.at(first).isLetter()) {
                previous.length = last - previous.start;
                continue;
            }
        }
        sentences.append(Sentence { first, last - first });
    }
    return sentences;
}

} // namespace episcope
