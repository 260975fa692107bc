// SPDX-License-Identifier: GPL-3.0-or-later
#include "translation.h"

namespace episcope
{

QString originKey(LanguageOrigin origin)
{
    switch (origin) {
    case LanguageOrigin::Declared:
        return QStringLiteral("declared");
    case LanguageOrigin::Identified:
        return QStringLiteral("identified");
    case LanguageOrigin::Chosen:
        return QStringLiteral("chosen");
    case LanguageOrigin::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

} // namespace episcope
