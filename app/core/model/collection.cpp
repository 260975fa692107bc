// SPDX-License-Identifier: GPL-3.0-or-later
#include "collection.h"

namespace episcope
{

qsizetype Collection::episodeCount() const
{
    qsizetype count = 0;
    for (const Library &library : libraries)
        count += library.episodes.size();
    return count;
}

qsizetype Collection::translationCount() const
{
    qsizetype count = 0;
    for (const Library &library : libraries)
        count += library.translationCount();
    return count;
}

const Episode &Collection::episode(const EpisodeRef &ref) const
{
    return libraries.at(ref.library).episodes.at(ref.episode);
}

Episode Collection::merged(const QList<EpisodeRef> &refs) const
{
    if (refs.size() == 1)
        return episode(refs.constFirst());
    Episode result;
    for (const EpisodeRef &ref : refs) {
        const Episode &source = episode(ref);
        if (&ref == &refs.constFirst()) {
            result.kind = source.kind;
            result.series = source.series;
            result.season = source.season;
            result.number = source.number;
        }
        if (result.title.isEmpty())
            result.title = source.title;
        for (Translation translation : source.translations) {
            translation.sourceOffset = -1; // a merged view is for reading: edits go to one source
            result.translations.append(std::move(translation));
        }
    }
    return result;
}

} // namespace episcope
