// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/loaderror.h"
#include "language/languageidentifier.h"
#include "model/library.h"

#include <optional>

namespace episcope
{

/// Opens a file end to end: reads the bytes safely, decodes them, recognises the format (plain
/// text, TMDB, TheTVDB, Trakt, Kodi NFO), parses the synopses and identifies their languages. Pure function of the file: safe to run
/// on a worker thread (QtConcurrent), touches no widget and no global state.
class LibraryLoader
{
public:
    /// The path of the sample embedded in the application.
    [[nodiscard]] static QString samplePath();

    /// The library in @p path, or nullopt with error() naming the file (and line and column where
    /// they apply). A file whose bytes are not all valid UTF-8 still loads, read-only, with a
    /// warning naming the first bad line.
    [[nodiscard]] std::optional<Library> load(const QString &path);
    [[nodiscard]] const LoadError &error() const;

private:
    /// Identifies every synopsis: undeclared rows take the answer as their language, declared
    /// rows keep theirs and record the answer beside it.
    void identify(Episode &episode) const;

    LanguageIdentifier m_identifier;
    LoadError m_error;
};

} // namespace episcope
