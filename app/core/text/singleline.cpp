// SPDX-License-Identifier: GPL-3.0-or-later
#include "singleline.h"

namespace episcope
{

QString singleLine(QString text)
{
    text.replace(QStringLiteral("\r\n"), QStringLiteral(" "));
    for (const QChar breaker : { QChar(u'\n'), QChar(u'\r'), QChar(0x2028), QChar(0x2029), QChar(0x0085), QChar(u'\v'), QChar(u'\f') })
        text.replace(breaker, u' ');
    return text;
}

} // namespace episcope
