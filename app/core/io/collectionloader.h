// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/libraryloader.h"
#include "model/collection.h"

#include <functional>

namespace episcope
{

/// Opens several paths at once: files are read as they are, folders are scanned (FolderScanner).
/// A file that fails becomes a problem and the rest still load. Runs on any thread; progress and
/// cancellation go through the callbacks.
class CollectionLoader
{
public:
    /// Called after each file with the number done and the total; return false to stop.
    using Progress = std::function<bool(qsizetype done, qsizetype total)>;

    /// The files @p paths stand for: each file itself, each folder's candidates.
    [[nodiscard]] static QStringList expand(const QStringList &paths);

    /// Loads every file of expand(@p paths) in order; when there is more than one, the libraries
    /// do not keep their files' bytes (see LibraryLoader::setKeepsSourceBytes()).
    [[nodiscard]] Collection load(const QStringList &paths, const Progress &progress = {});
    /// Loads one file into @p collection (as a library or as a problem).
    void loadInto(Collection &collection, const QString &file);
    void setKeepsSourceBytes(bool keep);
    void setPreferredLanguages(const QStringList &tags);

private:
    LibraryLoader m_loader;
};

} // namespace episcope
