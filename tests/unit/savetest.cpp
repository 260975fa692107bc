// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"
#include "testfiles.h"

#include "io/atomicfilewriter.h"
#include "io/libraryloader.h"
#include "io/librarywriter.h"

#include <QDir>

#include <csignal>
#include <sys/resource.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace episcope;

namespace
{

Library load(const QString &path)
{
    LibraryLoader loader;
    std::optional<Library> library = loader.load(path);
    REQUIRE(library);
    return *library;
}

/// A file with everything a careless save would disturb: a BOM, CRLF and lone LF line ends,
/// blank lines, declared tags, spaces around a synopsis, and no newline at the end.
const QByteArray tricky = "\xEF\xBB\xBF"
                          "de\tMr. Big ist in einem Resturant.\r\n"
                          "\r\n"
                          "  Big visits New York for what could be his last chance.  \n"
                          "el\tΟ Μπιγκ επισκέπτεται τη Νέα Υόρκη.\r\n"
                          "Carrie scopre che Big deve subire un'angioplastica.";

} // namespace

TEST_CASE("saving changes only the edited synopsis: every other byte stays")
{
    test::Scratch scratch;
    const QString path = scratch.write(QStringLiteral("tricky.txt"), tricky);
    const Library library = load(path);
    Episode edited = library.episodes.constFirst();
    edited.translations[0].text = QStringLiteral("Mr. Big ist in einem Restaurant.");
    edited.translations[1].text = QStringLiteral("Big visits New York — for the last time?");

    LibraryWriter writer;
    const std::optional<Library> saved = writer.save(library, 0, edited, path);
    REQUIRE(saved);
    QByteArray expected = tricky;
    expected.replace("Resturant", "Restaurant");
    expected.replace("Big visits New York for what could be his last chance.", "Big visits New York \xE2\x80\x94 for the last time?");
    CHECK(test::bytesOf(path) == expected);

    SECTION("and the saved library can be edited and saved again")
    {
        Episode again = saved->episodes.constFirst();
        again.translations[3].text = QStringLiteral("Carrie scopre che Big deve subire un intervento.");
        REQUIRE(writer.save(*saved, 0, again, path));
        expected.replace("un'angioplastica", "un intervento");
        CHECK(test::bytesOf(path) == expected);
    }
}

TEST_CASE("saving with no edits writes the file back byte for byte")
{
    test::Scratch scratch;
    for (const QByteArray &bytes : { tricky,
                                     QByteArray("\xFF\xFE"
                                                "d\0e\0\t\0H\0i\0\n\0",
                                                14) }) {
        const QString path = scratch.write(QStringLiteral("same.txt"), bytes);
        const Library library = load(path);
        LibraryWriter writer;
        REQUIRE(writer.save(library, 0, library.episodes.constFirst(), path));
        CHECK(test::bytesOf(path) == bytes);
    }
}

TEST_CASE("an edit keeps a UTF-16 file UTF-16")
{
    test::Scratch scratch;
    const QString text = QStringLiteral("en\tBig visits Nwe York.\r\n");
    QByteArray bytes("\xFF\xFE");
    for (const QChar c : text)
        bytes.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    const QString path = scratch.write(QStringLiteral("utf16.txt"), bytes);
    const Library library = load(path);
    Episode edited = library.episodes.constFirst();
    edited.translations[0].text = QStringLiteral("Big visits New York.");
    LibraryWriter writer;
    REQUIRE(writer.save(library, 0, edited, path));
    QByteArray expected("\xFF\xFE");
    for (const QChar c : QStringLiteral("en\tBig visits New York.\r\n"))
        expected.append(char(c.unicode() & 0xFF)).append(char(c.unicode() >> 8));
    CHECK(test::bytesOf(path) == expected);
}

