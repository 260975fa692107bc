// SPDX-License-Identifier: GPL-3.0-or-later
#include "dictionarychooser.h"

#include "language/languagetag.h"

#include <QLocale>

namespace episcope
{

namespace
{

QString underscored(const QString &tag)
{
    QString name = tag;
    return name.replace(u'-', u'_');
}

QString languageOf(const QString &dictionary)
{
    return dictionary.section(u'_', 0, 0).section(u'-', 0, 0).toLower();
}

} // namespace

QStringList DictionaryChooser::candidates(const QString &languageTag)
{
    QStringList names;
    const auto add = [&names](const QString &name) {
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    };
    const QString language = LanguageTag::primaryLanguage(languageTag);
    if (language.isEmpty() || language == LanguageTag::undetermined())
        return names;
    add(underscored(languageTag));
    const QLocale locale(languageTag);
    if (QLocale::languageToCode(locale.language()) == language)
        add(locale.name()); // likely region: "el" → "el_GR"
    add(language);
    return names;
}

QString DictionaryChooser::choose(const QString &languageTag, const QStringList &available)
{
    // The tag itself when it names a region, its likely region, another region of the same
    // language, then the bare language: "pt-BR" → pt_BR, pt_PT, pt; "de" → de_DE, de_AT, de.
    const QStringList wanted = candidates(languageTag);
    if (wanted.isEmpty())
        return {};
    const QString language = LanguageTag::primaryLanguage(languageTag);
    for (const QString &name : wanted) {
        if (name != language && available.contains(name))
            return name;
    }
    QStringList regional;
    for (const QString &name : available) {
        if (name != language && languageOf(name) == language)
            regional.append(name);
    }
    regional.sort();
    if (!regional.isEmpty())
        return regional.constFirst();
    return available.contains(language) ? language : QString();
}

QString DictionaryChooser::packageFor(const QString &languageTag)
{
    const QString language = LanguageTag::primaryLanguage(languageTag);
    if (language == u"fi")
        return QStringLiteral("voikko-fi");
    // Debian names most Hunspell packages after the language, a few after language and region.
    if (language == u"de" || language == u"en")
        return QStringLiteral("hunspell-%1").arg(QLocale(language).name().toLower().replace(u'_', u'-'));
    if (language == u"pt")
        return languageTag.contains(u"BR") ? QStringLiteral("hunspell-pt-br") : QStringLiteral("hunspell-pt-pt");
    return QStringLiteral("hunspell-%1").arg(language);
}

} // namespace episcope
