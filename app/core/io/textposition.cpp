// SPDX-License-Identifier: GPL-3.0-or-later
#include "textposition.h"

#include <algorithm>

namespace episcope
{

TextPosition textPosition(QStringView text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    int column = 1;
    for (qsizetype i = 0; i < offset; ++i) {
        const QChar c = text.at(i);
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n'))) {
            ++line;
            column = 1;
        } else if (!(c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate())) {
            ++column; // the second half of a surrogate pair is not a character of its own
        }
    }
    return { line, column };
}

} // namespace episcope
