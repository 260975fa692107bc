// SPDX-License-Identifier: GPL-3.0-or-later
// episcope-cli: Episcope's core, headless, for scripts and for checking files without a screen.
#include "commandline.h"

#include "settings/uilanguage.h"

#include <QCoreApplication>

#include <csignal>
#include <cstdio>

int main(int argc, char *argv[])
{
    // A file-size limit (ulimit -f) must make a save fail cleanly, not kill the process mid-way.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("episcope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EPISCOPE_VERSION));
    // --ui-language may stand anywhere; the commands never see it.
    QStringList arguments = QCoreApplication::arguments();
    QString problem;
    const QString tag = episcope::UiLanguage::takeOption(arguments, &problem);
    episcope::UiLanguage uiLanguage;
    if (!uiLanguage.install(tag))
        std::fprintf(stderr, "episcope-cli: %s\n",
                     qPrintable(QCoreApplication::translate("main", "no translation for “%1”; messages stay in English").arg(tag)));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "episcope-cli: %s\n", qPrintable(problem));
        return 2;
    }
    return episcope::CommandLine().run(arguments);
}
