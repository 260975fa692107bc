// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparisonexporter.h"

#include "language/languageinfo.h"
#include "spelling/wordtokenizer.h"
#include "text/safetextdocument.h"
#include "text/textdirection.h"

#include <QFileInfo>
#include <QHash>
#include <QPageSize>
#include <QPdfWriter>

namespace episcope
{

ComparisonExporter::ComparisonExporter(Comparison comparison)
    : m_comparison(std::move(comparison))
{
}

QString ComparisonExporter::nameColour(int colour)
{
    // Pastels distinct from each other, all with enough contrast for black text (WCAG AA).
    static const char *const colours[] = { "#ffd8a8", "#b2f2bb", "#a5d8ff", "#eebefa", "#ffec99", "#ffc9c9", "#99e9f2", "#d0bfff", "#c0eb75", "#fcc2d7" };
    return QString::fromLatin1(colours[colour % int(std::size(colours))]);
}

QString ComparisonExporter::markedUp(const Translation &translation, const Sentence &sentence, bool left) const
{
    QHash<QString, int> colourOfForm;
    for (const SharedName &name : m_comparison.namesInBoth) {
        for (const QString &form : left ? name.leftForms : name.rightForms)
            colourOfForm.insert(form, name.colour);
    }
    const QStringView text = QStringView(translation.text).sliced(sentence.start, sentence.length);
    QString html;
    qsizetype position = 0;
    for (const WordSpan &span : WordTokenizer::words(text)) {
        const auto colour = colourOfForm.constFind(text.sliced(span.start, span.length).toString());
        if (colour == colourOfForm.cend())
            continue;
        html += text.sliced(position, span.start - position).toString().toHtmlEscaped();
        html += QStringLiteral("<mark style=\"background:%1;color:#000\">%2</mark>")
                    .arg(nameColour(*colour), text.sliced(span.start, span.length).toString().toHtmlEscaped());
        position = span.start + span.length;
    }
    html += text.sliced(position).toString().toHtmlEscaped();
    return html;
}

QString ComparisonExporter::htmlTable() const
{
    const Comparison &c = m_comparison;
    const QString leftDirection = LanguageInfo::directionKey(textDirection(c.left.text, c.left.languageTag));
    const QString rightDirection = LanguageInfo::directionKey(textDirection(c.right.text, c.right.languageTag));
    const LanguageInfo leftInfo = LanguageInfo::forTag(c.left.languageTag);
    const LanguageInfo rightInfo = LanguageInfo::forTag(c.right.languageTag);
    QString html =
        QStringLiteral(
            "<table class=\"comparison\" style=\"border-collapse:collapse;width:100%\">\n<thead><tr><th>%1</th><th>%2</th><th>%3</th></tr></thead>\n<tbody>\n")
            .arg(leftInfo.englishName.toHtmlEscaped(), tr("match").toHtmlEscaped(), rightInfo.englishName.toHtmlEscaped());
    const QString unmatched = tr("no counterpart").toHtmlEscaped();
    for (const AlignedRow &row : c.rows) {
        QString left;
        for (int i = row.leftFirst; i < row.leftFirst + row.leftCount; ++i)
            left += (left.isEmpty() ? QString() : QStringLiteral(" ")) + markedUp(c.left, c.leftSentences.at(i), true);
        QString right;
        for (int i = row.rightFirst; i < row.rightFirst + row.rightCount; ++i)
            right += (right.isEmpty() ? QString() : QStringLiteral(" ")) + markedUp(c.right, c.rightSentences.at(i), false);
        const QString match = row.leftCount == 0 || row.rightCount == 0 ? unmatched : QStringLiteral("%1 %").arg(qRound(row.confidence * 100));
        html += QStringLiteral("<tr><td lang=\"%1\" dir=\"%2\" style=\"vertical-align:top;border:1px solid #999;padding:4px\">%3</td>"
                               "<td style=\"vertical-align:top;border:1px solid #999;padding:4px;color:#555\">%4</td>"
                               "<td lang=\"%5\" dir=\"%6\" style=\"vertical-align:top;border:1px solid #999;padding:4px\">%7</td></tr>\n")
                    .arg(c.left.languageTag.toHtmlEscaped(), leftDirection, left.isEmpty() ? QStringLiteral("—") : left, match,
                         c.right.languageTag.toHtmlEscaped(), rightDirection, right.isEmpty() ? QStringLiteral("—") : right);
    }
    return html + QStringLiteral("</tbody>\n</table>\n");
}

QString ComparisonExporter::summary() const
{
    const Comparison &c = m_comparison;
    QStringList both;
    for (const SharedName &name : c.namesInBoth)
        both.append(name.label);
    return QStringLiteral("<p>%1</p>\n<p>%2</p>\n<p>%3</p>\n<p>%4</p>\n")
        .arg(tr("Characters %1 / %2 (ratio %3) · sentences %4 / %5")
                 .arg(c.left.text.size())
                 .arg(c.right.text.size())
                 .arg(QString::number(c.lengthRatio(), 'f', 2))
                 .arg(c.leftSentences.size())
                 .arg(c.rightSentences.size())
                 .toHtmlEscaped(),
             tr("Names in both: %1").arg(both.join(QStringLiteral(", "))).toHtmlEscaped(),
             tr("Only left: %1").arg(c.namesOnlyLeft.join(QStringLiteral(", "))).toHtmlEscaped(),
             tr("Only right: %1").arg(c.namesOnlyRight.join(QStringLiteral(", "))).toHtmlEscaped());
}

QString ComparisonExporter::htmlPage() const
{
    const Comparison &c = m_comparison;
    const QString title = tr("%1 and %2").arg(LanguageInfo::forTag(c.left.languageTag).englishName, LanguageInfo::forTag(c.right.languageTag).englishName);
    return QStringLiteral("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\" "
                          "/>\n<title>%1</title>\n</head>\n<body>\n<h1>%1</h1>\n%2%3</body>\n</html>\n")
        .arg(title.toHtmlEscaped(), summary(), htmlTable());
}

bool ComparisonExporter::writePdf(const QString &path) const
{
    QPdfWriter writer(path);
    if (!writer.setPageSize(QPageSize(QPageSize::A4)))
        return false;
    writer.setTitle(QStringLiteral("Episcope comparison"));
    writer.setCreator(QStringLiteral("Episcope"));
    SafeTextDocument document; // our own escaped markup, and still no resource is ever loaded
    document.setHtml(htmlPage());
    document.setPageSize(writer.pageLayout().paintRectPixels(writer.resolution()).size());
    document.print(&writer);
    return QFileInfo::exists(path) && QFileInfo(path).size() > 0;
}

} // namespace episcope
