// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/collection.h"

#include <QFutureWatcher>
#include <QObject>
#include <QThreadPool>

namespace episcope
{

/// Loads files and folders on a worker thread (QtConcurrent) and reports back, file by file, on
/// the thread that started it, so the first episodes can be shown while the rest still load.
/// Starting a new load abandons the previous one: its results are never delivered.
class CollectionLoadTask : public QObject
{
    Q_OBJECT
public:
    /// What one file gave: a library, or the reason it did not load.
    struct FileOutcome {
        std::optional<Library> library;
        LoadError error;
    };

    explicit CollectionLoadTask(QObject *parent = nullptr);
    ~CollectionLoadTask() override;

    /// Loads @p paths; @p preferredLanguages are priors for the language identifier.
    void start(const QStringList &paths, const QStringList &preferredLanguages = {});
    /// Stops after the file being read; what loaded so far stays delivered.
    void cancel();
    [[nodiscard]] bool isRunning() const;

Q_SIGNALS:
    /// More files are done: @p delta holds their libraries and problems, in file order.
    void loaded(const episcope::Collection &delta);
    void progressed(int done, int total);
    /// The load is over (@p cancelled when the user stopped it).
    void finished(bool cancelled);

private:
    /// Its own thread, not the global pool's: a load of thousands of files must not starve the
    /// pool Qt's raster engine paints with, nor the spell-checking counts.
    QThreadPool m_pool;
    QFutureWatcher<FileOutcome> m_watcher;
};

} // namespace episcope
