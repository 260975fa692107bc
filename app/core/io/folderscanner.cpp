// SPDX-License-Identifier: GPL-3.0-or-later
#include "folderscanner.h"

#include "text/naturalorder.h"

#include <QDirIterator>

#include <algorithm>

namespace episcope
{

bool FolderScanner::isCandidate(const QString &fileName)
{
    if (fileName.startsWith(u'.'))
        return false;
    static const QStringList suffixes = { QStringLiteral(".json"), QStringLiteral(".nfo"), QStringLiteral(".xml"), QStringLiteral(".txt") };
    return std::any_of(suffixes.cbegin(), suffixes.cend(), [&fileName](const QString &suffix) {
        return fileName.endsWith(suffix, Qt::CaseInsensitive);
    });
}

QStringList FolderScanner::candidates(const QString &folder)
{
    QStringList files;
    QDirIterator it(folder, QDir::Files | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
    while (it.hasNext() && files.size() < MaxFiles) {
        it.next();
        const QFileInfo info = it.fileInfo();
        if (!isCandidate(info.fileName()) || info.path().contains(QStringLiteral("/.")))
            continue;
        files.append(info.filePath());
    }
    std::sort(files.begin(), files.end(), [](const QString &a, const QString &b) {
        return naturalLess(a, b);
    });
    return files;
}

} // namespace episcope
