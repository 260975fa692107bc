// SPDX-License-Identifier: GPL-3.0-or-later
// Load-path benchmark (not a test: it asserts nothing and is not run by ctest). Prints how long
// each stage takes on large inputs, so the figures in the README can be reproduced:
//   ./build/dev/tests/benchmarks/episcope_load_benchmark
#include "io/libraryloader.h"
#include "model/languagelistmodel.h"
#include "text/displaytext.h"
#include "text/textstatistics.h"

#include <QElapsedTimer>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>

#include <functional>

using namespace episcope;

namespace
{

double milliseconds(const std::function<void()> &work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e6;
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

} // namespace

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    QTemporaryDir dir;

    const QStringList lines {
        QStringLiteral("Big visits New York for what could be the moneyed mystery man's last chance with Carrie."),
        QStringLiteral("Carrie retrouve Big, de retour à New York pour subir une opération du coeur."),
        QStringLiteral("Ο Μπιγκ επισκέπτεται τη Νέα Υόρκη για μια εγχείρηση ρουτίνας."),
        QStringLiteral("Kuinka vaarallinen on avoin sydän? Carrien tunteita sekoittaa entistä avosydämisemmän Kihon vierailu."),
    };
    QByteArray million;
    for (int i = 0; i < 1000000; ++i)
        million += lines.at(i % lines.size()).toUtf8() + '\n';
    const QString millionPath = writeFile(dir, QStringLiteral("million.txt"), million);

    const QByteArray longLine = QByteArray("Carrie und Big sitzen in einem Restaurant und sprechen über die Operation. ").repeated(20 * 1024 * 1024 / 76);
    const QString longPath = writeFile(dir, QStringLiteral("long.txt"), longLine);

    LibraryLoader loader;
    std::optional<Library> library;
    out << "1,000,000 lines (" << million.size() / (1024 * 1024) << " MiB), worker thread:\n";
    out << "  load + identify every line: " << milliseconds([&] {
        library = loader.load(millionPath);
    }) << " ms\n";
    LanguageListModel model;
    out << "  GUI thread, list model setEpisode: " << milliseconds([&] {
        model.setEpisode(library->episodes.constFirst());
    }) << " ms\n";

    out << "one 20 MiB line:\n";
    out << "  load + identify: " << milliseconds([&] {
        library = loader.load(longPath);
    }) << " ms\n";
    const QString &text = library->episodes.constFirst().translations.constFirst().text;
    out << "  GUI thread, word and character counts: " << milliseconds([&] {
        (void)TextStatistics::of(text);
    }) << " ms\n";
    out << "  GUI thread, display cut: " << milliseconds([&] {
        (void)DisplayText::of(text);
    }) << " ms\n";
    out << "  GUI thread, list model setEpisode: " << milliseconds([&] {
        model.setEpisode(library->episodes.constFirst());
    }) << " ms\n";

    out << "the sample (9 synopses): load + identify: " << milliseconds([&] {
        library = loader.load(LibraryLoader::samplePath());
    }) << " ms\n";
    return 0;
}
