// SPDX-License-Identifier: GPL-3.0-or-later
// CommandLine: the compare and overview commands.
#include "commandline.h"

#include "compare/comparison.h"
#include "compare/overview.h"
#include "export/comparisonexporter.h"
#include "export/overviewexporter.h"
#include "io/libraryloader.h"
#include "language/languagetag.h"

#include <QCommandLineParser>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cmath>

namespace episcope
{

namespace
{

double rounded(double value)
{
    return std::round(value * 100.0) / 100.0;
}

QJsonArray sentencesJson(const Comparison &comparison, const AlignedRow &row, bool left)
{
    QJsonArray sentences;
    const int first = left ? row.leftFirst : row.rightFirst;
    const int count = left ? row.leftCount : row.rightCount;
    for (int i = first; i < first + count; ++i)
        sentences.append(left ? comparison.leftSentence(i) : comparison.rightSentence(i));
    return sentences;
}

} // namespace

int CommandLine::compare(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption left(QStringLiteral("left"), tr("The language on the left (BCP 47 tag)."), QStringLiteral("TAG"));
    const QCommandLineOption right(QStringLiteral("right"), tr("The language on the right (BCP 47 tag)."), QStringLiteral("TAG"));
    const QCommandLineOption format(QStringLiteral("format"), tr("text, html or json."), QStringLiteral("FORMAT"), QStringLiteral("text"));
    parser.addOptions({ left, right, format });
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    if (!parser.isSet(left) || !parser.isSet(right))
        return usage(tr("compare needs --left TAG and --right TAG"));
    const QString formatName = parser.value(format);
    if (formatName != u"text" && formatName != u"json" && formatName != u"html")
        return usage(tr("unknown format “%1” (text, html or json)").arg(formatName));
    const QString leftTag = LanguageTag::normalized(parser.value(left));
    const QString rightTag = LanguageTag::normalized(parser.value(right));
    if (leftTag.isEmpty() || rightTag.isEmpty())
        return fail(tr("“%1” or “%2” is not a language tag").arg(parser.value(left), parser.value(right)));

    QList<Library> libraries;
    if (!loadAll(parser.positionalArguments(), libraries))
        return ExitError;

    QJsonArray comparisons;
    for (const Library &library : std::as_const(libraries)) {
        for (const Episode &episode : library.episodes) {
            const int leftRow = int(episode.findLanguage(leftTag));
            const int rightRow = int(episode.findLanguage(rightTag));
            if (leftRow < 0 || rightRow < 0)
                return fail(tr("%1: no synopsis in “%2”").arg(library.sourcePath, leftRow < 0 ? leftTag : rightTag));
            const Comparison comparison = Comparison::of(episode, leftRow, rightRow, NameDetector().detect(episode));
            if (formatName == u"html") {
                m_out << ComparisonExporter(comparison).htmlPage();
                continue;
            }

            QJsonArray rows;
            QJsonArray shared;
            for (const SharedName &name : comparison.namesInBoth)
                shared.append(QJsonObject { { QStringLiteral("name"), name.label },
                                            { QStringLiteral("left"), QJsonArray::fromStringList(name.leftForms) },
                                            { QStringLiteral("right"), QJsonArray::fromStringList(name.rightForms) },
                                            { QStringLiteral("colour"), name.colour } });
            if (formatName == u"text") {
                m_out << episode.title << ": " << comparison.left.languageTag << " ↔ " << comparison.right.languageTag << '\n'
                      << tr("characters %1 / %2 (ratio %3), sentences %4 / %5")
                             .arg(comparison.left.text.size())
                             .arg(comparison.right.text.size())
                             .arg(rounded(comparison.lengthRatio()))
                             .arg(comparison.leftSentences.size())
                             .arg(comparison.rightSentences.size())
                      << '\n';
                QStringList both;
                for (const SharedName &name : comparison.namesInBoth)
                    both.append(name.label);
                m_out << tr("names in both: %1").arg(both.join(QStringLiteral(", "))) << '\n'
                      << tr("only left: %1").arg(comparison.namesOnlyLeft.join(QStringLiteral(", "))) << '\n'
                      << tr("only right: %1").arg(comparison.namesOnlyRight.join(QStringLiteral(", "))) << '\n';
            }
            for (const AlignedRow &row : comparison.rows) {
                const QJsonArray leftSentences = sentencesJson(comparison, row, true);
                const QJsonArray rightSentences = sentencesJson(comparison, row, false);
                if (formatName == u"text") {
                    m_out << "\n[" << row.leftCount << "–" << row.rightCount << ", " << rounded(row.confidence) << "]\n";
                    for (const QJsonValue &sentence : leftSentences)
                        m_out << "  < " << sentence.toString() << '\n';
                    if (leftSentences.isEmpty())
                        m_out << "  < " << tr("(no counterpart)") << '\n';
                    for (const QJsonValue &sentence : rightSentences)
                        m_out << "  > " << sentence.toString() << '\n';
                    if (rightSentences.isEmpty())
                        m_out << "  > " << tr("(no counterpart)") << '\n';
                }
                rows.append(QJsonObject { { QStringLiteral("left"), leftSentences },
                                          { QStringLiteral("right"), rightSentences },
                                          { QStringLiteral("confidence"), rounded(row.confidence) } });
            }
            comparisons.append(QJsonObject {
                { QStringLiteral("title"), episode.title },
                { QStringLiteral("left"),
                  QJsonObject { { QStringLiteral("language"), comparison.left.languageTag },
                                { QStringLiteral("characters"), qint64(comparison.left.text.size()) },
                                { QStringLiteral("sentences"), qint64(comparison.leftSentences.size()) } } },
                { QStringLiteral("right"),
                  QJsonObject { { QStringLiteral("language"), comparison.right.languageTag },
                                { QStringLiteral("characters"), qint64(comparison.right.text.size()) },
                                { QStringLiteral("sentences"), qint64(comparison.rightSentences.size()) } } },
                { QStringLiteral("lengthRatio"), rounded(comparison.lengthRatio()) },
                { QStringLiteral("namesInBoth"), shared },
                { QStringLiteral("namesOnlyLeft"), QJsonArray::fromStringList(comparison.namesOnlyLeft) },
                { QStringLiteral("namesOnlyRight"), QJsonArray::fromStringList(comparison.namesOnlyRight) },
                { QStringLiteral("rows"), rows },
            });
        }
    }
    if (formatName == u"json")
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("comparisons"), comparisons } }).toJson(QJsonDocument::Indented));
    return finish();
}

