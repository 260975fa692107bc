// SPDX-License-Identifier: GPL-3.0-or-later
// Opening a large library in the real window (not a test: it asserts nothing and is not run by
// ctest). Prints the time to the first episode painted, the time until every file is loaded and
// every synopsis identified, and the memory used, for the README's figures:
//   python3 tests/benchmarks/make_tmdb_library.py /tmp/benchlib --megabytes 50
//   ./build/dev/tests/benchmarks/episcope_library_benchmark /tmp/benchlib          # cold: first paint
//   ./build/dev/tests/benchmarks/episcope_library_benchmark /tmp/benchlib --warm   # memory of the library alone
#include "io/collectionloader.h"
#include "mainwindow.h"
#include "model/languagelistmodel.h"
#include "search/synopsissearch.h"
#include "spelling/personaldictionary.h"
#include "spelling/spellengine.h"

#include <QApplication>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QSettings>
#include <QTemporaryDir>
#include <QTextStream>
#include <QTimer>

#include <cstdio>
#include <limits>

using namespace episcope;

namespace
{

/// A line of /proc/self/status in MiB ("VmRSS", "VmHWM").
double statusMiB(const char *key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(key))
            return line.mid(qstrlen(key) + 1).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

qint64 bytesUnder(const QString &folder)
{
    qint64 total = 0;
    for (const QString &file : CollectionLoader::expand({ folder }))
        total += QFileInfo(file).size();
    return total;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    QTextStream out(stdout);
    const QStringList arguments = QApplication::arguments();
    if (arguments.size() < 2 || !QFileInfo(arguments.at(1)).isDir()) {
        out << "usage: episcope_library_benchmark FOLDER [--warm-fonts] [--warm]\n"
               "make one with: python3 tests/benchmarks/make_tmdb_library.py FOLDER --megabytes 50\n";
        return 2;
    }
    const QString folder = arguments.at(1);
    const qint64 bytes = bytesUnder(folder);

    QTemporaryDir scratch;
    QSettings settings(scratch.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
    const std::unique_ptr<SpellEngine> engine = createSpellEngine();
    PersonalDictionary personal(scratch.filePath(QStringLiteral("dictionary")));
    MainWindow window(&settings, engine.get(), &personal);
    window.resize(1180, 720);
    window.show();
    QApplication::processEvents();
    if (arguments.contains(QStringLiteral("--warm-fonts"))) {
        // Font fallback for every script is looked up on first use; do it before timing to see what is left.
        QLabel label(QStringLiteral("English Deutsch Ελληνικά Русский עברית العربية فارسی हिन्दी ไทย 日本語 中文 한국어 Tiếng Việt"));
        label.show();
        label.repaint();
    }
    if (arguments.contains(QStringLiteral("--warm"))) {
        // Open the folder's first file alone and let every synopsis be spell-checked, so the
        // dictionaries of its languages are loaded before the baseline: then the memory measured
        // below is the library's, not the spell checkers'.
        window.openPaths({ CollectionLoader::expand({ folder }).value(0) });
        QElapsedTimer wait;
        wait.start();
        const auto counted = [&window] {
            const LanguageListModel *model = window.languageModel();
            if (model->rowCount() == 0)
                return false;
            for (int row = 0; row < model->rowCount(); ++row) {
                if (model->index(row, 0).data(LanguageListModel::MisspellingsRole).toInt() == -2)
                    return false;
            }
            return true;
        };
        while (!counted() && wait.elapsed() < 60000)
            QApplication::processEvents(QEventLoop::AllEvents, 50);
    }
    const double baseline = statusMiB("VmRSS");

    QElapsedTimer timer;
    double shown = -1;
    double afterFirstPaint = -1;
    double firstPaint = -1;
    double everything = -1;
    QObject::connect(&window, &MainWindow::libraryShown, &window, [&] {
        if (firstPaint >= 0)
            return;
        shown = double(timer.nsecsElapsed()) / 1e6;
        window.repaint(); // the first episode on screen, synchronously
        firstPaint = double(timer.nsecsElapsed()) / 1e6;
        // By now the spell-checking dictionaries of the first episode's languages are loaded too:
        // what the window holds from here on is the library.
        afterFirstPaint = statusMiB("VmRSS");
    });
    QObject::connect(&window, &MainWindow::loadFinished, &window, [&] {
        everything = double(timer.nsecsElapsed()) / 1e6;
        QTimer::singleShot(0, &app, &QApplication::quit);
    });
    timer.start();
    window.openPaths({ folder });
    QApplication::exec();

    const Collection &collection = window.collection();
    qint64 identified = 0;
    qint64 textBytes = 0;
    qint64 sourceBytes = 0;
    for (const Library &library : collection.libraries) {
        sourceBytes += library.sourceBytes.size();
        for (const Episode &episode : library.episodes) {
            for (const Translation &translation : episode.translations) {
                identified += translation.identifiedTag.isEmpty() ? 0 : 1;
                textBytes += (translation.title.size() + translation.text.size()) * 2;
            }
        }
    }
    const double peak = statusMiB("VmHWM");
    QElapsedTimer searchTimer;
    searchTimer.start();
    const qsizetype hits = SynopsisSearch::find(collection, QStringLiteral("ferrante"), std::numeric_limits<qsizetype>::max()).size();
    const double searchMs = double(searchTimer.nsecsElapsed()) / 1e6;
    searchTimer.restart();
    const qsizetype none = SynopsisSearch::find(collection, QStringLiteral("zzzqqq")).size();
    const double missMs = double(searchTimer.nsecsElapsed()) / 1e6;
    const double fileMiB = double(bytes) / 1024.0 / 1024.0;
    out << "library: " << folder << "\n"
        << QStringLiteral("  %1 files, %2 MiB, %3 episodes, %4 synopses (%5 identified), %6 problems\n")
               .arg(collection.libraries.size() + collection.problems.size())
               .arg(fileMiB, 0, 'f', 1)
               .arg(collection.episodeCount())
               .arg(collection.translationCount())
               .arg(identified)
               .arg(collection.problems.size())
        << QStringLiteral("  first episode shown: %1 ms, painted: %2 ms\n").arg(shown, 0, 'f', 0).arg(firstPaint, 0, 'f', 0)
        << QStringLiteral("  every file loaded and identified: %1 ms\n").arg(everything, 0, 'f', 0)
        << QStringLiteral("  memory: %1 MiB before opening, %2 MiB once the first episode was painted (its languages' dictionaries loaded), "
                          "%3 MiB at the peak\n")
               .arg(baseline, 0, 'f', 0)
               .arg(afterFirstPaint, 0, 'f', 0)
               .arg(peak, 0, 'f', 0)
        << QStringLiteral("  the library itself: +%1 MiB from the first paint to the peak, %2× the files\n")
               .arg(peak - afterFirstPaint, 0, 'f', 0)
               .arg((peak - afterFirstPaint) / fileMiB, 0, 'f', 2)
        << QStringLiteral("  search every title and synopsis: \"ferrante\" %1 hits in %2 ms; a word in none (%3 hits) %4 ms\n")
               .arg(hits)
               .arg(searchMs, 0, 'f', 0)
               .arg(none)
               .arg(missMs, 0, 'f', 0)
        << QStringLiteral("  held: %1 MiB of titles and synopses (UTF-16), %2 MiB of file bytes kept for saving, %3 MiB now resident\n")
               .arg(double(textBytes) / 1048576.0, 0, 'f', 0)
               .arg(double(sourceBytes) / 1048576.0, 0, 'f', 0)
               .arg(statusMiB("VmRSS"), 0, 'f', 0);
    return 0;
}
