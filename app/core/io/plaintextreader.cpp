// SPDX-License-Identifier: GPL-3.0-or-later
#include "plaintextreader.h"

#include "language/languagetag.h"

#include <QCoreApplication>

namespace episcope
{

namespace
{

/// Splits off a declared language: the part before the first TAB, when it is shaped like a tag.
void takeDeclaredLanguage(Translation &translation)
{
    const qsizetype tab = translation.text.indexOf(u'\t');
    if (tab < 2 || tab > 35)
        return;
    const QString tag = LanguageTag::normalized(translation.text.left(tab));
    if (tag.isEmpty())
        return;
    translation.languageTag = tag;
    translation.origin = LanguageOrigin::Declared;
    translation.confidence = 1.0;
    translation.reliable = true;
    translation.text = translation.text.mid(tab + 1);
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

        const QString line = text.sliced(start, end - start);
        if (!line.trimmed().isEmpty()) {
            Translation translation;
            translation.text = line;
            translation.sourceLine = lineNumber;
            takeDeclaredLanguage(translation);
            translation.text = translation.text.trimmed();
            if (!translation.text.isEmpty() || translation.origin == LanguageOrigin::Declared)
                episode.translations.append(std::move(translation));
        }

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
