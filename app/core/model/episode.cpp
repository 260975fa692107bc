// SPDX-License-Identifier: GPL-3.0-or-later
#include "episode.h"

namespace episcope
{

qsizetype Episode::indexOfLanguage(const QString &tag) const
{
    for (qsizetype i = 0; i < translations.size(); ++i) {
        if (translations.at(i).languageTag.compare(tag, Qt::CaseInsensitive) == 0)
            return i;
    }
    return -1;
}

} // namespace episcope
