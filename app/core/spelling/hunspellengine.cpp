// SPDX-License-Identifier: GPL-3.0-or-later
#include "hunspellengine.h"

#include "hunspellchecker.h"
#include "voikkochecker.h"

#include <QDir>
#include <QFileInfo>

#include <libvoikko/voikko.h>

namespace episcope
{

HunspellEngine::HunspellEngine(const QStringList &folders)
{
    for (const QString &folder : folders) {
        const QFileInfoList affixes = QDir(folder).entryInfoList({ QStringLiteral("*.aff") }, QDir::Files | QDir::Readable);
        for (const QFileInfo &affix : affixes) {
            const QString name = affix.completeBaseName();
            if (m_affixFiles.count(name) == 0 && QFileInfo::exists(affix.path() + u'/' + name + QStringLiteral(".dic")))
                m_affixFiles.emplace(name, affix.filePath());
        }
    }
    char **languages = voikkoListSupportedSpellingLanguages(nullptr);
    for (char **language = languages; language && *language; ++language)
        m_voikkoLanguages.append(QString::fromUtf8(*language));
    voikkoFreeCstrArray(languages);
}

QStringList HunspellEngine::systemFolders()
{
    return { QStringLiteral("/usr/share/hunspell"), QStringLiteral("/usr/share/myspell"), QStringLiteral("/usr/share/myspell/dicts") };
}

QString HunspellEngine::key() const
{
    return QStringLiteral("hunspell");
}

QString HunspellEngine::name() const
{
    return QStringLiteral("Hunspell %1 + Voikko %2").arg(QStringLiteral(EPISCOPE_HUNSPELL_VERSION), QString::fromUtf8(voikkoGetVersion()));
}

QStringList HunspellEngine::dictionaries() const
{
    QStringList names;
    for (const auto &entry : m_affixFiles)
        names.append(entry.first);
    for (const QString &language : m_voikkoLanguages) {
        if (!names.contains(language))
            names.append(language);
    }
    names.sort();
    return names;
}

std::unique_ptr<SpellChecker> HunspellEngine::load(const QString &dictionary)
{
    if (m_voikkoLanguages.contains(dictionary) && m_affixFiles.count(dictionary) == 0)
        return VoikkoChecker::open(dictionary);
    const auto found = m_affixFiles.find(dictionary);
    if (found == m_affixFiles.end())
        return nullptr;
    QString dic = found->second;
    dic.replace(dic.size() - 4, 4, QStringLiteral(".dic"));
    return HunspellChecker::open(dictionary, found->second, dic);
}

} // namespace episcope
