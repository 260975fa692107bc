// SPDX-License-Identifier: GPL-3.0-or-later
#include "identificationevaluation.h"

#include "language/languagetag.h"

#include <QElapsedTimer>

namespace episcope
{

const QString &IdentificationEvaluation::error() const
{
    return m_error;
}

QString IdentificationEvaluation::key(const QString &tag)
{
    const QString language = LanguageTag::primaryLanguage(tag);
    if (language == u"sr")
        return tag.contains(QStringLiteral("Latn")) ? QStringLiteral("sr-Latn") : QStringLiteral("sr-Cyrl");
    if (language == u"zh") {
        const bool traditional = tag.contains(QStringLiteral("Hant")) || tag.endsWith(QStringLiteral("-TW")) || tag.endsWith(QStringLiteral("-HK"));
        return traditional ? QStringLiteral("zh-Hant") : QStringLiteral("zh-Hans");
    }
    if (language == u"no")
        return QStringLiteral("nb");
    return language;
}

std::optional<QList<IdentificationEvaluation::Sample>> IdentificationEvaluation::parse(const QString &text)
{
    m_error.clear();
    QList<Sample> samples;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        const qsizetype tab = line.indexOf(u'\t');
        const QString tag = tab > 0 ? LanguageTag::normalized(line.left(tab)) : QString();
        if (tag.isEmpty() || line.mid(tab + 1).trimmed().isEmpty()) {
            m_error = tr("line %1: expected a language tag, a tab and a text").arg(i + 1);
            return std::nullopt;
        }
        samples.append({ tag, line.mid(tab + 1).trimmed() });
    }
    if (samples.isEmpty()) {
        m_error = tr("has no labelled texts (lines of TAG, a tab and a text)");
        return std::nullopt;
    }
    return samples;
}

IdentificationEvaluation::Result IdentificationEvaluation::run(const LanguageIdentifier &identifier, const QList<Sample> &samples)
{
    Result result;
    QElapsedTimer timer;
    QStringList answers;
    answers.reserve(samples.size());
    timer.start();
    for (const Sample &sample : samples)
        answers.append(identifier.identify(sample.text).tag);
    result.seconds = double(timer.nsecsElapsed()) / 1e9;
    QStringList cld2Answers;
    cld2Answers.reserve(samples.size());
    timer.restart();
    for (const Sample &sample : samples)
        cld2Answers.append(identifier.identifyWithCld2Only(sample.text));
    result.secondsCld2 = double(timer.nsecsElapsed()) / 1e9;

    const auto score = [](const Sample &sample, const QString &answer, Tally &overall, Tally &regional, QHash<QString, Tally> &perLanguage,
                          QHash<QString, int> &confusions) {
        const QString truth = key(sample.tag);
        // "sr" without a script (CLD2's answer) is given the benefit of the doubt for either script.
        const bool right = truth == key(answer) || (answer == u"sr" && truth.startsWith(QStringLiteral("sr-")));
        ++overall.total;
        ++perLanguage[truth].total;
        if (right) {
            ++overall.right;
            ++perLanguage[truth].right;
        } else {
            ++confusions[truth + QStringLiteral(" → ") + key(answer)];
        }
        const bool hasRegion = sample.tag.size() > 3 && sample.tag.at(sample.tag.size() - 3) == u'-' && sample.tag.back().isUpper();
        if (hasRegion) {
            ++regional.total;
            regional.right += answer == sample.tag ? 1 : 0;
        }
    };
    for (qsizetype i = 0; i < samples.size(); ++i) {
        score(samples.at(i), answers.at(i), result.overall, result.regional, result.perLanguage, result.confusions);
        score(samples.at(i), cld2Answers.at(i), result.cld2, result.regionalCld2, result.perLanguageCld2, result.confusionsCld2);
    }
    return result;
}

} // namespace episcope
