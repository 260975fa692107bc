// SPDX-License-Identifier: GPL-3.0-or-later
#include "regularfilereader.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace episcope
{

namespace
{

QString describeType(mode_t mode)
{
    if (S_ISDIR(mode))
        return RegularFileReader::tr("is a folder, not a file");
    if (S_ISFIFO(mode))
        return RegularFileReader::tr("is a pipe (FIFO), not a regular file");
    if (S_ISCHR(mode) || S_ISBLK(mode))
        return RegularFileReader::tr("is a device, not a regular file");
    if (S_ISSOCK(mode))
        return RegularFileReader::tr("is a socket, not a regular file");
    return RegularFileReader::tr("is not a regular file");
}

class FdGuard
{
public:
    explicit FdGuard(int fd)
        : m_fd(fd)
    {
    }
    ~FdGuard()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    Q_DISABLE_COPY_MOVE(FdGuard)
    [[nodiscard]] int fd() const
    {
        return m_fd;
    }

private:
    int m_fd;
};

} // namespace

RegularFileReader::RegularFileReader(qint64 limitBytes)
    : m_limit(limitBytes)
{
}

const LoadError &RegularFileReader::error() const
{
    return m_error;
}

std::optional<QByteArray> RegularFileReader::fail(const QString &path, const QString &message)
{
    m_error = LoadError { path, message, 0, 0 };
    return std::nullopt;
}

std::optional<QByteArray> RegularFileReader::read(const QString &path)
{
    m_error = {};
    if (path.isEmpty())
        return fail(path, RegularFileReader::tr("no file name given"));

    if (path.startsWith(QLatin1String(":/"))) {
        QFile resource(path);
        if (!resource.open(QIODevice::ReadOnly))
            return fail(path, RegularFileReader::tr("is not an embedded resource"));
        return resource.readAll();
    }

    // O_NONBLOCK: opening a FIFO with no writer must not wait; we refuse it right after fstat.
    const QByteArray nativePath = QFile::encodeName(path);
    const FdGuard file(::open(nativePath.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK));
    if (file.fd() < 0) {
        const int code = errno;
        if (code == ENOENT)
            return fail(path, RegularFileReader::tr("no such file"));
        if (code == EACCES)
            return fail(path, RegularFileReader::tr("permission denied"));
        return fail(path, QString::fromLocal8Bit(std::strerror(code)));
    }

    struct stat info {
    };
    if (::fstat(file.fd(), &info) != 0)
        return fail(path, QString::fromLocal8Bit(std::strerror(errno)));
    if (!S_ISREG(info.st_mode))
        return fail(path, describeType(info.st_mode));
    if (info.st_size > m_limit) {
        const QLocale locale;
        return fail(
            path, RegularFileReader::tr("is %1; Episcope opens files up to %2").arg(locale.formattedDataSize(info.st_size), locale.formattedDataSize(m_limit)));
    }

    QByteArray bytes;
    bytes.reserve(qsizetype(info.st_size));
    char buffer[64 * 1024];
    for (;;) {
        const ssize_t got = ::read(file.fd(), buffer, sizeof buffer);
        if (got < 0) {
            if (errno == EINTR)
                continue;
            return fail(path, RegularFileReader::tr("could not be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
        }
        if (got == 0)
            break;
        if (bytes.size() + got > m_limit) // the file grew while we read it
            return fail(path, RegularFileReader::tr("is larger than %1, the most Episcope opens").arg(QLocale().formattedDataSize(m_limit)));
        bytes.append(buffer, got);
    }
    return bytes;
}

} // namespace episcope
