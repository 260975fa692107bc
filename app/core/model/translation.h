// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace episcope
{

/// How Episcope knows the language of a synopsis.
enum class LanguageOrigin {
    Unknown, ///< neither the file nor the text tells
    Declared, ///< the file says so (a `TAG<TAB>` prefix, a TMDB `iso_639_1`, …)
    Identified, ///< read from the text itself by the language identifier
};

/// Stable lower-case name of an origin, used in JSON and the CLI ("declared", "identified", "unknown").
[[nodiscard]] QString originKey(LanguageOrigin origin);

/// One synopsis of an episode in one language. A plain value: cheap to copy, no behaviour.
struct Translation {
    QString languageTag = QStringLiteral("und"); ///< BCP 47, "und" when not known
    QString title;
    QString text; ///< the whole synopsis, never truncated
    LanguageOrigin origin = LanguageOrigin::Unknown;
    double confidence = 0.0; ///< 0..1; 1 for a declared language
    bool reliable = false; ///< the identifier considers its answer reliable
    int sourceLine = 0; ///< 1-based line in the source file, 0 when the row does not come from one line
    /// Where text is in the decoded source (UTF-16 units), so a save can replace exactly it; -1 when unknown.
    qsizetype sourceOffset = -1;
    qsizetype sourceLength = 0;

    friend bool operator==(const Translation &, const Translation &) = default;
};

} // namespace episcope
