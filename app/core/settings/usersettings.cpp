// SPDX-License-Identifier: GPL-3.0-or-later
#include "usersettings.h"

#include "language/languagetag.h"
#include "uilanguage.h"

#include <QSettings>

namespace episcope
{

namespace
{

const QString preferredKey = QStringLiteral("languages/preferred");
const QString spellCheckingKey = QStringLiteral("spelling/enabled");
const QString dictionariesKey = QStringLiteral("spelling/dictionaries");
const QString fontKey = QStringLiteral("view/synopsisFont");
const QString zoomKey = QStringLiteral("view/zoom");

} // namespace

UserSettings UserSettings::load(const QSettings &settings)
{
    UserSettings loaded;
    loaded.uiLanguage = settings.value(UiLanguage::settingsKey()).toString();
    for (const QString &tag : settings.value(preferredKey).toStringList()) {
        const QString normalized = LanguageTag::normalized(tag);
        if (!normalized.isEmpty() && !loaded.preferredLanguages.contains(normalized))
            loaded.preferredLanguages.append(normalized);
    }
    loaded.spellChecking = settings.value(spellCheckingKey, true).toBool();
    const QVariantMap dictionaries = settings.value(dictionariesKey).toMap();
    for (auto it = dictionaries.cbegin(); it != dictionaries.cend(); ++it) {
        if (!it.value().toString().isEmpty())
            loaded.dictionaries.insert(it.key(), it.value().toString());
    }
    QFont font;
    if (const QString description = settings.value(fontKey).toString(); !description.isEmpty() && font.fromString(description))
        loaded.synopsisFont = font;
    loaded.zoom = std::clamp(settings.value(zoomKey, 0).toInt(), MinimumZoom, MaximumZoom);
    return loaded;
}

void UserSettings::save(QSettings &settings) const
{
    if (uiLanguage.isEmpty())
        settings.remove(UiLanguage::settingsKey());
    else
        settings.setValue(UiLanguage::settingsKey(), uiLanguage);
    settings.setValue(preferredKey, preferredLanguages);
    settings.setValue(spellCheckingKey, spellChecking);
    QVariantMap map;
    for (auto it = dictionaries.cbegin(); it != dictionaries.cend(); ++it)
        map.insert(it.key(), it.value());
    settings.setValue(dictionariesKey, map);
    if (synopsisFont)
        settings.setValue(fontKey, synopsisFont->toString());
    else
        settings.remove(fontKey);
    settings.setValue(zoomKey, zoom);
}

} // namespace episcope
