// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytext.h"

#include <QTextBoundaryFinder>

namespace episcope
{

qsizetype DisplayText::limitFor(QStringView text)
{
    const qsizetype scanned = std::min(text.size(), Limit + 1);
    qsizetype run = 0;
    qsizetype marks = 0;
    for (qsizetype i = 0; i < scanned; ++i) {
        const QChar c = text[i];
        run = c.isSpace() ? 0 : run + 1;
        const QChar::Category category = c.category();
        marks = (category == QChar::Mark_NonSpacing || category == QChar::Mark_Enclosing || category == QChar::Mark_SpacingCombining) ? marks + 1 : 0;
        if (run > LongestRun || marks > LongestMarkRun)
            return HardLimit;
    }
    return Limit;
}

DisplayText DisplayText::of(const QString &text)
{
    DisplayText shown { text, false, text.size() };
    const qsizetype limit = text.size() <= HardLimit ? text.size() : limitFor(text);
    if (text.size() <= limit)
        return shown;

    // Cut at the grapheme boundary at or before the limit; look only at a short window so a flood
    // of combining marks cannot make this slow.
    const qsizetype windowStart = std::max<qsizetype>(0, limit - 64);
    const QString window = text.mid(windowStart, limit + 1 - windowStart);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, window);
    finder.setPosition(limit - windowStart);
    qsizetype cut = finder.isAtBoundary() ? limit : windowStart + finder.toPreviousBoundary();
    if (cut <= windowStart)
        cut = limit - (text.at(limit - 1).isHighSurrogate() ? 1 : 0);
    shown.text = text.left(cut);
    shown.truncated = true;
    return shown;
}

} // namespace episcope
