// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfiles.h"

#include <QFileInfo>
#include <QSettings>

namespace episcope
{

namespace
{
const QString key = QStringLiteral("recentFiles");
}

RecentFiles::RecentFiles(QSettings *settings)
    : m_settings(settings)
{
}

QStringList RecentFiles::paths() const
{
    return m_settings->value(key).toStringList();
}

void RecentFiles::add(const QString &path)
{
    if (path.isEmpty() || path.startsWith(u':'))
        return;
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList list = paths();
    list.removeAll(absolute);
    list.prepend(absolute);
    store(list.mid(0, MaxEntries));
}

void RecentFiles::remove(const QString &path)
{
    QStringList list = paths();
    list.removeAll(QFileInfo(path).absoluteFilePath());
    store(list);
}

void RecentFiles::clear()
{
    store({});
}

void RecentFiles::store(const QStringList &paths)
{
    m_settings->setValue(key, paths);
}

} // namespace episcope
