// SPDX-License-Identifier: GPL-3.0-or-later
// episcope-cli: Episcope's core, headless, for scripts and for checking files without a screen.
#include "commandline.h"

#include <QCoreApplication>

#include <csignal>

int main(int argc, char *argv[])
{
    // A file-size limit (ulimit -f) must make a save fail cleanly, not kill the process mid-way.
    std::signal(SIGXFSZ, SIG_IGN);
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("episcope-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(EPISCOPE_VERSION));
    return episcope::CommandLine().run(QCoreApplication::arguments());
}
