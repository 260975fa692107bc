// SPDX-License-Identifier: GPL-3.0-or-later
#include "synopsissearch.h"

#include "text/singleline.h"

namespace episcope
{

namespace
{

constexpr qsizetype ContextBefore = 40;
constexpr qsizetype ContextAfter = 80;

QString contextOf(const QString &text, qsizetype offset, qsizetype length)
{
    const qsizetype start = std::max<qsizetype>(0, offset - ContextBefore);
    const qsizetype end = std::min(text.size(), offset + length + ContextAfter);
    QString context = singleLine(text.mid(start, end - start));
    if (start > 0)
        context.prepend(u'…');
    if (end < text.size())
        context.append(u'…');
    return context;
}

/// The table folded() uses, built once.
const QList<QChar> &foldTable();

QChar foldChar(QChar c)
{
    static const QList<QChar> &table = foldTable();
    return c.unicode() < table.size() ? table.at(c.unicode()) : c.toCaseFolded();
}

/// Where @p needle (already folded) starts in @p text folded, without folding a copy of @p text.
qsizetype indexOfFolded(const QString &text, const QString &needle)
{
    const qsizetype last = text.size() - needle.size();
    const QChar first = needle.at(0);
    for (qsizetype i = 0; i <= last; ++i) {
        if (foldChar(text.at(i)) != first)
            continue;
        qsizetype k = 1;
        while (k < needle.size() && foldChar(text.at(i + k)) == needle.at(k))
            ++k;
        if (k == needle.size())
            return i;
    }
    return -1;
}

const QList<QChar> &foldTable()
{
    // Latin (Vietnamese included), Greek and Cyrillic letters with accents, stacked ones too, fold
    // to their base letter; the table is built once, so folding a synopsis allocates nothing per
    // character.
    static constexpr char16_t TableSize = 0x2000;
    static const QList<QChar> table = [] {
        QList<QChar> folds(TableSize);
        for (char16_t u = 0; u < TableSize; ++u) {
            QChar base(u);
            for (int step = 0; step < 4; ++step) { // "ǘ" → "ü" → "u"
                const QString decomposed = base.decomposition();
                if (decomposed.isEmpty() || base.decompositionTag() != QChar::Canonical || !decomposed.at(0).isLetter())
                    break;
                base = decomposed.at(0);
            }
            folds[u] = base.toCaseFolded();
        }
        // Letters with a stroke have no decomposition, but readers type them without it ("duoc" for "được").
        for (const auto &[letter, plain] : { std::pair { u'đ', u'd' },
                                             { u'Đ', u'd' },
                                             { u'ł', u'l' },
                                             { u'Ł', u'l' },
                                             { u'ø', u'o' },
                                             { u'Ø', u'o' },
                                             { u'ħ', u'h' },
                                             { u'Ħ', u'h' },
                                             { u'ı', u'i' } })
            folds[letter] = QChar(plain);
        return folds;
    }();
    return table;
}

} // namespace

QString SynopsisSearch::folded(const QString &text)
{
    QString result = text;
    for (QChar &c : result)
        c = foldChar(c);
    return result;
}

QList<SearchHit> SynopsisSearch::find(const Collection &collection, const QString &query, qsizetype limit)
{
    QList<SearchHit> hits;
    const QString needle = folded(query.trimmed());
    if (needle.isEmpty())
        return hits;
    for (qsizetype l = 0; l < collection.libraries.size(); ++l) {
        const QList<Episode> &episodes = collection.libraries.at(l).episodes;
        for (qsizetype e = 0; e < episodes.size(); ++e) {
            const QList<Translation> &rows = episodes.at(e).translations;
            for (qsizetype r = 0; r < rows.size(); ++r) {
                for (const bool inTitle : { true, false }) {
                    const QString &text = inTitle ? rows.at(r).title : rows.at(r).text;
                    if (text.size() < needle.size())
                        continue;
                    const qsizetype at = indexOfFolded(text, needle);
                    if (at < 0)
                        continue;
                    hits.append(SearchHit { EpisodeRef { l, e }, int(r), at, needle.size(), inTitle, contextOf(text, at, needle.size()) });
                    if (hits.size() >= limit)
                        return hits;
                    break; // one hit per row: the title, else the first in the synopsis
                }
            }
        }
    }
    return hits;
}

} // namespace episcope
