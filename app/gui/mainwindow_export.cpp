// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: exporting everything open (CSV, JSON) and an episode as one NFO per language.
#include "mainwindow.h"

#include "export/collectionexporter.h"
#include "export/nfoexporter.h"
#include "io/atomicfilewriter.h"
#include "messagebar.h"
#include "model/languagelistmodel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>

namespace episcope
{

void MainWindow::exportLibrary()
{
    const QString folder = m_settings->value(QStringLiteral("lastFolder"), QDir::homePath()).toString();
    QString filter;
    const QString csvFilter = tr("CSV, one row per synopsis (*.csv)");
    const QString jsonFilter = tr("JSON (*.json)");
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Everything"), folder + QStringLiteral("/synopses.csv"),
                                                      csvFilter + QStringLiteral(";;") + jsonFilter, &filter);
    if (path.isEmpty())
        return;
    const bool json = filter == jsonFilter || path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    AtomicFileWriter writer;
    if (!writer.write(path, json ? CollectionExporter::json(m_collection) : CollectionExporter::csv(m_collection))) {
        m_messageBar->showMessage(MessageBar::Kind::Error, tr("Not exported: %1").arg(writer.error()));
        return;
    }
    statusBar()->showMessage(tr("Exported %n synopses to %1", nullptr, int(m_collection.translationCount())).arg(QDir::toNativeSeparators(path)), 6000);
}

void MainWindow::exportNfo()
{
    if (m_model->rowCount() == 0)
        return;
    const QString start = m_library.sourcePath.startsWith(u':') ? m_settings->value(QStringLiteral("lastFolder"), QDir::homePath()).toString()
                                                                : QFileInfo(m_library.sourcePath).absolutePath();
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export NFO Files to Folder"), start);
    if (folder.isEmpty())
        return;
    const Episode &episode = m_model->episode();
    const QString base = m_library.sourcePath.startsWith(u':') ? QStringLiteral("episode") : QFileInfo(m_library.sourcePath).completeBaseName();
    int written = 0;
    for (const Translation &translation : episode.translations) {
        if (translation.text.trimmed().isEmpty()) // an NFO without a plot says nothing
            continue;
        const QString path = QDir(folder).filePath(NfoExporter::fileName(base, translation));
        AtomicFileWriter writer;
        if (!writer.write(path, NfoExporter::nfo(episode, translation))) {
            m_messageBar->showMessage(MessageBar::Kind::Error, tr("Not exported: %1").arg(writer.error()));
            return;
        }
        ++written;
    }
    statusBar()->showMessage(tr("NFO files written to %1: %2").arg(QDir::toNativeSeparators(folder)).arg(written), 6000);
}

} // namespace episcope
