// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/loaderror.h"
#include "model/library.h"

namespace episcope
{

/// Which episode of which library of a collection.
struct EpisodeRef {
    qsizetype library = -1;
    qsizetype episode = -1;
    friend bool operator==(const EpisodeRef &, const EpisodeRef &) = default;
};

/// Everything opened at once — one file, several, or whole folders: the files that loaded, and
/// the ones that did not, each with its reason (the Problems panel).
struct Collection {
    QList<Library> libraries;
    QList<LoadError> problems;

    [[nodiscard]] qsizetype episodeCount() const;
    [[nodiscard]] qsizetype translationCount() const;
    /// The episode @p ref points at; @p ref must be valid.
    [[nodiscard]] const Episode &episode(const EpisodeRef &ref) const;
    /// One episode holding the synopses of all @p refs (the same episode from several sources),
    /// each row keeping its provider, for reading and comparing side by side.
    [[nodiscard]] Episode merged(const QList<EpisodeRef> &refs) const;
};

} // namespace episcope
