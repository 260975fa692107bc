// SPDX-License-Identifier: GPL-3.0-or-later
#include "collectionloader.h"

#include "io/folderscanner.h"

#include <QFileInfo>

namespace episcope
{

QStringList CollectionLoader::expand(const QStringList &paths)
{
    QStringList files;
    for (const QString &path : paths) {
        if (!path.startsWith(u':') && QFileInfo(path).isDir())
            files += FolderScanner::candidates(path);
        else
            files.append(path);
    }
    return files;
}

void CollectionLoader::loadInto(Collection &collection, const QString &file)
{
    std::optional<Library> library = m_loader.load(file);
    if (library)
        collection.libraries.append(std::move(*library));
    else
        collection.problems.append(m_loader.error());
}

void CollectionLoader::setKeepsSourceBytes(bool keep)
{
    m_loader.setKeepsSourceBytes(keep);
}

void CollectionLoader::setPreferredLanguages(const QStringList &tags)
{
    m_loader.setPreferredLanguages(tags);
}

Collection CollectionLoader::load(const QStringList &paths, const Progress &progress)
{
    const QStringList files = expand(paths);
    setKeepsSourceBytes(files.size() <= 1);
    Collection collection;
    for (qsizetype i = 0; i < files.size(); ++i) {
        loadInto(collection, files.at(i));
        if (progress && !progress(i + 1, files.size()))
            break;
    }
    return collection;
}

} // namespace episcope
