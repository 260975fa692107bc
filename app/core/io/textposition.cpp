// SPDX-License-Identifier: GPL-3.0-or-later
#include "textposition.h"

#include <algorithm>

namespace episcope
{

TextPosition textPosition(QStringView text, qsizetype offset)
{
    offset = std::clamp<qsizetype>(offset, 0, text.size());
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n' || (c == u'\r' && (i + 1 >= text.size() || text.at(i + 1) != u'\n'))) {
            ++line;
            lineStart = i + 1;
        }
    }
    return { line, int(offset - lineStart) + 1 };
}

} // namespace episcope
