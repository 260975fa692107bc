// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QMap>
#include <QStringList>

class QSettings;

namespace episcope
{

/// What the user chose in the Settings dialog, read from and written to QSettings in one place.
struct UserSettings {
    /// The interface's language tag; empty follows the system (see UiLanguage).
    QString uiLanguage;
    /// Language tags, most wanted first: listed first in the language list and used, in this
    /// order, to fill a missing title or synopsis (see LanguageFallback).
    QStringList preferredLanguages;
    bool spellChecking = true;
    /// Primary language ("de") → the dictionary to use for it ("de_AT"); absent: the automatic choice.
    QMap<QString, QString> dictionaries;
    /// The font of synopses (reading pane, comparison, overview); the default font when not set.
    std::optional<QFont> synopsisFont;
    /// Text zoom of the panes in points added to the font size (Ctrl+Plus/Minus).
    int zoom = 0;

    static constexpr int MinimumZoom = -6;
    static constexpr int MaximumZoom = 24;

    [[nodiscard]] static UserSettings load(const QSettings &settings);
    void save(QSettings &settings) const;
    bool operator==(const UserSettings &other) const = default;
};

} // namespace episcope
