// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"
#include "testfiles.h"

#include "settings/recentfiles.h"

#include <QSettings>

using namespace episcope;

TEST_CASE("recent files are newest first, without duplicates, capped, and never the embedded sample")
{
    test::Scratch scratch;
    QSettings settings(scratch.path(QStringLiteral("settings.ini")), QSettings::IniFormat);
    RecentFiles recent(&settings);
    recent.add(QStringLiteral("/tmp/a.txt"));
    recent.add(QStringLiteral("/tmp/b.txt"));
    recent.add(QStringLiteral("/tmp/a.txt"));
    recent.add(QStringLiteral(":/samples/seed-synopses.txt"));
    CHECK(recent.paths() == QStringList { QStringLiteral("/tmp/a.txt"), QStringLiteral("/tmp/b.txt") });

    for (int i = 0; i < 20; ++i)
        recent.add(QStringLiteral("/tmp/f%1.txt").arg(i));
    CHECK(recent.paths().size() == RecentFiles::MaxEntries);
    CHECK(recent.paths().constFirst() == QStringLiteral("/tmp/f19.txt"));

    recent.remove(QStringLiteral("/tmp/f19.txt"));
    CHECK(recent.paths().constFirst() == QStringLiteral("/tmp/f18.txt"));

    RecentFiles reopened(&settings); // what a later session sees
    CHECK(reopened.paths() == recent.paths());
}