int CommandLine::overview(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    const QCommandLineOption format(QStringLiteral("format"), tr("json or html."), QStringLiteral("FORMAT"), QStringLiteral("json"));
    parser.addOption(format);
    if (!parser.parse(arguments))
        return usage(parser.errorText());
    const bool html = parser.value(format) == u"html";
    if (!html && parser.value(format) != u"json")
        return usage(tr("unknown format “%1” (json or html)").arg(parser.value(format)));

    QList<Library> libraries;
    if (!loadAll(parser.positionalArguments(), libraries))
        return ExitError;
    QJsonArray episodes;
    for (const Library &library : std::as_const(libraries)) {
        for (const Episode &episode : library.episodes) {
            const Overview overview = Overview::of(episode, NameDetector().detect(episode));
            if (html) {
                m_out << OverviewExporter(overview).htmlPage();
                continue;
            }
            QJsonArray names;
            for (qsizetype n = 0; n < overview.names.size(); ++n) {
                QJsonArray mentionedIn;
                for (qsizetype t = 0; t < overview.languages.size(); ++t) {
                    if (overview.mentions.at(n).at(t))
                        mentionedIn.append(overview.languages.at(t));
                }
                names.append(QJsonObject { { QStringLiteral("name"), overview.names.at(n).label }, { QStringLiteral("languages"), mentionedIn } });
            }
            QJsonArray similarity;
            for (const QList<double> &row : overview.similarity) {
                QJsonArray values;
                for (const double value : row)
                    values.append(rounded(value));
                similarity.append(values);
            }
            episodes.append(QJsonObject { { QStringLiteral("title"), episode.title },
                                          { QStringLiteral("languages"), QJsonArray::fromStringList(overview.languages) },
                                          { QStringLiteral("names"), names },
                                          { QStringLiteral("similarity"), similarity } });
        }
    }
    if (!html)
        m_out << QString::fromUtf8(QJsonDocument(QJsonObject { { QStringLiteral("episodes"), episodes } }).toJson(QJsonDocument::Indented));
    return finish();
}

} // namespace episcope
