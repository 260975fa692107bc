// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QMutex>
#include <QSet>
#include <QString>

#include <atomic>

namespace episcope
{

/// Words the user added, per language, whatever the engine. Kept in `<folder>/<language>.txt`,
/// one word per line, UTF-8, written atomically. Thread-safe.
class PersonalDictionary
{
public:
    /// @p folder need not exist yet; it is created on the first add().
    explicit PersonalDictionary(QString folder);
    Q_DISABLE_COPY_MOVE(PersonalDictionary)

    [[nodiscard]] bool contains(const QString &language, const QString &word);
    /// Adds and saves; false (and nothing saved) when the file cannot be written.
    bool add(const QString &language, const QString &word);
    [[nodiscard]] QString folder() const;
    /// Grows by one with every word added: finders drop their cached verdicts when it moves.
    [[nodiscard]] int generation() const;
    /// Where the GUI and the CLI keep it: `<generic data location>/episcope/personal-dictionary`.
    [[nodiscard]] static QString defaultFolder();

private:
    const QSet<QString> &wordsOf(const QString &language); ///< loads on first use; m_mutex held
    [[nodiscard]] QString pathOf(const QString &language) const;

    QString m_folder;
    QMutex m_mutex;
    QHash<QString, QSet<QString>> m_words;
    std::atomic<int> m_generation { 0 };
};

} // namespace episcope
