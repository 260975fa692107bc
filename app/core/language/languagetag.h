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

    /// A TMDB `iso_639_1` + `iso_3166_1` pair as BCP 47. TMDB's own codes are mapped ("cn" is
    /// Cantonese, "yue"; "xx", no language, is "und"), and a region is kept only where the
    /// language is really used there ("es"+"MX" → "es-MX", but "bs"+"BS" → "bs": the Bahamas).
    [[nodiscard]] static QString fromTmdb(const QString &language, const QString &region);
    /// A TheTVDB language code as BCP 47: ISO 639-2/3 codes become two letters where one exists
    /// ("deu" → "de", "ell" → "el"); TheTVDB's "pt" is Brazilian ("pt-BR"), "por" European ("pt-PT"),
    /// "zhtw" Taiwanese Mandarin ("zh-TW"). An empty string when @p code is not a language code.
    [[nodiscard]] static QString fromTvdb(const QString &code);
    /// A language and an optional country, as Trakt gives them ("es" + "mx" → "es-MX"), with the
    /// same region check as fromTmdb().
    [[nodiscard]] static QString withRegion(const QString &language, const QString &region);

    /// The primary language subtag ("pt-BR" → "pt").
    [[nodiscard]] static QString primaryLanguage(const QString &tag);
};

} // namespace episcope
