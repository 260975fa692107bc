// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/library.h"

#include <QCoreApplication>

#include <optional>

namespace episcope
{

/// Saves edited synopses into the file they came from without disturbing anything else: only
/// the characters of the synopses that changed are replaced. In plain text that is the line's
/// text; in JSON the string's token (re-escaped; a null becomes a string); in XML the element's
/// content (re-escaped). The byte-order mark, the encoding, the line endings, the indentation and
/// every other string stay byte for byte. The save is atomic
/// (AtomicFileWriter), and a file that changed on disk since it was read is not overwritten
/// unless the caller says so.
class LibraryWriter
{
    Q_DECLARE_TR_FUNCTIONS(LibraryWriter)

public:
    enum class Failure { None, ChangedOnDisk, Unsafe, WriteFailed };

    /// Writes @p edited — episode @p episodeIndex of @p original with some texts changed — to
    /// @p path (the original file, or another for Save As), splicing the edits into
    /// original.sourceBytes. With @p overwriteChanges false, a file at original.sourcePath whose
    /// bytes no longer hash to original.sourceHash (changed, replaced or deleted since it was
    /// read) fails with ChangedOnDisk; with it true, what is on disk is replaced. Returns the
    /// library as now saved (new texts, offsets, bytes, hash and path), or nullopt with failure()
    /// and error().
    [[nodiscard]] std::optional<Library> save(const Library &original, qsizetype episodeIndex, const Episode &edited, const QString &path,
                                              bool overwriteChanges = false);
    [[nodiscard]] Failure failure() const;
    [[nodiscard]] const QString &error() const;
    [[nodiscard]] const QStringList &warnings() const;

private:
    std::optional<Library> fail(Failure failure, const QString &message);

    Failure m_failure = Failure::None;
    QString m_error;
    QStringList m_warnings;
};

} // namespace episcope
