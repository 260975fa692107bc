// SPDX-License-Identifier: GPL-3.0-or-later
// The load/save round trip, end to end through the file system:
//   1. the bytes are written to a file and opened with LibraryLoader;
//   2. saving the first episode unedited (to another path) must give back the very same bytes;
//   3. the first synopsis that is stored in the file is edited to a fixed text full of characters
//      that need escaping (quotes, <, &, a newline, an emoji), saved, and the saved file reloaded:
//      that synopsis must read back as exactly the new text (in plain text the newline becomes a
//      space, a synopsis being one line), and every other synopsis must be unchanged.
// Any broken promise is a __builtin_trap(), i.e. a libFuzzer crash with the reason printed first.
#include "fuzzsupport.h"
#include "io/libraryloader.h"
#include "io/librarywriter.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

using namespace episcope;

namespace
{

/// One scratch folder for the whole run, under $TMPDIR (run.sh points it at /dev/shm where it can:
/// every input is written once and saved twice, each save with fdatasync).
const QTemporaryDir &scratch()
{
    static const QTemporaryDir dir(QDir::tempPath() + QStringLiteral("/episcope-fuzz-XXXXXX"));
    if (!dir.isValid())
        fuzz::fail("cannot create the scratch folder", dir.errorString());
    return dir;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        fuzz::fail("cannot read back a saved file", path + u": " + file.errorString());
    return file.readAll();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        fuzz::fail("cannot write the input file", path + u": " + file.errorString());
}

const QString &editedText()
{
    static const QString text = QStringLiteral("Fuzz \"quoted\" 'single' <tag> & ampersand; then\na second line \U0001F600 end");
    return text;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input = fuzz::inputBytes(data, size);
    const QString inputPath = scratch().filePath(QStringLiteral("roundtrip.txt"));
    const QString unchangedPath = scratch().filePath(QStringLiteral("unchanged.txt"));
    const QString editedPath = scratch().filePath(QStringLiteral("edited.txt"));
    QFile::remove(unchangedPath);
    QFile::remove(editedPath);
    writeAll(inputPath, input);

    static LibraryLoader loader; // reused: building its language table costs more than a load
    const std::optional<Library> original = loader.load(inputPath);
    if (!original || original->readOnly || original->episodes.isEmpty())
        return 0;

    // 2. Unedited save: byte for byte the input.
    {
        LibraryWriter writer;
        const std::optional<Library> saved = writer.save(*original, 0, original->episodes.at(0), unchangedPath);
        fuzz::check(saved.has_value(), "saving an unedited episode failed", writer.error());
        const QByteArray onDisk = readAll(unchangedPath);
        if (onDisk != input)
            fuzz::fail("saving an unedited episode changed the bytes", QStringLiteral("%1 bytes in, %2 bytes out").arg(input.size()).arg(onDisk.size()));
        fuzz::check(saved->sourceBytes == onDisk, "the saved library's sourceBytes differ from the file's");
    }

    // 3. Edit the first synopsis that is stored in the file.
    qsizetype episodeIndex = -1;
    qsizetype row = -1;
    for (qsizetype e = 0; e < original->episodes.size() && episodeIndex < 0; ++e) {
        const QList<Translation> &translations = original->episodes.at(e).translations;
        for (qsizetype t = 0; t < translations.size(); ++t) {
            if (translations.at(t).sourceOffset >= 0 && !translations.at(t).isFallback()) {
                episodeIndex = e;
                row = t;
                break;
            }
        }
    }
    if (episodeIndex < 0)
        return 0;

    Episode edited = original->episodes.at(episodeIndex);
    edited.translations[row].text = editedText();
    LibraryWriter writer;
    const std::optional<Library> saved = writer.save(*original, episodeIndex, edited, editedPath);
    fuzz::check(saved.has_value(), "saving an edited synopsis failed", writer.error());

    static LibraryLoader reloader;
    const std::optional<Library> reloaded = reloader.load(editedPath);
    fuzz::check(reloaded.has_value(), "the saved file no longer loads", reloader.error().toString());
    fuzz::check(reloaded->format == original->format, "the saved file is read as another format");
    fuzz::check(reloaded->episodes.size() == original->episodes.size(), "the saved file has another number of episodes",
                QStringLiteral("%1 before, %2 after").arg(original->episodes.size()).arg(reloaded->episodes.size()));

    QString expected = editedText();
    if (original->format == Library::Format::PlainText)
        expected.replace(u'\n', u' ');
    for (qsizetype e = 0; e < original->episodes.size(); ++e) {
        const QList<Translation> &before = original->episodes.at(e).translations;
        const QList<Translation> &after = reloaded->episodes.at(e).translations;
        fuzz::check(before.size() == after.size(), "an episode of the saved file has another number of synopses",
                    QStringLiteral("episode %1: %2 before, %3 after").arg(e).arg(before.size()).arg(after.size()));
        for (qsizetype t = 0; t < before.size(); ++t) {
            const QString &want = e == episodeIndex && t == row ? expected : before.at(t).text;
            if (after.at(t).text != want)
                fuzz::fail(e == episodeIndex && t == row ? "the edited synopsis did not read back as saved" : "a synopsis that was not edited changed",
                           QStringLiteral("episode %1 row %2: expected \"%3\", read \"%4\"").arg(e).arg(t).arg(want, after.at(t).text));
        }
    }
    // What save() returned is what is now on disk.
    fuzz::check(saved->sourceBytes == readAll(editedPath), "the saved library's sourceBytes differ from the file's");
    return 0;
}
