// SPDX-License-Identifier: GPL-3.0-or-later
#include "displaytext.h"

#include <QTextBoundaryFinder>

namespace episcope
{

DisplayText DisplayText::of(const QString &text)
{
    DisplayText shown { text, false, text.size() };
    if (text.size() <= Limit)
        return shown;

    // Cut at the grapheme boundary at or before Limit; look only at a short window so a flood of
    // combining marks cannot make this slow.
    const QString window = text.left(Limit + 1);
    QTextBoundaryFinder finder(QTextBoundaryFinder::Grapheme, window);
    finder.setPosition(Limit);
    qsizetype cut = finder.isAtBoundary() ? Limit : finder.toPreviousBoundary();
    if (cut <= 0)
        cut = Limit - (text.at(Limit - 1).isHighSurrogate() ? 1 : 0);
    shown.text = text.left(cut);
    shown.truncated = true;
    return shown;
}

} // namespace episcope
