// SPDX-License-Identifier: GPL-3.0-or-later
// Episcope: creates the application, reads the command line and shows the main window.
#include "io/libraryloader.h"
#include "mainwindow.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <QSettings>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Episcope"));
    QApplication::setApplicationName(QStringLiteral("episcope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Episcope"));
    QApplication::setApplicationVersion(QStringLiteral(EPISCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.episcope.Episcope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/episcope.svg")));

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Read, check and compare TV episode synopses in many languages."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QApplication::translate("main",
                                                         "Files or folders to open (the bundled sample when none is given): plain text, "
                                                         "TMDB, TheTVDB or Trakt JSON, Kodi NFO; folders are read recursively."),
                                 QStringLiteral("[PATH...]"));
    parser.process(app);

    QSettings settings;
    const std::unique_ptr<episcope::SpellEngine> engine = episcope::createSpellEngine();
    episcope::PersonalDictionary personal(episcope::PersonalDictionary::defaultFolder());
    episcope::MainWindow window(&settings, engine.get(), &personal);
    window.show();
    const QStringList files = parser.positionalArguments();
    window.openPaths(files.isEmpty() ? QStringList { episcope::LibraryLoader::samplePath() } : files);
    return app.exec();
}
