// SPDX-License-Identifier: GPL-3.0-or-later
#include "languageinfo.h"

#include "languagetag.h"
#include "settings/uilanguage.h"

#include <unicode/uloc.h>

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

/// The locale language names are shown in: the default locale's when Episcope is translated into
/// it (so names match the menus around them), else none (English).
QByteArray displayLocale()
{
    static const QStringList translated = UiLanguage::available();
    const QLocale ui;
    if (ui.language() == QLocale::English || ui.language() == QLocale::C || !translated.contains(QLocale::languageToCode(ui.language())))
        return {};
    return ui.name().toLatin1();
}

/// ICU's name of @p tag in @p display ("Portugiesisch (Brasilien)"), or empty.
QString icuDisplayName(const QString &tag, const QByteArray &display)
{
    char id[ULOC_FULLNAME_CAPACITY] = {};
    UErrorCode status = U_ZERO_ERROR;
    uloc_forLanguageTag(tag.toLatin1().constData(), id, sizeof id, nullptr, &status);
    if (U_FAILURE(status))
        return {};
    UChar name[256] = {};
    const int32_t length = uloc_getDisplayName(id, display.constData(), name, 256, &status);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || length <= 0)
        return {};
    return QString(reinterpret_cast<const QChar *>(name), std::min<int32_t>(length, 255));
}

/// ICU's name of @p script (an ISO 15924 code) in @p display ("Lateinisch"), or empty.
QString icuScriptName(const QString &script, const QByteArray &display)
{
    const QByteArray id = "und_" + script.toLatin1();
    UChar name[128] = {};
    UErrorCode status = U_ZERO_ERROR;
    const int32_t length = uloc_getDisplayScript(id.constData(), display.constData(), name, 128, &status);
    if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || length <= 0)
        return {};
    return QString(reinterpret_cast<const QChar *>(name), std::min<int32_t>(length, 127));
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
        info.displayName = info.englishName;
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
    info.displayName = info.englishName;
    info.displayScript = info.script;
    if (const QByteArray display = displayLocale(); !display.isEmpty()) {
        if (const QString translated = icuDisplayName(tag, display); !translated.isEmpty())
            info.displayName = capitalized(translated, QLocale(QString::fromLatin1(display)));
        if (const QString script = icuScriptName(QLocale::scriptToCode(locale.script()), display); !script.isEmpty())
            info.displayScript = script;
    }
    return info;
}

QString LanguageInfo::ownName() const
{
    return nativeName.isEmpty() ? displayName : nativeName;
}

QString LanguageInfo::labelWithTag() const
{
    return QStringLiteral("%1 (%2)").arg(ownName(), tag);
}

QString LanguageInfo::directionKey(Qt::LayoutDirection direction)
{
    return direction == Qt::RightToLeft ? QStringLiteral("rtl") : QStringLiteral("ltr");
}

} // namespace episcope
