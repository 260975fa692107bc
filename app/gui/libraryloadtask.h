// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/loaderror.h"
#include "model/library.h"

#include <QFutureWatcher>
#include <QObject>

#include <optional>

namespace episcope
{

/// Loads a file on a worker thread (QtConcurrent) and reports back on the thread that started it.
/// Starting a new load abandons the previous one: its result is never delivered.
class LibraryLoadTask : public QObject
{
    Q_OBJECT
public:
    struct Outcome {
        QString path;
        std::optional<Library> library;
        LoadError error;
    };

    explicit LibraryLoadTask(QObject *parent = nullptr);
    ~LibraryLoadTask() override;

    void start(const QString &path);

Q_SIGNALS:
    void loaded(const episcope::Library &library);
    void failed(const episcope::LoadError &error);

private:
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace episcope
