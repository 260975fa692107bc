// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryloadtask.h"

#include "io/libraryloader.h"

#include <QtConcurrent/QtConcurrentRun>

namespace episcope
{

LibraryLoadTask::LibraryLoadTask(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        if (outcome.library)
            Q_EMIT loaded(*outcome.library);
        else
            Q_EMIT failed(outcome.error);
    });
}

LibraryLoadTask::~LibraryLoadTask()
{
    m_watcher.waitForFinished(); // the worker holds no pointer to us, but finish before the pool is torn down
}

void LibraryLoadTask::start(const QString &path)
{
    m_watcher.setFuture(QtConcurrent::run([path] {
        LibraryLoader loader;
        Outcome outcome { path, loader.load(path), {} };
        if (!outcome.library)
            outcome.error = loader.error();
        return outcome;
    }));
}

} // namespace episcope
