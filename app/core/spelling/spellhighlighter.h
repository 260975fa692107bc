// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "misspellingfinder.h"

#include <QHash>
#include <QSyntaxHighlighter>

#include <optional>

namespace episcope
{

/// Underlines misspelled words in a document with a red wave (and says why in a tooltip, so the
/// colour is not the only cue), live while the text is edited. The words come from a
/// MisspellingFinder, whose per-word cache keeps a re-highlight after a keystroke cheap. When
/// most words of a paragraph are unknown nothing is underlined (the dictionary is likely wrong).
class SpellHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    /// Attaches to @p document and is owned by it.
    explicit SpellHighlighter(QTextDocument *document);

    /// @p finder (not owned; null turns checking off) must stay valid until replaced.
    void setFinder(MisspellingFinder *finder);
    /// The wavy underline's red, kept at WCAG's 3:1 for graphics against @p palette's page colour.
    [[nodiscard]] static QColor underlineColour(const QPalette &palette);
    [[nodiscard]] MisspellingFinder *finder() const;

    /// The misspelled word at document position @p position, if any.
    [[nodiscard]] std::optional<Misspelling> misspellingAt(int position) const;
    /// Misspellings found in the whole document, positions in document coordinates.
    [[nodiscard]] QList<Misspelling> misspellings() const;
    /// A paragraph was mostly unknown words, so it was not underlined.
    [[nodiscard]] bool mostlyUnknown() const;

protected:
    void highlightBlock(const QString &text) override;

private:
    MisspellingFinder *m_finder = nullptr;
    QHash<int, SpellCheckResult> m_results; ///< by block number, positions relative to the block
    QHash<int, int> m_blockStarts;
    QTextCharFormat m_format;
};

} // namespace episcope
