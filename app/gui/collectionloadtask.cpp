// SPDX-License-Identifier: GPL-3.0-or-later
#include "collectionloadtask.h"

#include "io/collectionloader.h"

#include <QCoreApplication>
#include <QPromise>
#include <QtConcurrent/QtConcurrentRun>

namespace episcope
{

CollectionLoadTask::CollectionLoadTask(QObject *parent)
    : QObject(parent)
{
    m_pool.setMaxThreadCount(1);
    connect(&m_watcher, &QFutureWatcher<FileOutcome>::resultsReadyAt, this, [this](int begin, int end) {
        Collection delta;
        for (int i = begin; i < end; ++i) {
            FileOutcome outcome = m_watcher.resultAt(i);
            if (outcome.library)
                delta.libraries.append(std::move(*outcome.library));
            else
                delta.problems.append(outcome.error);
        }
        Q_EMIT loaded(delta);
    });
    connect(&m_watcher, &QFutureWatcher<FileOutcome>::progressValueChanged, this, [this](int value) {
        Q_EMIT progressed(value, m_watcher.progressMaximum());
    });
    connect(&m_watcher, &QFutureWatcher<FileOutcome>::finished, this, [this] {
        Q_EMIT finished(m_watcher.isCanceled());
    });
}

CollectionLoadTask::~CollectionLoadTask()
{
    m_watcher.cancel();
    m_watcher.waitForFinished(); // the worker holds no pointer to us, but finish before the pool is torn down
}

bool CollectionLoadTask::isRunning() const
{
    return m_watcher.isRunning();
}

void CollectionLoadTask::cancel()
{
    m_watcher.cancel();
}

void CollectionLoadTask::start(const QStringList &paths, const QStringList &preferredLanguages)
{
    m_watcher.cancel();
    // A fresh watcher connection: results of the abandoned load never arrive.
    m_watcher.setFuture(QtConcurrent::run(&m_pool, [paths, preferredLanguages](QPromise<FileOutcome> &promise) {
        const QStringList files = CollectionLoader::expand(paths);
        promise.setProgressRange(0, int(files.size()));
        CollectionLoader loader;
        loader.setKeepsSourceBytes(files.size() <= 1); // thousands of files: read again when saved
        loader.setPreferredLanguages(preferredLanguages);
        for (qsizetype i = 0; i < files.size(); ++i) {
            if (promise.isCanceled())
                return;
            Collection one;
            loader.loadInto(one, files.at(i));
            promise.addResult(one.libraries.isEmpty() ? FileOutcome { std::nullopt, one.problems.value(0) }
                                                      : FileOutcome { std::move(one.libraries.first()), {} });
            promise.setProgressValue(int(i + 1));
        }
        if (files.isEmpty())
            promise.addResult(FileOutcome {
                std::nullopt,
                LoadError { paths.value(0), QCoreApplication::translate("episcope::CollectionLoadTask", "has no .json, .nfo, .xml or .txt files in it"), 0,
                            0 } });
    }));
}

} // namespace episcope
