// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "settings/usersettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QFontComboBox;
class QListWidget;
class QPushButton;
class QSpinBox;
class QTabWidget;

namespace episcope
{

/// Settings › Configure Episcope: the interface's language, the preferred languages in order,
/// spell-checking on or off with a dictionary per language, and the synopsis font. Edits a copy
/// of UserSettings; settings() gives it back when the dialog is accepted.
class SettingsDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Page { General, Languages, Spelling };

    /// @p dictionaries: every dictionary the spell engine can load ("de_DE", "fi", …).
    SettingsDialog(const UserSettings &settings, const QStringList &dictionaries, QWidget *parent = nullptr);

    [[nodiscard]] UserSettings settings() const;
    void showPage(Page page);

    // For tests and keyboard users alike: the controls, by what they set.
    [[nodiscard]] QComboBox *uiLanguageBox() const;
    [[nodiscard]] QListWidget *preferredList() const;
    [[nodiscard]] QComboBox *languageToAddBox() const;
    [[nodiscard]] QCheckBox *spellCheckingBox() const;
    [[nodiscard]] QComboBox *dictionaryBox(const QString &language) const;

    /// Adds @p tag (normalized) to the end of the preferred languages; false when it is not a tag or already there.
    bool addPreferredLanguage(const QString &tag);
    /// Moves the selected preferred language by @p delta places.
    void moveSelected(int delta);
    void removeSelected();
    /// Puts the page shown back to the defaults: the system's language and font, no preferred
    /// languages, spell-checking on with automatic dictionaries.
    void restoreDefaults();

protected:
    /// Enter in the field of a language to add adds it, rather than closing the dialog.
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *makeGeneralPage(const UserSettings &settings);
    QWidget *makeLanguagesPage(const UserSettings &settings);
    QWidget *makeSpellingPage(const UserSettings &settings, const QStringList &dictionaries);
    void updateButtons();

    QTabWidget *m_tabs;
    QComboBox *m_uiLanguage = nullptr;
    QCheckBox *m_defaultFont = nullptr;
    QFontComboBox *m_fontFamily = nullptr;
    QSpinBox *m_fontSize = nullptr;
    QListWidget *m_preferred = nullptr;
    QComboBox *m_toAdd = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QCheckBox *m_spellChecking = nullptr;
    QMap<QString, QComboBox *> m_dictionaries; ///< primary language → its dictionary chooser
    int m_zoom = 0;
};

} // namespace episcope
