// SPDX-License-Identifier: GPL-3.0-or-later
// Saves that fail: the real episcope-cli fixes a word in a file while the disk is full, the
// folder is not writable, fdatasync or rename fail. Every time the original must stay byte for
// byte as it was, no temporary file may be left, and the reason must be on stderr with status 2.
#include "catchsupport.h"
#include "testfiles.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTest>

#include <grp.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace episcope;

namespace
{

struct Run {
    int status = -1;
    QString err;
};

/// Starts `episcope-cli fix` replacing "Resturant" in the German synopsis of @p file.
void startFix(QProcess &process, const QString &file, const std::function<void()> &childSetup = {}, const QStringList &environment = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &entry : environment)
        env.insert(entry.section(u'=', 0, 0), entry.section(u'=', 1));
    process.setProcessEnvironment(env);
    if (childSetup)
        process.setChildProcessModifier(childSetup);
    process.start(QStringLiteral(EPISCOPE_CLI),
                  { QStringLiteral("fix"), QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--replace"), QStringLiteral("Resturant"),
                    QStringLiteral("--with"), QStringLiteral("Restaurant"), file });
}

Run fix(const QString &file, const std::function<void()> &childSetup = {}, const QStringList &environment = {})
{
    QProcess process;
    startFix(process, file, childSetup, environment);
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run { process.exitCode(), QString::fromUtf8(process.readAllStandardError()) };
}

QByteArray sampleBytes()
{
    QFile source(QStringLiteral(EPISCOPE_SAMPLE));
    REQUIRE(source.open(QIODevice::ReadOnly));
    return source.readAll();
}

/// A TMDB translations response whose German synopsis has the typo the tests fix.
QByteArray tmdbBytes()
{
    return QByteArrayLiteral("{\n  \"id\": 4412907,\n  \"translations\": [\n"
                             "    {\"iso_3166_1\": \"DE\", \"iso_639_1\": \"de\", \"name\": \"Deutsch\", \"english_name\": \"German\",\n"
                             "     \"data\": {\"name\": \"Niedrigwasser\", \"overview\": \"Marta Kova\\u010d isst im Resturant am Hafen von Porthaven.\"}},\n"
                             "    {\"iso_3166_1\": \"US\", \"iso_639_1\": \"en\", \"name\": \"English\", \"english_name\": \"English\",\n"
                             "     \"data\": {\"name\": \"Low Water\", \"overview\": \"Marta Kova\u010d eats at the harbour restaurant.\"}}\n"
                             "  ]\n}\n");
}

/// A world-readable folder holding a copy of a file (the sample unless told), so another user can read it too.
struct SampleCopy {
    test::Scratch scratch;
    QString folder = scratch.path(QStringLiteral("shared"));
    QString file;
    QByteArray original;

    explicit SampleCopy(const QString &name = QStringLiteral("synopses.txt"), const QByteArray &bytes = sampleBytes())
        : file(folder + u'/' + name)
        , original(bytes)
    {
        REQUIRE(QDir().mkpath(folder));
        REQUIRE(::chmod(QFile::encodeName(scratch.path({})).constData(), 0755) == 0);
        REQUIRE(::chmod(QFile::encodeName(folder).constData(), 0755) == 0);
        QFile out(file);
        REQUIRE(out.open(QIODevice::WriteOnly));
        REQUIRE(out.write(original) == original.size());
        out.close();
        REQUIRE(::chmod(QFile::encodeName(file).constData(), 0644) == 0);
    }

    void requireUntouched() const
    {
        CHECK(test::bytesOf(file) == original);
        CHECK(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System) == QStringList { QFileInfo(file).fileName() });
    }
};

} // namespace

TEST_CASE("a save that succeeds changes only the fixed word")
{
    SampleCopy copy;
    const Run run = fix(copy.file);
    REQUIRE(run.status == 0);
    QByteArray expected = copy.original;
    expected.replace("Resturant", "Restaurant");
    CHECK(test::bytesOf(copy.file) == expected);
}

TEST_CASE("a full disk fails the save and leaves the original intact")
{
    SampleCopy copy;
    const Run run = fix(copy.file, [] {
        const rlimit limit { 1024, 1024 }; // smaller than the file: the write cannot finish
        ::setrlimit(RLIMIT_FSIZE, &limit);
    });
    CHECK(run.status == 2);
    CHECK(run.err.contains(copy.file));
    CHECK(run.err.contains(QStringLiteral("could not be written")));
    copy.requireUntouched();
}

