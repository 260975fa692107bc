// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

#include <QCommandLineOption>
#include <QStringList>
#include <QTextStream>

namespace episcope
{

struct Library;

/// The `episcope-cli` commands. run() returns the process exit status: 0 on success, 2 on any
/// error (bad arguments, a file that cannot be read), with the reason on stderr.
class CommandLine
{
    Q_DECLARE_TR_FUNCTIONS(CommandLine)

public:
    CommandLine();

    [[nodiscard]] int run(const QStringList &arguments);

private:
    int list(const QStringList &arguments);
    int show(const QStringList &arguments);
    int detect(const QStringList &arguments);
    int evaluate(const QString &path, bool json);
    int spellcheck(const QStringList &arguments);
    int fix(const QStringList &arguments);
    int compare(const QStringList &arguments);
    int overview(const QStringList &arguments);
    int exportAll(const QStringList &arguments);
    int usage(const QString &problem);

    /// Loads every file (the sample when @p files is empty) into @p libraries; false after
    /// printing the first problem.
    bool loadAll(const QStringList &files, QList<Library> &libraries);
    static constexpr int ExitError = 2;
    int fail(const QString &message);
    /// Flushes the output; the exit status: 2 when a file of a folder could not be read, else 0.
    int finish();
    /// Sets the language preferences from "pt-BR,pt-PT,en"; false after printing the problem.
    bool readPreferences(const QString &value);
    [[nodiscard]] static QCommandLineOption preferOption();

    QStringList m_preferences;
    bool m_incomplete = false; ///< a file of a folder could not be read

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace episcope
