// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextreader.h"

#include "language/languagetag.h"

#include <QCoreApplication>

namespace episcope
{

namespace
{

/// The length of a `TAG<TAB>` prefix that declares a language, and the tag; 0 when @p line has none.
qsizetype declaredLanguage(QStringView line, QString &tag)
{
    const qsizetype tab = line.indexOf(u'\t');
    if (tab < 2 || tab > 35)
        return 0;
    tag = LanguageTag::normalized(line.left(tab).toString());
    return tag.isEmpty() ? 0 : tab + 1;
}

} // namespace

const QString &PlainTextReader::error() const
{
    return m_error;
}

std::optional<Episode> PlainTextReader::read(const QString &text, const QString &title)
{
    m_error.clear();
    Episode episode;
    episode.title = title;

    int lineNumber = 0;
    qsizetype start = 0;
    const qsizetype size = text.size();
    while (start < size || (start == size && lineNumber == 0)) {
        qsizetype end = start;
        while (end < size && text.at(end) != u'\n' && text.at(end) != u'\r')
            ++end;
        ++lineNumber;

        Translation translation;
        translation.sourceLine = lineNumber;
        QString tag;
        qsizetype contentStart = start + declaredLanguage(QStringView(text).sliced(start, end - start), tag);
        qsizetype contentEnd = end;
        while (contentStart < contentEnd && text.at(contentStart).isSpace())
            ++contentStart;
        while (contentEnd > contentStart && text.at(contentEnd - 1).isSpace())
            --contentEnd;
        translation.text = text.sliced(contentStart, contentEnd - contentStart);
        translation.sourceOffset = contentStart;
        translation.sourceLength = contentEnd - contentStart;
        if (!tag.isEmpty()) {
            translation.languageTag = tag;
            translation.origin = LanguageOrigin::Declared;
            translation.confidence = 1.0;
            translation.reliable = true;
        }
        if (!translation.text.isEmpty() || !tag.isEmpty())
            episode.translations.append(std::move(translation));

        if (end < size && text.at(end) == u'\r' && end + 1 < size && text.at(end + 1) == u'\n')
            ++end;
        start = end + 1;
    }

    if (episode.translations.isEmpty()) {
        m_error = QCoreApplication::translate("episcope::PlainTextReader", "is empty: there is no synopsis in it");
        return std::nullopt;
    }
    return episode;
}

} // namespace episcope
