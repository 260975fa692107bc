// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "qualityflag.h"

#include <QChar>
#include <QString>

namespace episcope
{

/// Whether a text's letters are in a script its language is written in: Greek letters cannot be
/// Italian, and Serbian may be Cyrillic or Latin.
class ScriptFit
{
public:
    /// The script most letters of @p text are in (Han, Hiragana and Katakana count together as
    /// Han), or QChar::Script_Unknown when it has no letters.
    [[nodiscard]] static QChar::Script dominantScript(const QString &text);
    /// False only when CLDR knows the scripts of @p languageTag's language and @p script is not one
    /// of them; an unknown language or script fits.
    [[nodiscard]] static bool fits(QChar::Script script, const QString &languageTag);
    /// The script's English name, for messages ("Greek", "Cyrillic").
    [[nodiscard]] static QString scriptName(QChar::Script script, Wording wording = Wording::Interface);
};

} // namespace episcope
