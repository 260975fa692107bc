// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

#include <memory>

class QTranslator;

namespace episcope
{

/// The language of Episcope's own words (menus, dialogs, messages): English, or a translation
/// embedded at build time as :/i18n/episcope_<lang>.qm. Chosen by `--ui-language TAG`, else by
/// the Settings dialog, else by the system's UI languages. Qt's own translation (standard
/// buttons, file dialogs) is loaded beside ours when the system has it.
class UiLanguage
{
public:
    UiLanguage();
    ~UiLanguage();
    Q_DISABLE_COPY_MOVE(UiLanguage)

    /// The settings key of the user's choice (empty or absent: follow the system).
    static QString settingsKey();
    /// English and every embedded translation, as language tags, English first ("en", "de", "el", …).
    [[nodiscard]] static QStringList available();
    /// Removes `--ui-language TAG` or `--ui-language=TAG` from @p arguments and returns TAG
    /// (empty when absent). Sets @p problem when the option has no value.
    [[nodiscard]] static QString takeOption(QStringList &arguments, QString *problem);

    /// Installs the translation for @p tag into the application (empty: the first of the system's
    /// UI languages that has one). Returns false when an explicit @p tag has no translation;
    /// English is then used.
    bool install(const QString &tag);
    /// The language now in use: "en" or the tag of the installed translation.
    [[nodiscard]] QString current() const;

private:
    void remove();

    std::unique_ptr<QTranslator> m_episcope;
    std::unique_ptr<QTranslator> m_qt;
};

} // namespace episcope
