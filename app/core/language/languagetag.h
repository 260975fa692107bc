// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace episcope
{

/// BCP 47 language tags: normalising what files declare and mapping identifier codes.
class LanguageTag
{
public:
    /// The tag "und": language not known.
    [[nodiscard]] static QString undetermined();

    /// @p text as a canonical BCP 47 tag ("pt_br" → "pt-BR", "zh-hant" → "zh-Hant", "iw" → "he"),
    /// or an empty string when it is not shaped like a language tag at all.
    [[nodiscard]] static QString normalized(const QString &text);

    /// CLD2's code for a language as BCP 47: CLD2's deprecated and private codes are replaced
    /// ("iw" → "he", "zh" → "zh-Hans", "xx-Grek" → "und-Grek", "un" → "und").
    [[nodiscard]] static QString fromCld2Code(const QString &code);

    /// The primary language subtag ("pt-BR" → "pt").
    [[nodiscard]] static QString primaryLanguage(const QString &tag);
};

} // namespace episcope
