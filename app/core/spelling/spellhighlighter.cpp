// SPDX-License-Identifier: GPL-3.0-or-later
#include "spellhighlighter.h"

#include "text/contrast.h"

#include <QGuiApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextDocument>

namespace episcope
{

SpellHighlighter::SpellHighlighter(QTextDocument *document)
    : QSyntaxHighlighter(document)
{
    m_format.setUnderlineStyle(QTextCharFormat::WaveUnderline);
    m_format.setUnderlineColor(underlineColour(QGuiApplication::palette()));
}

QColor SpellHighlighter::underlineColour(const QPalette &palette)
{
    const QColor page = palette.color(QPalette::Base);
    QColor red(0xda, 0x44, 0x53);
    // Lighter on a dark page, darker on a light one, until the underline stands out enough.
    const bool darkPage = Contrast::luminance(page) < 0.18;
    for (int step = 0; step < 10 && Contrast::ratio(red, page) < 3.0; ++step)
        red = darkPage ? red.lighter(112) : red.darker(112);
    return red;
}

void SpellHighlighter::setFinder(MisspellingFinder *finder)
{
    m_finder = finder;
    m_results.clear();
    m_blockStarts.clear();
    m_format.setToolTip(finder && finder->isActive() ? tr("Not in the %1 dictionary").arg(finder->dictionary()) : QString());
    rehighlight();
}

MisspellingFinder *SpellHighlighter::finder() const
{
    return m_finder;
}

void SpellHighlighter::highlightBlock(const QString &text)
{
    const int block = currentBlock().blockNumber();
    if (!m_finder || !m_finder->isActive()) {
        m_results.remove(block);
        return;
    }
    SpellCheckResult result = m_finder->check(text);
    if (!result.mostlyUnknown) {
        for (const Misspelling &misspelling : std::as_const(result.misspellings))
            setFormat(int(misspelling.start), int(misspelling.length), m_format);
    }
    m_blockStarts.insert(block, currentBlock().position());
    m_results.insert(block, std::move(result));
}

std::optional<Misspelling> SpellHighlighter::misspellingAt(int position) const
{
    const QTextBlock block = document()->findBlock(position);
    const auto found = m_results.constFind(block.blockNumber());
    if (!block.isValid() || found == m_results.cend() || found->mostlyUnknown)
        return std::nullopt;
    const int offset = position - block.position();
    for (const Misspelling &misspelling : found->misspellings) {
        if (offset >= misspelling.start && offset <= misspelling.start + misspelling.length) {
            Misspelling absolute = misspelling;
            absolute.start += block.position();
            return absolute;
        }
    }
    return std::nullopt;
}

QList<Misspelling> SpellHighlighter::misspellings() const
{
    QList<Misspelling> all;
    for (auto it = m_results.cbegin(); it != m_results.cend(); ++it) {
        if (it->mostlyUnknown)
            continue;
        for (Misspelling misspelling : it->misspellings) {
            misspelling.start += m_blockStarts.value(it.key());
            all.append(misspelling);
        }
    }
    std::sort(all.begin(), all.end(), [](const Misspelling &a, const Misspelling &b) {
        return a.start < b.start;
    });
    return all;
}

bool SpellHighlighter::mostlyUnknown() const
{
    for (const SpellCheckResult &result : m_results) {
        if (result.mostlyUnknown)
            return true;
    }
    return false;
}

} // namespace episcope
