// SPDX-License-Identifier: GPL-3.0-or-later
#include "textstatistics.h"

#include <QTextBoundaryFinder>

namespace episcope
{

namespace
{

qsizetype countGraphemes(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, text);
    qsizetype count = 0;
    while (finder.toNextBoundary() > 0)
        ++count;
    return count;
}

qsizetype countWords(const QString &text)
{
    QTextBoundaryFinder finder(QTextBoundaryFinder::Word, text);
    qsizetype count = 0;
    qsizetype start = 0;
    for (qsizetype end = finder.toNextBoundary(); end > 0; end = finder.toNextBoundary()) {
        for (qsizetype i = start; i < end; ++i) {
            if (text.at(i).isLetterOrNumber()) {
                ++count;
                break;
            }
        }
        start = end;
    }
    return count;
}

} // namespace

TextStatistics TextStatistics::of(const QString &text)
{
    return TextStatistics { countGraphemes(text), countWords(text) };
}

} // namespace episcope
