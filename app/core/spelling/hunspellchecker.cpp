// SPDX-License-Identifier: GPL-3.0-or-later
#include "hunspellchecker.h"

#include "legacyencoding.h"

#include <QFile>

#include <hunspell/hunspell.hxx>

namespace episcope
{

namespace
{

/// Hunspell 1.7.1 predates several fixes for crashes on long input: nothing this long reaches it.
constexpr qsizetype MaxBytes = 100;

} // namespace

HunspellChecker::HunspellChecker(QString dictionary, std::unique_ptr<Hunspell> hunspell, std::unique_ptr<LegacyEncoding> encoding)
    : m_dictionary(std::move(dictionary))
    , m_hunspell(std::move(hunspell))
    , m_encoding(std::move(encoding))
{
}

HunspellChecker::~HunspellChecker() = default;

std::unique_ptr<HunspellChecker> HunspellChecker::open(const QString &dictionary, const QString &affixPath, const QString &dictionaryPath)
{
    if (!QFile::exists(affixPath) || !QFile::exists(dictionaryPath))
        return nullptr;
    auto hunspell = std::make_unique<Hunspell>(QFile::encodeName(affixPath).constData(), QFile::encodeName(dictionaryPath).constData());
    const QByteArray encodingName = QByteArray::fromStdString(hunspell->get_dict_encoding()).trimmed();
    std::unique_ptr<LegacyEncoding> encoding;
    if (encodingName.compare("UTF-8", Qt::CaseInsensitive) != 0) {
        encoding = LegacyEncoding::open(encodingName);
        if (!encoding)
            return nullptr;
    }
    return std::unique_ptr<HunspellChecker>(new HunspellChecker(dictionary, std::move(hunspell), std::move(encoding)));
}

QString HunspellChecker::dictionary() const
{
    return m_dictionary;
}

bool HunspellChecker::isCorrect(const QString &word)
{
    const std::optional<QByteArray> bytes = m_encoding ? m_encoding->encode(word) : std::optional<QByteArray>(word.toUtf8());
    if (!bytes || bytes->isEmpty() || bytes->size() > MaxBytes)
        return false; // a word the dictionary's encoding cannot even spell is not in it
    const QMutexLocker lock(&m_mutex);
    return m_hunspell->spell(bytes->toStdString());
}

QStringList HunspellChecker::suggestions(const QString &word)
{
    const std::optional<QByteArray> bytes = m_encoding ? m_encoding->encode(word) : std::optional<QByteArray>(word.toUtf8());
    if (!bytes || bytes->isEmpty() || bytes->size() > MaxBytes)
        return {};
    std::vector<std::string> found;
    {
        const QMutexLocker lock(&m_mutex);
        found = m_hunspell->suggest(bytes->toStdString());
    }
    QStringList result;
    for (const std::string &suggestion : found) {
        const QByteArray raw = QByteArray::fromStdString(suggestion);
        result.append(m_encoding ? m_encoding->decode(raw) : QString::fromUtf8(raw));
    }
    return result;
}

} // namespace episcope
