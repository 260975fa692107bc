// SPDX-License-Identifier: GPL-3.0-or-later
// Test main: picks the offscreen platform when none is set (catch_discover_tests runs the binary
// at build time with no display), keeps settings away from the user's, speaks English whatever
// the desktop's language (the tests read messages, and the CLI processes they start inherit
// this), and creates the application object before any test runs.
#if EPISCOPE_CATCH2_MAJOR >= 3
#include <catch2/catch_session.hpp>
#else
#define CATCH_CONFIG_RUNNER
#include <catch2/catch.hpp>
#endif

#include <QStandardPaths>

#ifdef EPISCOPE_TEST_WIDGETS
#include <QApplication>
using Application = QApplication;
#else
#include <QGuiApplication>
using Application = QGuiApplication;
#endif

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    qputenv("LC_ALL", "C.UTF-8");
    qunsetenv("LANGUAGE");
    QStandardPaths::setTestModeEnabled(true);
    Application app(argc, argv);
    Application::setOrganizationName(QStringLiteral("EpiscopeTests"));
    Application::setApplicationName(QStringLiteral("episcope-tests"));
    return Catch::Session().run(argc, argv);
}
