// SPDX-License-Identifier: GPL-3.0-or-later
// episcope-cli detect --eval: the identifier scored on labelled texts, beside raw CLD2.
#include "commandline.h"

#include "io/regularfilereader.h"
#include "io/textdecoder.h"
#include "language/identificationevaluation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace episcope
{

namespace
{

QString percent(const IdentificationEvaluation::Tally &tally)
{
    return QStringLiteral("%1 % (%2/%3)").arg(tally.share() * 100.0, 0, 'f', 1).arg(tally.right).arg(tally.total);
}

QList<std::pair<QString, int>> sortedConfusions(const QHash<QString, int> &confusions)
{
    QList<std::pair<QString, int>> sorted;
    for (auto it = confusions.cbegin(); it != confusions.cend(); ++it)
        sorted.append({ it.key(), it.value() });
    std::sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first < b.first;
    });
    return sorted;
}

QJsonObject tallyJson(const IdentificationEvaluation::Tally &tally)
{
    return { { QStringLiteral("right"), tally.right }, { QStringLiteral("total"), tally.total }, { QStringLiteral("accuracy"), tally.share() } };
}

} // namespace

int CommandLine::evaluate(const QString &path, bool json)
{
    RegularFileReader reader;
    const std::optional<QByteArray> bytes = reader.read(path);
    if (!bytes)
        return fail(reader.error().toString());
    TextDecoder decoder;
    const std::optional<DecodedText> decoded = decoder.decode(*bytes);
    if (!decoded || decoded->lossy)
        return fail(CommandLine::tr("%1: is not valid UTF-8 text").arg(path));
    IdentificationEvaluation evaluation;
    const std::optional<QList<IdentificationEvaluation::Sample>> samples = evaluation.parse(decoded->text);
    if (!samples)
        return fail(path + QStringLiteral(": ") + evaluation.error());

    const LanguageIdentifier identifier;
    const IdentificationEvaluation::Result result = IdentificationEvaluation::run(identifier, *samples);
    QStringList languages = result.perLanguage.keys();
    languages.sort();

    if (json) {
        QJsonObject perLanguage;
        for (const QString &language : std::as_const(languages))
            perLanguage.insert(language,
                               QJsonObject { { QStringLiteral("identifier"), tallyJson(result.perLanguage.value(language)) },
                                             { QStringLiteral("cld2"), tallyJson(result.perLanguageCld2.value(language)) } });
        QJsonObject confusions;
        for (const auto &[pair, count] : sortedConfusions(result.confusions))
            confusions.insert(pair, count);
        QJsonObject confusionsCld2;
        for (const auto &[pair, count] : sortedConfusions(result.confusionsCld2))
            confusionsCld2.insert(pair, count);
        const QJsonObject object { { QStringLiteral("texts"), int(samples->size()) },
                                   { QStringLiteral("identifier"), tallyJson(result.overall) },
                                   { QStringLiteral("cld2"), tallyJson(result.cld2) },
                                   { QStringLiteral("regional"), tallyJson(result.regional) },
                                   { QStringLiteral("regionalCld2"), tallyJson(result.regionalCld2) },
                                   { QStringLiteral("perLanguage"), perLanguage },
                                   { QStringLiteral("confusions"), confusions },
                                   { QStringLiteral("confusionsCld2"), confusionsCld2 },
                                   { QStringLiteral("seconds"), result.seconds },
                                   { QStringLiteral("secondsCld2"), result.secondsCld2 } };
        m_out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
        m_out.flush();
        return 0;
    }

    m_out << CommandLine::tr("%1 labelled texts in %2 languages").arg(samples->size()).arg(languages.size()) << '\n'
          << CommandLine::tr("accuracy:  Episcope %1   raw CLD2 %2").arg(percent(result.overall), percent(result.cld2)) << '\n'
          << CommandLine::tr("regions:   Episcope %1   raw CLD2 %2   (texts labelled pt-PT, es-MX…, answered with exactly that tag)")
                 .arg(percent(result.regional), percent(result.regionalCld2))
          << '\n'
          << CommandLine::tr("time:      Episcope %1 ms   raw CLD2 %2 ms").arg(result.seconds * 1000.0, 0, 'f', 1).arg(result.secondsCld2 * 1000.0, 0, 'f', 1)
          << "\n\n"
          << CommandLine::tr("recall per language    Episcope    CLD2") << '\n';
    for (const QString &language : std::as_const(languages)) {
        const IdentificationEvaluation::Tally ours = result.perLanguage.value(language);
        const IdentificationEvaluation::Tally theirs = result.perLanguageCld2.value(language);
        m_out << "  " << language.leftJustified(20) << QStringLiteral("%1/%2").arg(ours.right).arg(ours.total).rightJustified(9)
              << QStringLiteral("%1/%2").arg(theirs.right).arg(theirs.total).rightJustified(9) << '\n';
    }
    for (const auto &[title, confusions] : { std::pair { CommandLine::tr("confusions, Episcope"), &result.confusions },
                                             std::pair { CommandLine::tr("confusions, raw CLD2"), &result.confusionsCld2 } }) {
        m_out << '\n' << title << '\n';
        const auto sorted = sortedConfusions(*confusions);
        if (sorted.isEmpty())
            m_out << "  " << CommandLine::tr("none") << '\n';
        for (const auto &[pair, count] : sorted)
            m_out << "  " << pair << "  ×" << count << '\n';
    }
    m_out.flush();
    return 0;
}

} // namespace episcope
