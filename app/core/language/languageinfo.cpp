// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageinfo.h"

#include "languagetag.h"

#include <QCoreApplication>
#include <QHash>
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
/// default region ("American English", "español de España"); the name most locales of the
/// language share in @p locale's script is the plain one ("English", "español", "Nederlands"
/// rather than "Vlaams"). On a tie the default locale's name wins.
QString plainNativeName(const QLocale &locale)
{
    const QString own = locale.nativeLanguageName();
    QHash<QString, int> votes;
    const QList<QLocale> siblings = QLocale::matchingLocales(locale.language(), locale.script(), QLocale::AnyTerritory);
    for (const QLocale &sibling : siblings)
        ++votes[sibling.nativeLanguageName()];
    QString best = own;
    for (auto it = votes.cbegin(); it != votes.cend(); ++it) {
        if (!it.key().isEmpty() && it.value() > votes.value(best))
            best = it.key();
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
