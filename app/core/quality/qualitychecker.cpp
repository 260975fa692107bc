// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualitychecker.h"

#include "language/languageinfo.h"
#include "language/languagetag.h"
#include "quality/placeholdertitle.h"
#include "quality/scriptfit.h"

#include <QCoreApplication>
#include <QHash>

#include <algorithm>

namespace episcope
{

namespace
{

/// The identifier's answer must be at least this sure before a declared language is doubted.
constexpr double MismatchConfidence = 0.6;

QString languageName(const QString &tag, Wording wording)
{
    const LanguageInfo info = LanguageInfo::forTag(LanguageTag::primaryLanguage(tag));
    if (!info.known)
        return tag;
    return wording == Wording::English ? info.englishName : info.displayName;
}

/// @p source (marked for lupdate in QualityChecker's context) in @p wording.
QString say(const char *source, Wording wording)
{
    return wording == Wording::English ? QString::fromUtf8(source) : QCoreApplication::translate("QualityChecker", source);
}

} // namespace

bool QualityChecker::closeLanguages(const QString &a, const QString &b)
{
    static const QList<QStringList> groups = {
        { QStringLiteral("bs"), QStringLiteral("hr"), QStringLiteral("sr"), QStringLiteral("sh"), QStringLiteral("cnr") },
        { QStringLiteral("id"), QStringLiteral("ms") },
        { QStringLiteral("nb"), QStringLiteral("nn"), QStringLiteral("no"), QStringLiteral("da") },
        { QStringLiteral("zh"), QStringLiteral("yue") },
    };
    const QString left = LanguageTag::primaryLanguage(a);
    const QString right = LanguageTag::primaryLanguage(b);
    if (left == right)
        return true;
    return std::any_of(groups.cbegin(), groups.cend(), [&](const QStringList &group) {
        return group.contains(left) && group.contains(right);
    });
}

QList<QualityReport> QualityChecker::check(const Episode &episode, Wording wording)
{
    const QList<Translation> &rows = episode.translations;
    QList<QualityReport> reports(rows.size());

    QList<qsizetype> lengths;
    for (const Translation &row : rows) {
        if (!row.text.trimmed().isEmpty() && row.textFallback.isEmpty())
            lengths.append(row.text.trimmed().size());
    }
    std::sort(lengths.begin(), lengths.end());
    const qsizetype median = lengths.size() >= 3 ? lengths.at(lengths.size() / 2) : 0;

    QHash<QString, qsizetype> firstWithText;
    QHash<QString, qsizetype> firstWithTag;
    for (qsizetype i = 0; i < rows.size(); ++i) {
        const Translation &row = rows.at(i);
        QualityReport &report = reports[i];
        auto add = [&report](QualityFlag flag, const QString &message) {
            report.flags |= flag;
            report.messages.append(message);
        };
        const QString text = row.text.trimmed();

        if (row.isFallback()) {
            if (!row.textFallback.isEmpty())
                add(QualityFlag::Fallback,
                    say(QT_TRANSLATE_NOOP("QualityChecker", "synopsis borrowed from %1 by your language preferences"), wording).arg(row.textFallback));
            if (!row.titleFallback.isEmpty())
                add(QualityFlag::Fallback,
                    say(QT_TRANSLATE_NOOP("QualityChecker", "title borrowed from %1 by your language preferences"), wording).arg(row.titleFallback));
        }
        if (text.isEmpty() && row.textFallback.isEmpty())
            add(QualityFlag::EmptySynopsis, say(QT_TRANSLATE_NOOP("QualityChecker", "no synopsis"), wording));
        if (row.titleFallback.isEmpty() && PlaceholderTitle::matches(row.title, row.languageTag))
            add(QualityFlag::PlaceholderTitle,
                say(QT_TRANSLATE_NOOP("QualityChecker", "“%1” is a placeholder, not a real title"), wording).arg(row.title.trimmed()));
        if (row.textFallback.isEmpty() && row.origin == LanguageOrigin::Declared && !row.identifiedTag.isEmpty()
            && row.identifiedConfidence >= MismatchConfidence && !closeLanguages(row.languageTag, row.identifiedTag))
            add(QualityFlag::LanguageMismatch,
                say(QT_TRANSLATE_NOOP("QualityChecker", "declared %1, reads as %2"), wording)
                    .arg(languageName(row.languageTag, wording), languageName(row.identifiedTag, wording)));
        if (row.textFallback.isEmpty() && !text.isEmpty() && row.languageTag != LanguageTag::undetermined()) {
            const QChar::Script script = ScriptFit::dominantScript(text);
            if (!ScriptFit::fits(script, row.languageTag))
                add(QualityFlag::ScriptMismatch,
                    say(QT_TRANSLATE_NOOP("QualityChecker", "written in %1, which %2 does not use"), wording)
                        .arg(ScriptFit::scriptName(script, wording), languageName(row.languageTag, wording)));
        }
        if (median > 0 && !text.isEmpty() && row.textFallback.isEmpty() && text.size() < median * ShortShare)
            add(QualityFlag::MuchShorter,
                say(QT_TRANSLATE_NOOP("QualityChecker", "%1 characters, far shorter than this episode's usual %2"), wording).arg(text.size()).arg(median));
        if (!text.isEmpty() && row.textFallback.isEmpty()) {
            const auto same = firstWithText.constFind(text);
            if (same != firstWithText.cend()) {
                add(QualityFlag::SameText, say(QT_TRANSLATE_NOOP("QualityChecker", "the same text as the %1 row"), wording).arg(rows.at(*same).languageTag));
                QualityReport &first = reports[*same];
                if (!first.flags.testFlag(QualityFlag::SameText)) {
                    first.flags |= QualityFlag::SameText;
                    first.messages.append(say(QT_TRANSLATE_NOOP("QualityChecker", "the same text as the %1 row"), wording).arg(row.languageTag));
                }
            } else
                firstWithText.insert(text, i);
        }
        if (row.origin == LanguageOrigin::Declared) {
            const QString key = row.languageTag.toLower();
            if (firstWithTag.contains(key))
                add(QualityFlag::DuplicateLanguage, say(QT_TRANSLATE_NOOP("QualityChecker", "%1 is given more than once"), wording).arg(row.languageTag));
            else
                firstWithTag.insert(key, i);
        }
    }
    return reports;
}

} // namespace episcope
