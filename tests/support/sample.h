// SPDX-License-Identifier: GPL-3.0-or-later
// The bundled sample, for tests that link the core library.
#pragma once

#include "catchsupport.h"

#include "io/libraryloader.h"

namespace episcope::test
{

/// The sample's one episode: nine synopses, de en fi fr hu it es pt el.
inline Episode sampleEpisode()
{
    LibraryLoader loader;
    const std::optional<Library> library = loader.load(LibraryLoader::samplePath());
    REQUIRE(library);
    return library->episodes.constFirst();
}

/// The row of @p episode in language @p tag (the test fails when there is none).
inline int rowOf(const Episode &episode, const QString &tag)
{
    const qsizetype row = episode.indexOfLanguage(tag);
    REQUIRE(row >= 0);
    return int(row);
}

} // namespace episcope::test
