// SPDX-License-Identifier: GPL-3.0-or-later
#include "library.h"

namespace episcope
{

qsizetype Library::translationCount() const
{
    qsizetype count = 0;
    for (const Episode &episode : episodes)
        count += episode.translations.size();
    return count;
}

} // namespace episcope
