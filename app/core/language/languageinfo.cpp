// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageinfo.h"

#include "languagetag.h"

#include <QCoreApplication>
#include <QLocale>
#include <QStringList>

namespace episcope
{

namespace
{

/// CLDR gives many native names in lower case ("suomi", "magyar"); a list of names starts them upper case.
QString capitalized(const QString &name, const QLocale &locale)
{
    if (name.isEmpty())
        return name;
    return locale.toUpper(name.left(1)) + name.mid(1);
}

bool hasRegion(const QString &tag)
{
    const QStringList parts = tag.split(u'-');
    for (qsizetype i = 1; i < parts.size(); ++i) {
        if (parts.at(i).size() == 2 || (parts.at(i).size() == 3 && parts.at(i).at(0).isDigit()))
            return true;
    }
    return false;
}

/// The language's own name without a regional flavour. CLDR names some languages after their
/// default region ("American English", "español de España"): of all the locales of the language
/// in @p locale's script, the shortest name is the plain one ("English", "español", "العربية").
QString plainNativeName(const QLocale &locale)
{
    QString best = locale.nativeLanguageName();
    const QList<QLocale> siblings = QLocale::matchingLocales(locale.language(), locale.script(), QLocale::AnyTerritory);
    for (const QLocale &sibling : siblings) {
        const QString name = sibling.nativeLanguageName();
        if (!name.isEmpty() && name.size() < best.size())
            best = name;
    }
    return best;
}

} // namespace

LanguageInfo LanguageInfo::forTag(const QString &tag)
{
    LanguageInfo info;
    info.tag = tag;
    const QString language = LanguageTag::primaryLanguage(tag);
    const QLocale locale(tag);
    info.known = language != LanguageTag::undetermined() && locale.language() != QLocale::C && QLocale::languageToCode(locale.language()) == language;
    if (!info.known) {
        info.englishName = QCoreApplication::translate("episcope::LanguageInfo", "Unknown language");
        static const QStringList rightToLeftScripts { QStringLiteral("Arab"), QStringLiteral("Hebr"), QStringLiteral("Syrc"), QStringLiteral("Thaa"),
                                                      QStringLiteral("Nkoo"), QStringLiteral("Samr"), QStringLiteral("Mand"), QStringLiteral("Adlm") };
        info.direction = rightToLeftScripts.contains(tag.section(u'-', 1, 1)) ? Qt::RightToLeft : Qt::LeftToRight;
        return info;
    }

    info.englishName = QLocale::languageToString(locale.language());
    info.nativeName = capitalized(plainNativeName(locale), locale);
    if (hasRegion(tag)) {
        info.englishName += QStringLiteral(" (%1)").arg(QLocale::territoryToString(locale.territory()));
        info.nativeName += QStringLiteral(" (%1)").arg(locale.nativeTerritoryName());
    }
    info.script = QLocale::scriptToString(locale.script());
    info.direction = locale.textDirection();
    return info;
}

QString LanguageInfo::directionKey(Qt::LayoutDirection direction)
{
    return direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
}

} // namespace episcope