TEST_CASE("a folder the user may not write to fails the save and leaves the original intact")
{
    if (::geteuid() != 0) {
        WARN("needs root to run the save as the user nobody; skipped");
        return;
    }
    SampleCopy copy;
    const Run run = fix(copy.file, [] {
        // The CI runs as root, for whom mode bits do not stop writes: save as nobody instead.
        ::setgroups(0, nullptr);
        if (::setgid(65534) != 0 || ::setuid(65534) != 0)
            ::_exit(99);
    });
    CHECK(run.status == 2);
    CHECK(run.err.contains(copy.file));
    copy.requireUntouched();
}

TEST_CASE("a failing fdatasync fails the save and leaves the original intact")
{
    SampleCopy copy;
    const Run run = fix(copy.file, {}, { QStringLiteral("LD_PRELOAD=" EPISCOPE_FAULT_SHIM), QStringLiteral("EPISCOPE_FAULT=fdatasync") });
    CHECK(run.status == 2);
    CHECK(run.err.contains(QStringLiteral("could not be written to disk")));
    copy.requireUntouched();
}

TEST_CASE("a failing rename fails the save and leaves the original intact")
{
    SampleCopy copy;
    const Run run = fix(copy.file, {}, { QStringLiteral("LD_PRELOAD=" EPISCOPE_FAULT_SHIM), QStringLiteral("EPISCOPE_FAULT=rename") });
    CHECK(run.status == 2);
    CHECK(run.err.contains(copy.file));
    copy.requireUntouched();
}

TEST_CASE("a save into a TMDB file changes only that JSON string")
{
    SampleCopy copy(QStringLiteral("episode.json"), tmdbBytes());
    const Run run = fix(copy.file);
    REQUIRE(run.status == 0);
    QByteArray expected = copy.original;
    // The edited string is written again from its text: the \\u escape becomes the letter it stands for.
    expected.replace("\"Marta Kova\\u010d isst im Resturant am Hafen von Porthaven.\"", "\"Marta Kovač isst im Restaurant am Hafen von Porthaven.\"");
    CHECK(test::bytesOf(copy.file) == expected);
}

TEST_CASE("a failing fdatasync while saving a TMDB file leaves it intact")
{
    SampleCopy copy(QStringLiteral("episode.json"), tmdbBytes());
    const Run run = fix(copy.file, {}, { QStringLiteral("LD_PRELOAD=" EPISCOPE_FAULT_SHIM), QStringLiteral("EPISCOPE_FAULT=fdatasync") });
    CHECK(run.status == 2);
    CHECK(run.err.contains(copy.file));
    copy.requireUntouched();
}

TEST_CASE("a save killed half way leaves the original intact and no temporary file")
{
    SampleCopy copy(QStringLiteral("episode.json"), tmdbBytes());
    const QString mark = copy.scratch.path(QStringLiteral("stalled"));
    QProcess process;
    startFix(process, copy.file, {},
             { QStringLiteral("LD_PRELOAD=" EPISCOPE_FAULT_SHIM), QStringLiteral("EPISCOPE_FAULT=stall"), QStringLiteral("EPISCOPE_FAULT_MARK=") + mark });
    // The new bytes are written and the save waits in fdatasync, before the rename: kill it there.
    REQUIRE(QTest::qWaitFor(
        [&mark] {
            return QFile::exists(mark);
        },
        30000));
    process.kill();
    REQUIRE(process.waitForFinished(10000));
    CHECK(process.exitStatus() == QProcess::CrashExit);
    copy.requireUntouched();
}

TEST_CASE("a device is never replaced by a save")
{
    QProcess process;
    process.start(QStringLiteral(EPISCOPE_CLI),
                  { QStringLiteral("fix"), QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--replace"), QStringLiteral("a"),
                    QStringLiteral("--with"), QStringLiteral("b"), QStringLiteral("/dev/null") });
    REQUIRE(process.waitForFinished(60000));
    CHECK(process.exitCode() == 2);
    struct stat info {
    };
    REQUIRE(::stat("/dev/null", &info) == 0);
    CHECK(S_ISCHR(info.st_mode));
}
