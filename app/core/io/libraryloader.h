// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/loaderror.h"
#include "language/languageidentifier.h"
#include "model/library.h"

#include <QHash>

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
    /// Whether loaded libraries keep the file's bytes (the default). A folder of thousands of files
    /// is lighter without them; saving still works while the file is unchanged on disk.
    void setKeepsSourceBytes(bool keep);
    /// The user's preferred languages, used as priors when identifying (never as answers).
    void setPreferredLanguages(const QStringList &tags);

private:
    /// Identifies every synopsis: undeclared rows take the answer as their language, declared
    /// rows keep theirs and record the answer beside it.
    void identify(Episode &episode) const;

    /// One shared copy of each short string many rows repeat (tags, codes).
    [[nodiscard]] QString interned(const QString &text);

    LanguageIdentifier m_identifier;
    LoadError m_error;
    QHash<QString, QString> m_interned;
    bool m_keepsSourceBytes = true;
    QStringList m_preferred;
};

} // namespace episcope
