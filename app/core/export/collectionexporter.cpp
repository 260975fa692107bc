// SPDX-License-Identifier: GPL-3.0-or-later
#include "collectionexporter.h"

#include "export/libraryjson.h"
#include "quality/qualitychecker.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace episcope
{

QString CollectionExporter::csvField(const QString &value)
{
    QString field = value;
    if (!field.isEmpty() && (field.at(0) == u'=' || field.at(0) == u'+' || field.at(0) == u'-' || field.at(0) == u'@'))
        field.prepend(u'\'');
    if (field.contains(u'"') || field.contains(u',') || field.contains(u'\n') || field.contains(u'\r') || field != field.trimmed()) {
        field.replace(QStringLiteral("\""), QStringLiteral("\"\""));
        field = u'"' + field + u'"';
    }
    return field;
}

QByteArray CollectionExporter::csv(const Collection &collection)
{
    QString out = QStringLiteral("file,provider,series,season,episode,episode_title,language,origin,declared_code,identified_as,title,synopsis,checks\r\n");
    for (const Library &library : collection.libraries) {
        for (const Episode &episode : library.episodes) {
            const QList<QualityReport> reports = QualityChecker::check(episode, Wording::English);
            for (qsizetype i = 0; i < episode.translations.size(); ++i) {
                const Translation &row = episode.translations.at(i);
                const QStringList fields {
                    library.sourcePath,
                    row.provider,
                    episode.series,
                    episode.season >= 0 ? QString::number(episode.season) : QString(),
                    episode.number >= 0 ? QString::number(episode.number) : QString(),
                    episode.title,
                    row.languageTag,
                    originKey(row.origin),
                    row.declaredCode,
                    row.identifiedTag,
                    row.title,
                    row.text,
                    reports.at(i).keys().join(u' '),
                };
                QStringList quoted;
                for (const QString &field : fields)
                    quoted.append(csvField(field));
                out += quoted.join(u',') + QStringLiteral("\r\n");
            }
        }
    }
    return out.toUtf8();
}

QByteArray CollectionExporter::json(const Collection &collection)
{
    QJsonArray files;
    for (const Library &library : collection.libraries)
        files.append(LibraryJson::toJson(library));
    QJsonArray problems;
    for (const LoadError &problem : collection.problems)
        problems.append(QJsonObject { { QStringLiteral("file"), problem.path },
                                      { QStringLiteral("line"), problem.line },
                                      { QStringLiteral("column"), problem.column },
                                      { QStringLiteral("message"), problem.message } });
    return QJsonDocument(QJsonObject { { QStringLiteral("files"), files }, { QStringLiteral("problems"), problems } }).toJson(QJsonDocument::Indented);
}

} // namespace episcope
