// SPDX-License-Identifier: GPL-3.0-or-later
#include "nforeader.h"

#include "language/languagetag.h"

#include <QXmlStreamReader>

namespace episcope
{

namespace
{

std::optional<Episode::Kind> kindOf(QStringView element)
{
    if (element == u"episodedetails")
        return Episode::Kind::Episode;
    if (element == u"tvshow")
        return Episode::Kind::Series;
    if (element == u"movie")
        return Episode::Kind::Movie;
    return std::nullopt;
}

qsizetype skipSpace(QStringView text, qsizetype from)
{
    while (from < text.size() && text.at(from).isSpace())
        ++from;
    return from;
}

} // namespace

bool NfoReader::recognizes(QStringView text)
{
    const qsizetype first = skipSpace(text, 0);
    return first < text.size() && text.at(first) == u'<';
}

std::optional<QList<Episode>> NfoReader::read(const QString &text, SourceReport &report)
{
    QList<Episode> episodes;
    qsizetype base = 0;
    while (true) {
        qsizetype end = text.size();
        const qsizetype before = episodes.size();
        if (!readDocument(text, base, episodes, end, report))
            return std::nullopt;
        const qsizetype next = skipSpace(text, end);
        if (next >= text.size())
            break;
        // Kodi writes a multi-episode file as <episodedetails> elements one after another; other
        // trailing text (a scraper's URL, say) is ignored with a warning.
        if (episodes.size() > before && QStringView(text).sliced(next).startsWith(u"<episodedetails")) {
            base = next;
            continue;
        }
        report.warnings.append({ tr("has text after the XML; it is ignored"), next });
        break;
    }
    if (episodes.isEmpty()) {
        report.fail(tr("is XML, but not a Kodi NFO: there is no <episodedetails>, <tvshow> or <movie> in it"), 0);
        return std::nullopt;
    }
    return episodes;
}

bool NfoReader::readDocument(const QString &text, qsizetype base, QList<Episode> &episodes, qsizetype &end, SourceReport &report)
{
    QXmlStreamReader xml(QStringView(text).sliced(base).toString());
    auto offset = [&xml, base] {
        return base + qsizetype(xml.characterOffset());
    };
    bool rootSeen = false;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::DTD && !xml.entityDeclarations().isEmpty())
            return report.fail(tr("declares XML entities in a DOCTYPE; Episcope does not expand entities"), offset());
        if (token == QXmlStreamReader::EntityReference)
            return report.fail(tr("uses the undeclared entity &%1;").arg(xml.name().toString()), offset());
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (rootSeen) // a second top-level element: the caller decides
            break;
        rootSeen = true;
        const QString root = xml.name().toString();
        if (root == u"episodes") {
            while (xml.readNextStartElement()) {
                if (xml.name() != u"episodedetails") {
                    xml.skipCurrentElement();
                    continue;
                }
                Episode episode;
                if (!readItem(xml, text, base, episode, report))
                    return false;
                episodes.append(std::move(episode));
            }
        } else if (const std::optional<Episode::Kind> kind = kindOf(root)) {
            Episode episode;
            episode.kind = *kind;
            if (!readItem(xml, text, base, episode, report))
                return false;
            episodes.append(std::move(episode));
        } else {
            return report.fail(tr("is XML, but not a Kodi NFO: its root element is <%1>").arg(root), offset());
        }
        if (xml.hasError())
            break;
        end = offset();
        // Whatever follows the root element belongs to the caller: stop before reading it.
        return true;
    }
    if (xml.hasError())
        return report.fail(tr("is not well-formed XML: %1").arg(xml.errorString()), offset());
    return true;
}

bool NfoReader::readItem(QXmlStreamReader &xml, const QString &text, qsizetype base, Episode &episode, SourceReport &report)
{
    episode.provider = QStringLiteral("Kodi");
    Translation translation;
    QString outline;
    qsizetype outlineOffset = -1;
    qsizetype outlineLength = 0;
    bool plotSeen = false;
    int depth = 1;
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::EndElement) {
            if (--depth == 0)
                break;
            continue;
        }
        if (token != QXmlStreamReader::StartElement)
            continue;
        if (++depth > MaxDepth)
            return report.fail(tr("nests elements more than %1 levels deep").arg(MaxDepth), base + xml.characterOffset());
        if (depth != 2)
            continue;
        const QString name = xml.name().toString();
        const bool synopsis = name == u"plot" || name == u"outline";
        const QString attributeType = xml.attributes().value(QStringLiteral("type")).toString();
        const bool isDefaultId = xml.attributes().value(QStringLiteral("default")) == u"true";
        const qsizetype contentStart = base + xml.characterOffset();
        const bool selfClosing = QStringView(text).sliced(0, contentStart).endsWith(u"/>");
        // The element's text, children's text included, read without recursion and with the depth capped.
        QString value;
        for (int inner = 1; inner > 0 && !xml.atEnd();) {
            switch (xml.readNext()) {
            case QXmlStreamReader::StartElement:
                if (depth + ++inner - 1 > MaxDepth)
                    return report.fail(tr("nests elements more than %1 levels deep").arg(MaxDepth), base + xml.characterOffset());
                break;
            case QXmlStreamReader::EndElement:
                --inner;
                break;
            case QXmlStreamReader::Characters:
                value += xml.text();
                break;
            case QXmlStreamReader::EntityReference:
                return report.fail(tr("uses the undeclared entity &%1;").arg(xml.name().toString()), base + xml.characterOffset());
            default:
                break;
            }
        }
        if (xml.hasError())
            return report.fail(tr("is not well-formed XML: %1").arg(xml.errorString()), base + xml.characterOffset());
        --depth;
        const qsizetype afterEnd = base + xml.characterOffset();
        const qsizetype contentEnd = selfClosing ? contentStart : text.lastIndexOf(u"</", afterEnd - 1);
        if (name == u"title") {
            translation.title = value;
            episode.title = value;
        } else if (name == u"showtitle") {
            episode.series = value;
        } else if (name == u"season") {
            bool ok = false;
            const int number = value.trimmed().toInt(&ok);
            episode.season = ok && number >= 0 ? number : -1;
        } else if (name == u"episode") {
            bool ok = false;
            const int number = value.trimmed().toInt(&ok);
            episode.number = ok && number >= 0 ? number : -1;
        } else if (name == u"uniqueid" && (isDefaultId || episode.externalId.isEmpty())) {
            episode.externalId = attributeType.isEmpty() ? value : attributeType + u':' + value;
        } else if (synopsis) {
            const qsizetype spanOffset = selfClosing || contentEnd < contentStart ? -1 : contentStart;
            const qsizetype spanLength = spanOffset < 0 ? 0 : contentEnd - contentStart;
            if (name == u"plot") {
                plotSeen = true;
                translation.text = value;
                translation.sourceOffset = spanOffset;
                translation.sourceLength = spanLength;
            } else {
                outline = value;
                outlineOffset = spanOffset;
                outlineLength = spanLength;
            }
        }
    }
    if (episode.kind == Episode::Kind::Series)
        episode.series = translation.title;
    if ((!plotSeen || translation.text.trimmed().isEmpty()) && !outline.trimmed().isEmpty()) {
        translation.text = outline;
        translation.sourceOffset = outlineOffset;
        translation.sourceLength = outlineLength;
    }
    translation.languageTag = LanguageTag::undetermined();
    episode.translations.append(std::move(translation));
    return true;
}

} // namespace episcope
