// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagetag.h"

#include <QLocale>
#include <QRegularExpression>
#include <QStringList>

namespace episcope
{

namespace
{

/// Deprecated ISO 639 codes still produced by older tools, and their replacements.
QString replaceDeprecatedLanguage(const QString &language)
{
    if (language == u"iw")
        return QStringLiteral("he");
    if (language == u"in")
        return QStringLiteral("id");
    if (language == u"ji")
        return QStringLiteral("yi");
    if (language == u"jw")
        return QStringLiteral("jv");
    if (language == u"mo")
        return QStringLiteral("ro");
    return language;
}

/// True when CLDR knows @p language as spoken in @p region, so "language-REGION" names a real
/// variety. Languages QLocale does not know keep their region: there is nothing to check against.
bool plausibleRegion(const QString &language, const QString &region)
{
    const QLocale::Language qtLanguage = QLocale::codeToLanguage(language);
    const QLocale::Territory territory = QLocale::codeToTerritory(region);
    if (territory == QLocale::AnyTerritory)
        return false;
    if (qtLanguage == QLocale::AnyLanguage) // unknown to CLDR: only a region made by repeating the code ("tw-TW") is suspect
        return region.compare(language, Qt::CaseInsensitive) != 0;
    const QList<QLocale> locales = QLocale::matchingLocales(qtLanguage, QLocale::AnyScript, territory);
    return !locales.isEmpty();
}

} // namespace

QString LanguageTag::withRegion(const QString &language, const QString &region)
{
    const QString base = normalized(language.trimmed());
    if (base.isEmpty())
        return {};
    const QString upper = region.trimmed().toUpper();
    static const QRegularExpression regionShape(QStringLiteral("^[A-Z]{2}$"));
    if (upper.isEmpty() || base.contains(u'-') || !regionShape.match(upper).hasMatch() || !plausibleRegion(base, upper))
        return base;
    return base + u'-' + upper;
}

QString LanguageTag::fromTmdb(const QString &language, const QString &region)
{
    const QString code = language.trimmed().toLower();
    if (code == u"xx")
        return undetermined();
    if (code == u"cn") // TMDB's own code for Cantonese
        return withRegion(QStringLiteral("yue"), region);
    return withRegion(code, region);
}

QString LanguageTag::fromTvdb(const QString &code)
{
    const QString lower = code.trimmed().toLower();
    if (lower == u"pt")
        return QStringLiteral("pt-BR");
    if (lower == u"por")
        return QStringLiteral("pt-PT");
    if (lower == u"zhtw")
        return QStringLiteral("zh-TW");
    if (lower.size() == 3) {
        const QLocale::Language qtLanguage = QLocale::codeToLanguage(lower, QLocale::ISO639Part2 | QLocale::ISO639Part3);
        if (qtLanguage != QLocale::AnyLanguage && qtLanguage != QLocale::C) {
            const QString twoLetters = QLocale::languageToCode(qtLanguage, QLocale::ISO639Part1);
            return normalized(twoLetters.isEmpty() ? lower : twoLetters);
        }
    }
    return normalized(lower);
}

QString LanguageTag::undetermined()
{
    return QStringLiteral("und");
}

QString LanguageTag::normalized(const QString &text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{1,8})*$"));
    if (!shape.match(text).hasMatch())
        return {};

    QStringList parts = text.split(QRegularExpression(QStringLiteral("[-_]")));
    parts[0] = replaceDeprecatedLanguage(parts[0].toLower());
    for (qsizetype i = 1; i < parts.size(); ++i) {
        QString &part = parts[i];
        if (part.size() == 4 && part.at(0).isLetter()) // script: Title case
            part = part.left(1).toUpper() + part.mid(1).toLower();
        else if (part.size() == 2 || (part.size() == 3 && part.at(0).isDigit())) // region
            part = part.toUpper();
        else
            part = part.toLower();
    }
    return parts.join(u'-');
}

QString LanguageTag::fromCld2Code(const QString &code)
{
    if (code.isEmpty() || code == u"un" || code == u"xxx" || code == u"xx")
        return undetermined();
    if (code == u"zh")
        return QStringLiteral("zh-Hans");
    if (code.startsWith(u"xx-")) { // CLD2's "some text in this script"
        const QString script = code.mid(3);
        return undetermined() + u'-' + (script == u"Qaai" ? QStringLiteral("Zinh") : script);
    }
    const QString tag = normalized(code);
    return tag.isEmpty() ? undetermined() : tag;
}

QString LanguageTag::primaryLanguage(const QString &tag)
{
    return tag.section(u'-', 0, 0).toLower();
}

} // namespace episcope
