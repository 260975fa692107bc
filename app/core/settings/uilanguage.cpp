// SPDX-License-Identifier: GPL-3.0-or-later
#include "uilanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace episcope
{

namespace
{

const QString translationFolder = QStringLiteral(":/i18n");
const QString optionName = QStringLiteral("--ui-language");

} // namespace

UiLanguage::UiLanguage() = default;

UiLanguage::~UiLanguage()
{
    remove();
}

QString UiLanguage::settingsKey()
{
    return QStringLiteral("ui/language");
}

QStringList UiLanguage::available()
{
    QStringList tags;
    const QStringList files = QDir(translationFolder).entryList({ QStringLiteral("episcope_*.qm") }, QDir::Files, QDir::Name);
    for (const QString &file : files)
        tags.append(file.mid(9, file.size() - 12)); // episcope_<tag>.qm
    tags.prepend(QStringLiteral("en"));
    return tags;
}

QString UiLanguage::takeOption(QStringList &arguments, QString *problem)
{
    QString tag;
    for (qsizetype i = 1; i < arguments.size();) {
        const QString &argument = arguments.at(i);
        if (argument == u"--")
            break;
        if (argument == optionName) {
            if (i + 1 >= arguments.size()) {
                if (problem)
                    *problem = QCoreApplication::translate("UiLanguage", "%1 needs a language tag, for example de or pt").arg(optionName);
                arguments.removeAt(i);
                continue;
            }
            tag = arguments.at(i + 1);
            arguments.remove(i, 2);
            continue;
        }
        if (argument.startsWith(optionName + u'=')) {
            tag = argument.mid(optionName.size() + 1);
            arguments.removeAt(i);
            continue;
        }
        ++i;
    }
    return tag;
}

bool UiLanguage::install(const QString &tag)
{
    remove();
    auto episcope = std::make_unique<QTranslator>();
    bool found = false;
    QLocale locale;
    if (tag.isEmpty()) {
        // The first of the system's languages we have, in the user's order (LANGUAGE, LC_ALL, LANG).
        locale = QLocale::system();
        found = episcope->load(locale, QStringLiteral("episcope"), QStringLiteral("_"), translationFolder);
    } else {
        locale = QLocale(tag);
        if (locale.language() == QLocale::English) {
            // English asked for on a desktop in another language: names of languages follow it too.
            QLocale::setDefault(QLocale(QLocale::English, QLocale::system().territory()));
            return true;
        }
        found = locale.language() != QLocale::C && episcope->load(locale, QStringLiteral("episcope"), QStringLiteral("_"), translationFolder);
    }
    if (!found)
        return tag.isEmpty();

    if (!tag.isEmpty()) // names of languages, numbers and dates follow the chosen language too
        QLocale::setDefault(locale);
    QCoreApplication::installTranslator(episcope.get());
    m_episcope = std::move(episcope);
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        m_qt = std::move(qt);
    }
    return true;
}

QString UiLanguage::current() const
{
    if (!m_episcope)
        return QStringLiteral("en");
    return m_episcope->language().section(u'_', 0, 0).section(u'-', 0, 0);
}

void UiLanguage::remove()
{
    if (m_qt)
        QCoreApplication::removeTranslator(m_qt.get());
    if (m_episcope)
        QCoreApplication::removeTranslator(m_episcope.get());
    m_qt.reset();
    m_episcope.reset();
}

} // namespace episcope
