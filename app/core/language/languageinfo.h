// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace episcope
{

/// What the UI says about a language tag, from QLocale's CLDR data.
struct LanguageInfo {
    QString tag;
    QString englishName; ///< "German", "Portuguese (Brazil)"; "Unknown language" when QLocale does not know it
    QString nativeName; ///< "Deutsch", "Ελληνικά"; empty when QLocale does not know the language
    /// The name in the language of Episcope's UI ("Deutsch", "Allemand" for German in a French
    /// UI, from ICU); englishName when the UI is in English.
    QString displayName;
    QString script; ///< "Latin", "Greek", …
    QString displayScript; ///< the script's name in the UI's language ("Lateinisch"); script in an English UI
    Qt::LayoutDirection direction = Qt::LeftToRight;
    bool known = false; ///< QLocale has data for the language

    [[nodiscard]] static LanguageInfo forTag(const QString &tag);
    /// The name readers of the language know it by ("Deutsch"), else its name in the UI's language.
    [[nodiscard]] QString ownName() const;
    /// ownName() with the tag, for choosers and menus: "Deutsch (de)".
    [[nodiscard]] QString labelWithTag() const;
    /// "ltr" or "rtl", for HTML's dir attribute and the JSON output.
    [[nodiscard]] static QString directionKey(Qt::LayoutDirection direction);
};

} // namespace episcope
