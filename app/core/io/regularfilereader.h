// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include "loaderror.h"

#include <QByteArray>

#include <optional>

namespace episcope
{

/// Reads the bytes of a regular file, refusing everything else before it can hurt: a missing
/// path, a folder, a FIFO (which would block forever), a device, a socket, or a file larger
/// than the limit. Paths starting with ":/" are read from the embedded resources.
class RegularFileReader
{
    Q_DECLARE_TR_FUNCTIONS(RegularFileReader)

public:
    static constexpr qint64 DefaultLimit = qint64(256) * 1024 * 1024;

    explicit RegularFileReader(qint64 limitBytes = DefaultLimit);

    /// The file's bytes, or nullopt with error() describing why not. Never blocks on special files.
    [[nodiscard]] std::optional<QByteArray> read(const QString &path);
    [[nodiscard]] const LoadError &error() const;

private:
    std::optional<QByteArray> fail(const QString &path, const QString &message);

    qint64 m_limit;
    LoadError m_error;
};

} // namespace episcope
