// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: edit mode, saving, unsaved edits and files changed on disk.
#include "mainwindow.h"

#include "io/librarywriter.h"
#include "messagebar.h"
#include "model/languagelistmodel.h"
#include "spellingcontroller.h"
#include "synopsispane.h"

#include <QAction>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTimer>

namespace episcope
{

MainWindow::Prompts MainWindow::defaultPrompts()
{
    Prompts prompts;
    prompts.unsavedChanges = [this](const QString &message) {
        QMessageBox box(QMessageBox::Warning, tr("Unsaved Edits"), message, QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        box.setDefaultButton(QMessageBox::Save);
        switch (box.exec()) {
        case QMessageBox::Save:
            return Choice::Save;
        case QMessageBox::Discard:
            return Choice::Discard;
        default:
            return Choice::Cancel;
        }
    };
    prompts.changedOnDisk = [this](const QString &message) {
        QMessageBox box(QMessageBox::Warning, tr("File Changed on Disk"), message, QMessageBox::Cancel, this);
        box.setTextFormat(Qt::PlainText);
        QPushButton *overwrite = box.addButton(tr("&Overwrite"), QMessageBox::DestructiveRole);
        QPushButton *saveAs = box.addButton(tr("Save &As…"), QMessageBox::AcceptRole);
        QPushButton *reload = box.addButton(tr("&Reload and Lose My Edits"), QMessageBox::DestructiveRole);
        box.setDefaultButton(saveAs);
        box.exec();
        if (box.clickedButton() == overwrite)
            return Choice::Overwrite;
        if (box.clickedButton() == saveAs)
            return Choice::SaveAs;
        if (box.clickedButton() == reload)
            return Choice::Reload;
        return Choice::Cancel;
    };
    return prompts;
}

void MainWindow::setPrompts(Prompts prompts)
{
    m_prompts = std::move(prompts);
}

void MainWindow::setEditing(bool editing)
{
    editing = editing && !m_library.readOnly && !m_merged && m_pane->currentRow() >= 0;
    if (editing) {
        const Translation &row = m_model->translation(m_pane->currentRow());
        const bool stored =
            row.sourceOffset >= 0 && row.textFallback.isEmpty() && m_pane->currentRow() < m_library.episodes.at(m_episodeIndex).translations.size();
        if (!stored) {
            statusBar()->showMessage(row.textFallback.isEmpty() ? tr("This synopsis is not stored in the file, so it cannot be edited here")
                                                                : tr("This synopsis is borrowed from %1; edit it there").arg(row.textFallback),
                                     5000);
            editing = false;
        }
    }
    m_pane->setEditable(editing);
    if (m_editAction)
        m_editAction->setChecked(editing);
    if (editing && !m_pane->canEdit())
        statusBar()->showMessage(tr("This synopsis is too long to edit here"), 4000);
    updateActions();
}

void MainWindow::markEdited(int row, const QString &text)
{
    m_model->setText(row, text);
    m_edited = true;
    setWindowModified(true);
    m_recountTimer->start();
    updateActions();
}

Episode MainWindow::editedEpisode() const
{
    Episode edited = m_library.episodes.value(m_episodeIndex);
    const Episode &shown = m_model->episode();
    for (qsizetype row = 0; row < edited.translations.size() && row < shown.translations.size(); ++row) {
        if (shown.translations.at(row).textFallback.isEmpty())
            edited.translations[row].text = shown.translations.at(row).text;
    }
    return edited;
}

bool MainWindow::maybeKeepEdits()
{
    if (!m_edited)
        return true;
    switch (m_prompts.unsavedChanges(tr("The synopses of %1 have edits that are not saved.").arg(windowTitle().remove(QStringLiteral("[*]"))))) {
    case Choice::Save:
        return save();
    case Choice::Discard:
        m_edited = false;
        setWindowModified(false);
        return true;
    default:
        return false;
    }
}

bool MainWindow::save()
{
    if (m_library.sourcePath.startsWith(u':'))
        return saveAs();
    return writeTo(m_library.sourcePath, false);
}

bool MainWindow::saveAs(const QString &path)
{
    QString target = path;
    if (target.isEmpty()) {
        const QString folder = m_settings->value(QStringLiteral("lastFolder"), QDir::homePath()).toString();
        const QString suggested = m_library.sourcePath.startsWith(u':') ? folder + QStringLiteral("/synopses.txt") : m_library.sourcePath;
        // Save As writes the same format the file was read in, edits spliced into its bytes.
        const QString filter = m_library.format == Library::Format::Json ? tr("JSON (*.json)")
            : m_library.format == Library::Format::Xml                   ? tr("Kodi NFO (*.nfo *.xml)")
                                                                         : tr("Synopses (*.txt)");
        target = QFileDialog::getSaveFileName(this, tr("Save Synopses As"), suggested, filter + QStringLiteral(";;") + tr("All files (*)"));
        if (target.isEmpty())
            return false;
    }
    return writeTo(target, target != m_library.sourcePath);
}

bool MainWindow::writeTo(const QString &path, bool overwriteChanges)
{
    LibraryWriter writer;
    const Episode edited = editedEpisode();
    std::optional<Library> written = writer.save(m_library, m_episodeIndex, edited, path, overwriteChanges);
    if (!written && writer.failure() == LibraryWriter::Failure::ChangedOnDisk) {
        switch (m_prompts.changedOnDisk(writer.error() + u'\n' + tr("Your edits are still here. What should Episcope do?"))) {
        case Choice::Overwrite:
            written = writer.save(m_library, m_episodeIndex, edited, path, true);
            break;
        case Choice::SaveAs:
            return saveAs();
        case Choice::Reload:
            m_edited = false;
            reloadCurrentSource();
            return false;
        default:
            return false;
        }
    }
    if (!written) {
        // Nothing changed on disk; the edits stay in the window for another try.
        m_messageBar->showMessage(MessageBar::Kind::Error, tr("Not saved: %1").arg(writer.error()));
        return false;
    }
    const bool sameFile = path == m_library.sourcePath;
    m_library = std::move(*written);
    if (!m_shownRefs.isEmpty() && m_shownRefs.constFirst().library < m_collection.libraries.size())
        m_collection.libraries[m_shownRefs.constFirst().library] = m_library;
    m_edited = false;
    setWindowModified(false);
    if (!sameFile)
        setWindowTitle(QFileInfo(path).fileName() + QStringLiteral("[*]"));
    watch(path);
    if (writer.warnings().isEmpty())
        m_messageBar->hide();
    else
        m_messageBar->showMessage(MessageBar::Kind::Warning, writer.warnings().join(u'\n'));
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 4000);
    updateActions();
    Q_EMIT saved(path);
    return true;
}

void MainWindow::watch(const QString &path)
{
    if (!m_watcher->files().isEmpty())
        m_watcher->removePaths(m_watcher->files());
    if (path.isEmpty() || path.startsWith(u':'))
        return;
    m_watcher->addPath(path);
}

void MainWindow::fileChangedOnDisk(const QString &path)
{
    if (path != m_library.sourcePath)
        return;
    // Editors replace files by renaming: the watch is lost with the old file, so set it again.
    if (QFile::exists(path) && !m_watcher->files().contains(path))
        m_watcher->addPath(path);
    QFile file(path);
    if (file.open(QIODevice::ReadOnly) && QCryptographicHash::hash(file.readAll(), QCryptographicHash::Sha256) == m_library.sourceHash)
        return; // our own save, or a touch
    auto *reload = new QAction(tr("&Reload"), m_messageBar);
    connect(reload, &QAction::triggered, this, [this] {
        if (maybeKeepEdits())
            reloadCurrentSource();
    });
    const QString message = !QFile::exists(path) ? tr("%1 was deleted or moved away; use Save As to keep these synopses.").arg(path)
        : m_edited                               ? tr("%1 changed on disk. Your edits are kept; saving will ask before overwriting.").arg(path)
                                                 : tr("%1 changed on disk.").arg(path);
    m_messageBar->showMessage(MessageBar::Kind::Warning, message, { reload });
}

} // namespace episcope
