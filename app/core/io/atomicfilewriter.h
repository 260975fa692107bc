// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace episcope
{

/// Replaces a file's contents all at once or not at all. On top of QSaveFile (temporary file +
/// rename): refuses to replace anything that is not a regular file (a device, a FIFO, a folder),
/// writes through a symbolic link to its target, keeps the file's mode and owner, flushes the data
/// to disk (fdatasync) before the rename and the folder after it. When any step fails the
/// original is left byte-for-byte as it was and no temporary file remains.
class AtomicFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(AtomicFileWriter)

public:
    /// True when @p bytes are now the contents of @p path. On false, error() says why.
    bool write(const QString &path, const QByteArray &bytes);
    [[nodiscard]] const QString &error() const;
    /// Things that did not stop the save but the user should know (owner could not be kept, the
    /// folder could not be flushed).
    [[nodiscard]] const QStringList &warnings() const;

private:
    bool fail(const QString &message);

    QString m_error;
    QStringList m_warnings;
};

} // namespace episcope
