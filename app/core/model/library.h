// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "episode.h"

#include <QStringList>

namespace episcope
{

/// Everything loaded from one source: its episodes, where they came from, and what the
/// reader had to say about it. A value; readers return it and models copy what they show.
struct Library {
    /// The syntax of the source, which decides how an edited synopsis is written back.
    enum class Format { PlainText, Json, Xml };

    QString sourcePath; ///< the file it was read from (may be a ":/" resource)
    QList<Episode> episodes;
    Format format = Format::PlainText;
    bool readOnly = false; ///< saving would lose data (e.g. the bytes were not valid UTF-8)
    QStringList warnings; ///< human-readable, each naming the file and line where it applies
    /// The file as read (shared, not copied): a save splices edits into these. Empty when the
    /// loader was told not to keep them (a file among many): a save then reads the file again and
    /// uses it only if it still hashes to sourceHash.
    QByteArray sourceBytes;
    QByteArray sourceHash; ///< SHA-256 of sourceBytes: a save first checks the file on disk still has them

    [[nodiscard]] qsizetype translationCount() const;
};

} // namespace episcope
