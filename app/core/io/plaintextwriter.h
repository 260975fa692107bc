// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/library.h"

#include <QCoreApplication>

#include <optional>

namespace episcope
{

/// Saves edits to a plain-text file without disturbing anything else: only the characters of
/// the synopses that changed are replaced; the byte-order mark, the encoding, the line endings,
/// blank lines, language tags and every other line stay byte for byte. The save is atomic
/// (AtomicFileWriter), and a file that changed on disk since it was read is not overwritten
/// unless the caller says so.
class PlainTextWriter
{
    Q_DECLARE_TR_FUNCTIONS(PlainTextWriter)

public:
    enum class Failure { None, ChangedOnDisk, Unsafe, WriteFailed };

    /// Writes @p edited — the single episode of @p original with some texts changed — to
    /// @p path (the original file, or another for Save As), splicing the edits into
    /// original.sourceBytes. With @p overwriteChanges false, a file at original.sourcePath whose
    /// bytes no longer hash to original.sourceHash (changed, replaced or deleted since it was
    /// read) fails with ChangedOnDisk; with it true, what is on disk is replaced. Returns the
    /// library as now saved (new texts, offsets, bytes, hash and path), or nullopt with failure()
    /// and error().
    [[nodiscard]] std::optional<Library> save(const Library &original, const Episode &edited, const QString &path, bool overwriteChanges = false);
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
