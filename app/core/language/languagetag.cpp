// SPDX-License-Identifier: GPL-3.0-or-later
#include "languagetag.h"

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

} // namespace

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
