// SPDX-License-Identifier: GPL-3.0-or-later
// Episcope: creates the application, reads the command line and shows the main window.
#include "io/libraryloader.h"
#include "mainwindow.h"
#include "settings/uilanguage.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellengine.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDebug>
#include <QIcon>
#include <QSettings>

#include <cstdio>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Episcope"));
    QApplication::setApplicationName(QStringLiteral("episcope"));
    QApplication::setApplicationDisplayName(QStringLiteral("Episcope"));
    QApplication::setApplicationVersion(QStringLiteral(EPISCOPE_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.episcope.Episcope"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/episcope.svg")));

    // The UI language comes first, so that even --help speaks it.
    QStringList arguments = QApplication::arguments();
    QString problem;
    const QString uiLanguageOption = episcope::UiLanguage::takeOption(arguments, &problem);
    QSettings settings;
    episcope::UiLanguage uiLanguage;
    const QString uiLanguageTag = uiLanguageOption.isEmpty() ? settings.value(episcope::UiLanguage::settingsKey()).toString() : uiLanguageOption;
    if (!uiLanguage.install(uiLanguageTag))
        qWarning().noquote() << QApplication::translate("main", "episcope: no translation for “%1”; the interface stays in English").arg(uiLanguageTag);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Read, check and compare TV episode synopses in many languages."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 QApplication::translate("main",
                                                         "Files or folders to open (the bundled sample when none is given): plain text, "
                                                         "TMDB, TheTVDB or Trakt JSON, Kodi NFO; folders are read recursively."),
                                 QStringLiteral("[PATH...]"));
    parser.addOption(QCommandLineOption(QStringLiteral("ui-language"),
                                        QApplication::translate("main", "The language of the interface (%1); by default the system's.")
                                            .arg(episcope::UiLanguage::available().join(QStringLiteral(", "))),
                                        QStringLiteral("TAG")));
    if (!problem.isEmpty()) {
        std::fprintf(stderr, "episcope: %s\n", qPrintable(problem));
        return 2;
    }
    parser.process(arguments);

    const std::unique_ptr<episcope::SpellEngine> engine = episcope::createSpellEngine();
    episcope::PersonalDictionary personal(episcope::PersonalDictionary::defaultFolder());
    episcope::MainWindow window(&settings, engine.get(), &personal);
    window.show();
    const QStringList files = parser.positionalArguments();
    window.openPaths(files.isEmpty() ? QStringList { episcope::LibraryLoader::samplePath() } : files);
    return app.exec();
}
