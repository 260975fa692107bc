// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"
#include "testfiles.h"

#include "io/regularfilereader.h"

#include <sys/stat.h>
#include <unistd.h>

using namespace episcope;

TEST_CASE("a missing file is reported by name")
{
    RegularFileReader reader;
    CHECK_FALSE(reader.read(QStringLiteral("/nonexistent/episcope.txt")));
    CHECK(reader.error().toString() == QStringLiteral("/nonexistent/episcope.txt: no such file"));
}

TEST_CASE("a folder is refused as a folder")
{
    test::Scratch scratch;
    RegularFileReader reader;
    CHECK_FALSE(reader.read(QDir::tempPath()));
    CHECK(reader.error().message.contains(QStringLiteral("folder")));
}

TEST_CASE("a FIFO is refused at once instead of blocking")
{
    test::Scratch scratch;
    const QString fifo = scratch.path(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    RegularFileReader reader;
    CHECK_FALSE(reader.read(fifo));
    CHECK(reader.error().message.contains(QStringLiteral("FIFO")));
}

TEST_CASE("a device is refused")
{
    RegularFileReader reader;
    CHECK_FALSE(reader.read(QStringLiteral("/dev/zero")));
    CHECK(reader.error().message.contains(QStringLiteral("device")));
}

TEST_CASE("a file over the size limit is refused before it is read")
{
    test::Scratch scratch;
    const QString sparse = scratch.write(QStringLiteral("huge.txt"), {});
    REQUIRE(::truncate(QFile::encodeName(sparse).constData(), qint64(1) << 30) == 0); // 1 GiB, sparse
    RegularFileReader reader;
    CHECK_FALSE(reader.read(sparse));
    CHECK(reader.error().message.contains(QStringLiteral("GiB")));
    CHECK(reader.error().message.contains(QStringLiteral("256")));
}

TEST_CASE("a regular file and an embedded resource are read whole")
{
    test::Scratch scratch;
    RegularFileReader reader;
    CHECK(reader.read(scratch.write(QStringLiteral("a.txt"), "abc\n")) == QByteArray("abc\n"));
    const auto sample = reader.read(QStringLiteral(":/samples/seed-synopses.txt"));
    REQUIRE(sample);
    CHECK(sample->startsWith("Mr. Big ist wieder in New York"));
}
