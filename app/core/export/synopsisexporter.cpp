// SPDX-License-Identifier: GPL-3.0-or-later
#include "synopsisexporter.h"

#include "language/languageinfo.h"
#include "text/textdirection.h"

#include <QMimeData>

namespace episcope
{

namespace
{

/// Attribute values come from files too; escape quotes as well as markup.
QString attribute(const QString &value)
{
    return value.toHtmlEscaped();
}

} // namespace

SynopsisExporter::SynopsisExporter(Translation translation)
    : m_translation(std::move(translation))
    , m_direction(LanguageInfo::directionKey(textDirection(m_translation.text, m_translation.languageTag)))
{
}

QString SynopsisExporter::plainText() const
{
    return m_translation.text;
}

QString SynopsisExporter::heading() const
{
    const LanguageInfo info = LanguageInfo::forTag(m_translation.languageTag);
    if (info.nativeName.isEmpty() || info.nativeName == info.englishName)
        return info.englishName;
    return info.nativeName + QStringLiteral(" — ") + info.englishName;
}

QString SynopsisExporter::htmlFragment() const
{
    return QStringLiteral("<p lang=\"%1\" dir=\"%2\">%3</p>").arg(attribute(m_translation.languageTag), m_direction, m_translation.text.toHtmlEscaped());
}

QString SynopsisExporter::htmlPage() const
{
    const QString title = m_translation.title.isEmpty() ? heading() : m_translation.title;
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"%1\" dir=\"%2\">\n<head>\n<meta charset=\"utf-8\">\n<title>%3</title>\n</head>\n<body>\n"
                          "<h1 dir=\"auto\">%4</h1>\n%5\n</body>\n</html>\n")
        .arg(attribute(m_translation.languageTag), m_direction, title.toHtmlEscaped(), heading().toHtmlEscaped(), htmlFragment());
}

QString SynopsisExporter::markdown() const
{
    // Characters that start emphasis, code, links, HTML or tables anywhere in a line, plus the
    // ones that make a heading or a list when they open it.
    static const QString special = QStringLiteral("\\`*_[]<>|~");
    QString body;
    body.reserve(m_translation.text.size() + m_translation.text.size() / 8);
    for (const QChar c : m_translation.text) {
        if (special.contains(c))
            body += u'\\';
        body += c;
    }
    if (!body.isEmpty() && QStringLiteral("#+-=").contains(body.front()))
        body.prepend(u'\\');
    return QStringLiteral("## %1\n\n%2\n").arg(heading(), body);
}

QMimeData *SynopsisExporter::mimeData() const
{
    auto *data = new QMimeData;
    data->setText(plainText());
    data->setHtml(htmlFragment());
    return data;
}

} // namespace episcope
