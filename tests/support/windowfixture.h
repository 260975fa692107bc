// SPDX-License-Identifier: GPL-3.0-or-later
// A main window for GUI tests: its own settings file and personal dictionary, shown and active.
#pragma once

#include "catchsupport.h"
#include "testfiles.h"

#include "io/libraryloader.h"
#include "mainwindow.h"
#include "model/languagelistmodel.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellengine.h"
#include "synopsiseditor.h"
#include "synopsispane.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTest>

namespace episcope::test
{

// QTest's QTRY_/QVERIFY macros report to QTest, not to Catch2: waits here use QTest::qWaitFor
// inside REQUIRE so that a timeout fails the test.

/// A main window with its own settings file, shown and active, with @p path loaded.
struct WindowFixture {
    Scratch scratch;
    QSettings settings { scratch.path(QStringLiteral("settings.ini")), QSettings::IniFormat };
    std::unique_ptr<SpellEngine> engine = createSpellEngine();
    PersonalDictionary personal { scratch.path(QStringLiteral("personal")) };
    MainWindow window { &settings, engine.get(), &personal };

    explicit WindowFixture(const QString &path = LibraryLoader::samplePath())
    {
        window.show();
        window.activateWindow();
        REQUIRE(QTest::qWaitForWindowActive(&window));
        REQUIRE(open(path));
    }

    bool open(const QString &path)
    {
        QSignalSpy shown(&window, &MainWindow::libraryShown);
        QSignalSpy failed(&window, &MainWindow::loadFailed);
        window.openFile(path);
        if (!QTest::qWaitFor(
                [&] {
                    return !shown.isEmpty() || !failed.isEmpty();
                },
                30000))
            return false;
        return !shown.isEmpty();
    }

    [[nodiscard]] QString paneText() const
    {
        return window.synopsisPane()->editor()->toPlainText();
    }
    [[nodiscard]] QString textOfRow(int row) const
    {
        return window.languageModel()->translation(row).text;
    }
};

} // namespace episcope::test
