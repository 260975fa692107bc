// SPDX-License-Identifier: GPL-3.0-or-later
#include "scriptfit.h"

#include "language/languagetag.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>
#include <QMutex>
#include <QSet>

#include <algorithm>
#include <array>

namespace episcope
{

namespace
{

/// The character script QLocale's writing system uses; Script_Unknown when there is no simple answer.
QChar::Script characterScript(QLocale::Script script)
{
    switch (script) {
    case QLocale::LatinScript:
        return QChar::Script_Latin;
    case QLocale::CyrillicScript:
        return QChar::Script_Cyrillic;
    case QLocale::GreekScript:
        return QChar::Script_Greek;
    case QLocale::ArabicScript:
        return QChar::Script_Arabic;
    case QLocale::HebrewScript:
        return QChar::Script_Hebrew;
    case QLocale::SimplifiedHanScript:
    case QLocale::TraditionalHanScript:
    case QLocale::HanScript:
    case QLocale::JapaneseScript:
        return QChar::Script_Han;
    case QLocale::KoreanScript:
    case QLocale::HangulScript:
        return QChar::Script_Hangul;
    case QLocale::DevanagariScript:
        return QChar::Script_Devanagari;
    case QLocale::ThaiScript:
        return QChar::Script_Thai;
    case QLocale::GeorgianScript:
        return QChar::Script_Georgian;
    case QLocale::ArmenianScript:
        return QChar::Script_Armenian;
    case QLocale::BengaliScript:
        return QChar::Script_Bengali;
    case QLocale::TamilScript:
        return QChar::Script_Tamil;
    default:
        return QChar::Script_Unknown;
    }
}

} // namespace

QChar::Script ScriptFit::dominantScript(const QString &text)
{
    // A plain array, not a hash: this runs for every synopsis identified. The first few hundred
    // letters are plenty to know the script.
    constexpr int Enough = 400;
    std::array<int, QChar::ScriptCount> counts {};
    int letters = 0;
    for (qsizetype i = 0; i < text.size() && letters < Enough; ++i) {
        char32_t ucs4 = text.at(i).unicode();
        if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
            ucs4 = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
            ++i;
        }
        if (!QChar::isLetter(ucs4))
            continue;
        QChar::Script script = QChar::script(ucs4);
        if (script == QChar::Script_Hiragana || script == QChar::Script_Katakana)
            script = QChar::Script_Han;
        ++counts[script];
        ++letters;
    }
    const auto best = std::max_element(counts.cbegin(), counts.cend());
    return *best == 0 ? QChar::Script_Unknown : QChar::Script(best - counts.cbegin());
}

bool ScriptFit::fits(QChar::Script script, const QString &languageTag)
{
    if (script == QChar::Script_Unknown)
        return true;
    // The scripts of each language, worked out from CLDR once per tag (matchingLocales() is slow)
    // and shared by every thread.
    static QMutex mutex;
    static QHash<QString, QSet<int>> cache;
    QSet<int> scripts;
    {
        const QMutexLocker locker(&mutex);
        const auto found = cache.constFind(languageTag);
        if (found != cache.cend()) {
            scripts = *found;
        } else {
            const QString primary = LanguageTag::primaryLanguage(languageTag);
            const QLocale::Language language = QLocale::codeToLanguage(primary);
            if (language != QLocale::AnyLanguage && language != QLocale::C) {
                for (const QLocale &locale : QLocale::matchingLocales(language, QLocale::AnyScript, QLocale::AnyTerritory))
                    scripts.insert(int(characterScript(locale.script())));
            }
            scripts.remove(int(QChar::Script_Unknown));
            if (scripts.contains(int(QChar::Script_Hangul)))
                scripts.insert(int(QChar::Script_Han)); // Korean text may carry Hanja
            if (cache.size() < 4096)
                cache.insert(languageTag, scripts);
        }
    }
    return scripts.isEmpty() || scripts.contains(int(script));
}

QString ScriptFit::scriptName(QChar::Script script, Wording wording)
{
    const char *name = nullptr;
    switch (script) {
    case QChar::Script_Latin:
        name = QT_TRANSLATE_NOOP("episcope::ScriptFit", "Latin");
        break;
    case QChar::Script_Cyrillic:
        name = QT_TRANSLATE_NOOP("episcope::ScriptFit", "Cyrillic");
        break;
    case QChar::Script_Greek:
        name = QT_TRANSLATE_NOOP("episcope::ScriptFit", "Greek");
        break;
    case QChar::Script_Arabic:
        name = QT_TRANSLATE_NOOP("episcope::ScriptFit", "Arabic");
        break;
    case QChar::Script_Hebrew:
        name = QT_TRANSLATE_NOOP("episcope::ScriptFit", "Hebrew");
        break;
    case QChar::Script_Han:
        name = QT_TRANSLATE_NOOP("episcope::ScriptFit", "Chinese characters");
        break;
    case QChar::Script_Hangul:
        name = QT_TRANSLATE_NOOP("episcope::ScriptFit", "Hangul");
        break;
    default:
        name = QT_TRANSLATE_NOOP("episcope::ScriptFit", "another script");
        break;
    }
    return wording == Wording::English ? QString::fromUtf8(name) : QCoreApplication::translate("episcope::ScriptFit", name);
}

} // namespace episcope
