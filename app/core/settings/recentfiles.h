// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QSettings;

namespace episcope
{

/// The most recently opened files, newest first, kept in the QSettings it is given (not owned;
/// it must outlive this object). Embedded resources (the sample) are never recorded.
class RecentFiles
{
public:
    static constexpr qsizetype MaxEntries = 10;

    explicit RecentFiles(QSettings *settings);

    [[nodiscard]] QStringList paths() const;
    /// Moves @p path to the front (adding it if new), dropping the oldest beyond MaxEntries.
    void add(const QString &path);
    void remove(const QString &path);
    void clear();

private:
    void store(const QStringList &paths);

    QSettings *m_settings;
};

} // namespace episcope
