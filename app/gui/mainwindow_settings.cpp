// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow: the Settings dialog and what it changes, and text zoom.
#include "mainwindow.h"

#include "compareview.h"
#include "languagelistview.h"
#include "settingsdialog.h"
#include "spelling/spellengine.h"
#include "spellingcontroller.h"
#include "synopsispane.h"

#include <QApplication>
#include <QSettings>
#include <QStatusBar>

namespace episcope
{

void MainWindow::editSettings(int page)
{
    SettingsDialog dialog(m_userSettings, m_spelling->engine()->dictionaries(), this);
    dialog.showPage(SettingsDialog::Page(page));
    if (dialog.exec() != QDialog::Accepted)
        return;
    const UserSettings chosen = dialog.settings();
    if (chosen.uiLanguage != m_userSettings.uiLanguage)
        statusBar()->showMessage(tr("The interface language changes the next time Episcope starts"), 8000);
    applyUserSettings(chosen);
}

void MainWindow::applyUserSettings(const UserSettings &settings)
{
    const UserSettings before = std::exchange(m_userSettings, settings);
    m_userSettings.save(*m_settings);
    applyTextFont();
    const bool spellingChanged = before.spellChecking != settings.spellChecking || before.dictionaries != settings.dictionaries;
    const bool preferencesChanged = before.preferredLanguages != settings.preferredLanguages;
    if (!spellingChanged && !preferencesChanged)
        return;
    m_spelling->engine()->setDictionaryChoices(settings.dictionaries);
    m_spelling->setEnabled(settings.spellChecking);
    m_preferences = settings.preferredLanguages;
    m_list->setPreferredLanguages(m_preferences);
    // The episode shown again: borrowed rows, dictionaries and counts follow the new settings.
    if (!m_shownRefs.isEmpty() && maybeKeepEdits()) {
        const int row = m_list->currentSourceRow();
        const QList<EpisodeRef> refs = std::exchange(m_shownRefs, {});
        showSources(refs);
        if (row >= 0)
            m_list->setCurrentSourceRow(row);
    }
}

const UserSettings &MainWindow::userSettings() const
{
    return m_userSettings;
}

void MainWindow::zoom(int steps)
{
    const int zoom = steps == 0 ? 0 : std::clamp(m_userSettings.zoom + steps, UserSettings::MinimumZoom, UserSettings::MaximumZoom);
    if (zoom == m_userSettings.zoom && steps != 0)
        return;
    m_userSettings.zoom = zoom;
    m_userSettings.save(*m_settings);
    applyTextFont();
    //: The synopses' text size relative to normal, after Ctrl+Plus or Ctrl+Minus
    statusBar()->showMessage(zoom == 0 ? tr("Normal text size") : tr("Text size %1 pt").arg(zoom > 0 ? QStringLiteral("+%1").arg(zoom) : QString::number(zoom)),
                             2000);
}

void MainWindow::applyTextFont()
{
    QFont font = m_userSettings.synopsisFont.value_or(QApplication::font());
    const qreal base = font.pointSizeF() > 0 ? font.pointSizeF() : 10.0;
    font.setPointSizeF(std::max(4.0, base + m_userSettings.zoom));
    m_pane->setTextFont(font);
    m_compare->setTextFont(font);
}

} // namespace episcope
