// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordtokenizer.h"

#include <QTextBoundaryFinder>

namespace episcope
{

namespace
{

bool isApostrophe(QChar c)
{
    return c == u'\'' || c == u'\u2019' || c == u'\u02BC';
}

bool hasLetter(QStringView text)
{
    for (const QChar c : text) {
        if (c.isLetter())
            return true;
    }
    return false;
}

void addTrimmed(QList<WordSpan> &words, QStringView text, qsizetype start, qsizetype end)
{
    while (start < end && isApostrophe(text[start]))
        ++start;
    while (end > start && isApostrophe(text[end - 1]))
        --end;
    if (end > start && hasLetter(text.sliced(start, end - start)))
        words.append(WordSpan { start, end - start });
}

} // namespace

QList<WordSpan> WordTokenizer::words(QStringView text)
{
    QList<WordSpan> words;
    const QString copy = text.toString(); // QTextBoundaryFinder needs a QString it can keep
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, copy);
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end > 0; end = finder.toNextBoundary()) {
        qsizetype pieceStart = start;
        for (qsizetype i = start; i < end; ++i) {
            if (text[i] == u'.') {
                addTrimmed(words, text, pieceStart, i);
                pieceStart = i + 1;
            }
        }
        addTrimmed(words, text, pieceStart, end);
        start = end;
    }
    return words;
}

} // namespace episcope
