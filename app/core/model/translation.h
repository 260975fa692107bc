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
    Chosen, ///< set by the user, over what the file or the identifier said
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
    /// What the identifier reads in the text, also for declared rows ("declared Greek, reads as
    /// English"); empty when the text was not identified.
    QString identifiedTag;
    double identifiedConfidence = 0.0;
    /// The identifier's second choice, when it had one ("und" texts may still have a first choice here).
    QString runnerUpTag;
    double runnerUpScore = 0.0;
    QString provider; ///< where the row comes from ("TMDB", "Kodi", …), as its episode says
    QString declaredCode; ///< the language code exactly as the file gives it ("cn", "deu"), if any
    /// The tag of the row the title or synopsis was borrowed from when the user's language
    /// preferences filled it (see applyFallback()); empty for text that really is in this row.
    QString titleFallback;
    QString textFallback;
    int sourceLine = 0; ///< 1-based line in the source file, 0 when the row does not come from one line
    /// Where the synopsis is in the decoded source (UTF-16 units), so a save can replace exactly it;
    /// -1 when it cannot be edited in place. Plain text: the synopsis itself; JSON: the value's whole
    /// token, quotes included; XML: the element's raw content. sourceLength is in the same units.
    qsizetype sourceOffset = -1;
    qsizetype sourceLength = 0;

    [[nodiscard]] bool isFallback() const
    {
        return !titleFallback.isEmpty() || !textFallback.isEmpty();
    }

    friend bool operator==(const Translation &, const Translation &) = default;
};

} // namespace episcope
