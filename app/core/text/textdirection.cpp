// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdirection.h"

#include "language/languageinfo.h"

namespace episcope
{

Qt::LayoutDirection textDirection(const QString &text, const QString &languageTag)
{
    const qsizetype scanned = std::min<qsizetype>(text.size(), 4096);
    for (qsizetype i = 0; i < scanned; ++i) {
        switch (text.at(i).direction()) {
        case QChar::DirL:
            return Qt::LeftToRight;
        case QChar::DirR:
        case QChar::DirAL:
            return Qt::RightToLeft;
        default:
            break;
        }
    }
    return LanguageInfo::forTag(languageTag).direction;
}

} // namespace episcope
