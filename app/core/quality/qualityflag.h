// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFlags>
#include <QString>
#include <QStringList>

namespace episcope
{

/// Something about a synopsis a careful user would want to know before trusting it.
enum class QualityFlag : quint16 {
    EmptySynopsis = 0x1, ///< the row has no synopsis
    PlaceholderTitle = 0x2, ///< "Episode 1", "Episodul 1", "Епизода 1", "Bölüm 1 : …"
    LanguageMismatch = 0x4, ///< declared as one language, the text reads as another
    ScriptMismatch = 0x8, ///< written in a script the declared language does not use
    MuchShorter = 0x10, ///< far shorter than the episode's median synopsis
    SameText = 0x20, ///< the same text as another row
    DuplicateLanguage = 0x40, ///< the same language tag as another row
    Fallback = 0x80, ///< title or synopsis borrowed from another language by the user's preferences
};
Q_DECLARE_FLAGS(QualityFlags, QualityFlag)
Q_DECLARE_OPERATORS_FOR_FLAGS(QualityFlags)

/// Which words the sentences of a report are in: the interface's (the list, the pane, the CLI's
/// text output) or always English (JSON and CSV, which scripts read and compare across machines).
enum class Wording { Interface, English };

/// The flags of one row, with a sentence for each ("declared Greek, reads as English").
struct QualityReport {
    QualityFlags flags;
    QStringList messages;

    /// Stable keys of the flags set, for JSON and the CLI ("empty-synopsis", "placeholder-title", …).
    [[nodiscard]] QStringList keys() const;
};

} // namespace episcope
