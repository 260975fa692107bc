// SPDX-License-Identifier: GPL-3.0-or-later
#include "nfoexporter.h"

#include <QXmlStreamWriter>

namespace episcope
{

namespace
{

/// XML 1.0 cannot carry most control characters at all, escaped or not.
QString xmlSafe(const QString &text)
{
    QString safe = text;
    safe.removeIf([](QChar c) {
        return (c.unicode() < 0x20 && c != u'\n' && c != u'\t' && c != u'\r') || c.unicode() == 0xFFFE || c.unicode() == 0xFFFF;
    });
    return safe;
}

} // namespace

QByteArray NfoExporter::nfo(const Episode &episode, const Translation &translation)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(4);
    xml.writeStartDocument(QStringLiteral("1.0"), true);
    const QString root = episode.kind == Episode::Kind::Series ? QStringLiteral("tvshow")
        : episode.kind == Episode::Kind::Movie                 ? QStringLiteral("movie")
                                                               : QStringLiteral("episodedetails");
    xml.writeStartElement(root);
    xml.writeTextElement(QStringLiteral("title"), xmlSafe(translation.title.isEmpty() ? episode.title : translation.title));
    if (!episode.series.isEmpty() && episode.kind == Episode::Kind::Episode)
        xml.writeTextElement(QStringLiteral("showtitle"), xmlSafe(episode.series));
    if (episode.season >= 0)
        xml.writeTextElement(QStringLiteral("season"), QString::number(episode.season));
    if (episode.number >= 0)
        xml.writeTextElement(QStringLiteral("episode"), QString::number(episode.number));
    xml.writeTextElement(QStringLiteral("plot"), xmlSafe(translation.text));
    if (!episode.externalId.isEmpty()) {
        const qsizetype colon = episode.externalId.indexOf(u':');
        xml.writeStartElement(QStringLiteral("uniqueid"));
        xml.writeAttribute(QStringLiteral("type"), colon > 0 ? episode.externalId.left(colon) : episode.provider.toLower());
        xml.writeAttribute(QStringLiteral("default"), QStringLiteral("true"));
        xml.writeCharacters(xmlSafe(colon > 0 ? episode.externalId.mid(colon + 1) : episode.externalId));
        xml.writeEndElement();
    }
    xml.writeEndElement();
    xml.writeEndDocument();
    if (!bytes.endsWith('\n'))
        bytes += '\n';
    return bytes;
}

QString NfoExporter::fileName(const QString &baseName, const Translation &translation)
{
    QString tag = translation.languageTag;
    tag.replace(u'/', u'_');
    return baseName + u'.' + tag + QStringLiteral(".nfo");
}

} // namespace episcope
