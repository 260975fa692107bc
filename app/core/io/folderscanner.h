// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace episcope
{

/// Finds the files worth reading in a media library folder: metadata and synopsis files (.json,
/// .nfo, .xml, .txt), recursively, in a stable order. The name only decides what is tried — each
/// file's format is still recognised by its content — so posters, videos and subtitles are never
/// opened. Hidden files and folders are skipped and symbolic links to folders are not followed,
/// so a link loop cannot trap the scan.
class FolderScanner
{
public:
    static constexpr qsizetype MaxFiles = 200000;

    /// The candidate files under @p folder, sorted by path (at most MaxFiles).
    [[nodiscard]] static QStringList candidates(const QString &folder);
    /// True when a file named @p fileName would be read from a folder.
    [[nodiscard]] static bool isCandidate(const QString &fileName);
};

} // namespace episcope
