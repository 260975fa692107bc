// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewexporter.h"

namespace episcope
{

OverviewExporter::OverviewExporter(Overview overview)
    : m_overview(std::move(overview))
{
}

QString OverviewExporter::htmlPage() const
{
    const Overview &o = m_overview;
    QString header;
    for (const QString &language : o.languages)
        header += QStringLiteral("<th>%1</th>").arg(language.toHtmlEscaped());

    QString names;
    for (qsizetype n = 0; n < o.names.size(); ++n) {
        names += QStringLiteral("<tr><th style=\"text-align:left\">%1</th>").arg(o.names.at(n).label.toHtmlEscaped());
        for (qsizetype l = 0; l < o.languages.size(); ++l)
            names += o.mentions.at(n).at(l) ? QStringLiteral("<td title=\"%1\">●</td>").arg(tr("mentioned").toHtmlEscaped())
                                            : QStringLiteral("<td title=\"%1\">○</td>").arg(tr("not mentioned").toHtmlEscaped());
        names += QStringLiteral("</tr>\n");
    }

    QString matrix;
    for (qsizetype i = 0; i < o.languages.size(); ++i) {
        matrix += QStringLiteral("<tr><th>%1</th>").arg(o.languages.at(i).toHtmlEscaped());
        for (qsizetype j = 0; j < o.languages.size(); ++j) {
            if (i == j) {
                matrix += QStringLiteral("<td>—</td>");
                continue;
            }
            const double value = std::clamp(o.similarity.at(i).at(j), 0.0, 1.0);
            // White to blue; black text stays readable (WCAG AA) up to the darkest shade used.
            const int red = int(255 - value * 150);
            const int green = int(255 - value * 90);
            matrix += QStringLiteral("<td style=\"background:rgb(%1,%2,255);color:#000\">%3</td>").arg(red).arg(green).arg(QString::number(value, 'f', 2));
        }
        matrix += QStringLiteral("</tr>\n");
    }

    return QStringLiteral(
               "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" />\n<title>%1</title>\n"
               "<style>table{border-collapse:collapse;margin-bottom:2em}td,th{border:1px solid #999;padding:4px 8px;text-align:center}</style>\n"
               "</head>\n<body>\n<h1>%1</h1>\n<h2>%2</h2>\n<table>\n<tr><th></th>%3</tr>\n%4</table>\n<h2>%5</h2>\n<table>\n<tr><th></th>%3</tr>\n%6</table>\n"
               "</body>\n</html>\n")
        .arg(tr("Overview of the synopses").toHtmlEscaped(), tr("Who is mentioned where").toHtmlEscaped(), header, names,
             tr("How alike the synopses are").toHtmlEscaped(), matrix);
}

} // namespace episcope