TEST_CASE("a file changed on disk since it was opened is not overwritten unless asked")
{
    test::Scratch scratch;
    const QString path = scratch.write(QStringLiteral("changed.txt"), tricky);
    const Library library = load(path);
    const QByteArray theirs = QByteArray(tricky).replace("Resturant", "Gasthaus");
    scratch.write(QStringLiteral("changed.txt"), theirs);

    Episode edited = library.episodes.constFirst();
    edited.translations[2].text = QStringLiteral("Ο Μπιγκ.");
    LibraryWriter writer;
    CHECK_FALSE(writer.save(library, 0, edited, path));
    CHECK(writer.failure() == LibraryWriter::Failure::ChangedOnDisk);
    CHECK(writer.error().contains(QStringLiteral("changed on disk")));
    CHECK(test::bytesOf(path) == theirs);

    // Overwrite, when the user chooses it: the file as opened, with this edit.
    REQUIRE(writer.save(library, 0, edited, path, true));
    CHECK(test::bytesOf(path) == QByteArray(tricky).replace("Ο Μπιγκ επισκέπτεται τη Νέα Υόρκη.", "Ο Μπιγκ."));
}

TEST_CASE("a file opened read-only because of invalid UTF-8 is never saved")
{
    test::Scratch scratch;
    const QByteArray latin1("Caf\xE9 au lait.\n");
    const QString path = scratch.write(QStringLiteral("latin1.txt"), latin1);
    const Library library = load(path);
    REQUIRE(library.readOnly);
    LibraryWriter writer;
    CHECK_FALSE(writer.save(library, 0, library.episodes.constFirst(), path));
    CHECK(writer.failure() == LibraryWriter::Failure::Unsafe);
    CHECK(test::bytesOf(path) == latin1);
}

TEST_CASE("the atomic writer refuses to replace anything that is not a regular file")
{
    test::Scratch scratch;
    const QString fifo = scratch.path(QStringLiteral("pipe"));
    REQUIRE(::mkfifo(QFile::encodeName(fifo).constData(), 0600) == 0);
    AtomicFileWriter writer;
    CHECK_FALSE(writer.write(fifo, "x"));
    CHECK(writer.error().contains(QStringLiteral("not a regular file")));
    struct stat info {
    };
    REQUIRE(::stat(QFile::encodeName(fifo).constData(), &info) == 0);
    CHECK(S_ISFIFO(info.st_mode));
    CHECK_FALSE(writer.write(scratch.path({}), "x"));
}

TEST_CASE("a save keeps the file's permissions, its owner, and writes through a symbolic link")
{
    test::Scratch scratch;
    const QString path = scratch.write(QStringLiteral("kept.txt"), "old\n");
    const QByteArray native = QFile::encodeName(path);
    REQUIRE(::chmod(native.constData(), 0640) == 0);
    const bool root = ::geteuid() == 0;
    if (root)
        REQUIRE(::chown(native.constData(), 65534, 65534) == 0);
    const QString link = scratch.path(QStringLiteral("link.txt"));
    REQUIRE(QFile::link(path, link));

    AtomicFileWriter writer;
    REQUIRE(writer.write(link, "new\n"));
    CHECK(QFileInfo(link).isSymLink());
    CHECK(test::bytesOf(path) == QByteArray("new\n"));
    struct stat info {
    };
    REQUIRE(::stat(native.constData(), &info) == 0);
    CHECK((info.st_mode & 07777) == 0640);
    if (root) {
        CHECK(info.st_uid == 65534u);
        CHECK(info.st_gid == 65534u);
    }
    CHECK(writer.warnings().isEmpty());
}

TEST_CASE("a full disk fails the save, keeps the original and leaves no temporary file")
{
    test::Scratch scratch;
    const QString path = scratch.write(QStringLiteral("full.txt"), tricky);
    const Library library = load(path);
    Episode edited = library.episodes.constFirst();
    edited.translations[0].text = QString(4096, u'x');

    // RLIMIT_FSIZE stands in for a full disk: writes past it fail with EFBIG (SIGXFSZ ignored).
    rlimit previous {};
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &previous) == 0);
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    const rlimit small { 1024, previous.rlim_max };
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &small) == 0);
    LibraryWriter writer;
    const bool saved = writer.save(library, 0, edited, path).has_value();
    ::setrlimit(RLIMIT_FSIZE, &previous);
    std::signal(SIGXFSZ, oldHandler);

    CHECK_FALSE(saved);
    CHECK(writer.failure() == LibraryWriter::Failure::WriteFailed);
    CHECK(writer.error().contains(QStringLiteral("File too large")));
    CHECK(test::bytesOf(path) == tricky);
    CHECK(QDir(scratch.path({})).entryList(QDir::Files | QDir::Hidden) == QStringList { QStringLiteral("full.txt") });
}
