// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDir>
#include <QFile>
#include <QString>
#include <QTemporaryDir>

namespace episcope::test
{

/// A temporary folder for one test, removed when it goes out of scope.
class Scratch
{
public:
    /// Writes @p bytes to a new file @p name in the folder and returns its path.
    QString write(const QString &name, const QByteArray &bytes) const
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
            qFatal("cannot write test file %s", qPrintable(path));
        return path;
    }
    [[nodiscard]] QString path(const QString &name) const
    {
        return m_dir.filePath(name);
    }

private:
    QTemporaryDir m_dir;
};

/// The whole contents of @p path (the test fails if it cannot be read).
inline QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return file.readAll();
}

/// A fixture committed in tests/data.
inline QString dataFile(const QString &name)
{
    return QStringLiteral(EPISCOPE_TEST_DATA "/") + name;
}

} // namespace episcope::test
