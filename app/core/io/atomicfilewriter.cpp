// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfilewriter.h"

#include <QFileInfo>
#include <QSaveFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace episcope
{

namespace
{

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

} // namespace

const QString &AtomicFileWriter::error() const
{
    return m_error;
}

const QStringList &AtomicFileWriter::warnings() const
{
    return m_warnings;
}

bool AtomicFileWriter::fail(const QString &message)
{
    m_error = message;
    return false;
}

bool AtomicFileWriter::write(const QString &path, const QByteArray &bytes)
{
    m_error.clear();
    m_warnings.clear();
    if (path.isEmpty() || path.startsWith(u':'))
        return fail(tr("%1: cannot be written").arg(path));

    struct stat original {
    };
    const bool exists = ::stat(QFile::encodeName(path).constData(), &original) == 0;
    if (!exists && errno != ENOENT)
        return fail(tr("%1: %2").arg(path, systemError(errno)));
    if (exists && !S_ISREG(original.st_mode))
        return fail(tr("%1: is not a regular file; Episcope will not replace it").arg(path));
    const QString target = exists ? QFileInfo(path).canonicalFilePath() : path;

    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("%1: %2").arg(path, file.errorString()));
    errno = 0;
    if (file.write(bytes) != bytes.size() || !file.flush()) {
        const QString reason = errno != 0 ? systemError(errno) : file.errorString(); // QSaveFile says "Unknown error" for EFBIG
        file.cancelWriting();
        return fail(tr("%1: could not be written: %2").arg(path, reason));
    }
    const int handle = file.handle();
    if (exists) {
        if (::fchmod(handle, original.st_mode & 07777) != 0)
            m_warnings.append(tr("%1: its permissions could not be kept: %2").arg(path, systemError(errno)));
        if ((original.st_uid != ::geteuid() || original.st_gid != ::getegid()) && ::fchown(handle, original.st_uid, original.st_gid) != 0)
            m_warnings.append(tr("%1: its owner or group could not be kept: %2").arg(path, systemError(errno)));
    }
    if (::fdatasync(handle) != 0) {
        const int code = errno;
        file.cancelWriting();
        return fail(tr("%1: could not be written to disk: %2").arg(path, systemError(code)));
    }
    if (!file.commit())
        return fail(tr("%1: could not be saved: %2").arg(path, file.errorString()));

    const QByteArray folder = QFile::encodeName(QFileInfo(target).absolutePath());
    const int folderHandle = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (folderHandle < 0 || ::fsync(folderHandle) != 0)
        m_warnings.append(tr("%1: saved, but its folder could not be flushed to disk: %2").arg(path, systemError(errno)));
    if (folderHandle >= 0)
        ::close(folderHandle);
    return true;
}

} // namespace episcope
