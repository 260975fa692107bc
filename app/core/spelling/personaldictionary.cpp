// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaldictionary.h"

#include <QDir>
#include <QFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace episcope
{

namespace
{
constexpr qint64 MaxFileSize = 16 * 1024 * 1024;
}

PersonalDictionary::PersonalDictionary(QString folder)
    : m_folder(std::move(folder))
{
}

QString PersonalDictionary::folder() const
{
    return m_folder;
}

int PersonalDictionary::generation() const
{
    return m_generation.load();
}

QString PersonalDictionary::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/episcope/personal-dictionary");
}

QString PersonalDictionary::pathOf(const QString &language) const
{
    QString safe = language;
    safe.replace(u'/', u'_');
    return m_folder + u'/' + safe + QStringLiteral(".txt");
}

const QSet<QString> &PersonalDictionary::wordsOf(const QString &language)
{
    auto found = m_words.find(language);
    if (found != m_words.end())
        return *found;
    QSet<QString> words;
    QFile file(pathOf(language));
    if (file.size() <= MaxFileSize && file.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = file.readAll().split('\n');
        for (const QByteArray &line : lines) {
            const QString word = QString::fromUtf8(line).trimmed();
            if (!word.isEmpty())
                words.insert(word);
        }
    }
    return *m_words.insert(language, words);
}

bool PersonalDictionary::contains(const QString &language, const QString &word)
{
    const QMutexLocker lock(&m_mutex);
    return wordsOf(language).contains(word);
}

bool PersonalDictionary::add(const QString &language, const QString &word)
{
    const QMutexLocker lock(&m_mutex);
    QSet<QString> words = wordsOf(language);
    words.insert(word.trimmed());
    QStringList sorted(words.cbegin(), words.cend());
    sorted.sort();

    if (!QDir().mkpath(m_folder))
        return false;
    QSaveFile file(pathOf(language));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    file.write(sorted.join(u'\n').toUtf8() + '\n');
    if (!file.commit())
        return false;
    m_words.insert(language, words);
    ++m_generation;
    return true;
}

} // namespace episcope
