// SPDX-License-Identifier: GPL-3.0-or-later
// Language identification throughput (not a test: it asserts nothing and is not run by ctest):
// Episcope's identifier against raw CLD2 in one run, on 100,000 synopses cycled from the
// evaluation set in tests/data/langid. The dictionaries of the close pairs are loaded before the
// clock starts (a first identification of each), as they are once per load in the application.
//   ./build/dev/tests/benchmarks/episcope_langid_benchmark
#include "language/closelanguageresolver.h"
#include "language/identificationevaluation.h"
#include "language/languageidentifier.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace episcope;

namespace
{

struct Run {
    double seconds = 0.0;
    qint64 bytes = 0;
};

template<typename Identify> Run timed(const QStringList &texts, Identify identify)
{
    Run run;
    QElapsedTimer timer;
    timer.start();
    for (const QString &text : texts) {
        identify(text);
        run.bytes += text.toUtf8().size();
    }
    run.seconds = double(timer.nsecsElapsed()) / 1e9;
    return run;
}

QString line(const QString &what, qsizetype count, const Run &run)
{
    return QStringLiteral("  %1 %2 texts/s, %3 MB/s (%4 s)\n")
        .arg(what.leftJustified(12))
        .arg(double(count) / run.seconds, 9, 'f', 0)
        .arg(double(run.bytes) / 1e6 / run.seconds, 6, 'f', 2)
        .arg(run.seconds, 0, 'f', 2);
}

} // namespace

int main()
{
    QTextStream out(stdout);
    QList<IdentificationEvaluation::Sample> samples;
    const QDir folder(QStringLiteral(EPISCOPE_TEST_DATA "/langid"));
    for (const QString &name : folder.entryList({ QStringLiteral("*.tsv") }, QDir::Files, QDir::Name)) {
        QFile file(folder.filePath(name));
        if (!file.open(QIODevice::ReadOnly))
            return 2;
        IdentificationEvaluation evaluation;
        const auto parsed = evaluation.parse(QString::fromUtf8(file.readAll()));
        if (parsed)
            samples += *parsed;
    }
    if (samples.isEmpty()) {
        out << "no evaluation set in " << folder.path() << '\n';
        return 2;
    }

    const LanguageIdentifier identifier;
    for (const IdentificationEvaluation::Sample &sample : std::as_const(samples))
        (void)identifier.identify(sample.text); // loads the dictionaries the close pairs need

    constexpr qsizetype Count = 100000;
    QStringList all;
    QStringList confident; // CLD2 sure of a language with no close neighbour: the dictionaries never run
    all.reserve(Count);
    for (qsizetype i = 0; i < Count; ++i)
        all.append(samples.at(i % samples.size()).text);
    for (const QString &text : std::as_const(all)) {
        const QString tag = identifier.identifyWithCld2Only(text);
        const bool neighbour = !CloseLanguageResolver::groupOf(tag == u"no" ? QStringLiteral("nb") : tag).isEmpty() || tag.startsWith(QStringLiteral("sr"));
        if (!neighbour && tag != u"und")
            confident.append(text);
    }

    out << "language identification, " << samples.size() << " labelled texts cycled\n";
    for (const auto &[name, texts] : { std::pair { QStringLiteral("all"), &all }, std::pair { QStringLiteral("CLD2-confident"), &confident } }) {
        const Run cld2 = timed(*texts, [&identifier](const QString &text) {
            return identifier.identifyWithCld2Only(text);
        });
        const Run ours = timed(*texts, [&identifier](const QString &text) {
            return identifier.identify(text).tag;
        });
        out << name << ": " << texts->size() << " texts\n"
            << line(QStringLiteral("raw CLD2"), texts->size(), cld2) << line(QStringLiteral("Episcope"), texts->size(), ours)
            << QStringLiteral("  Episcope takes %1× the time of raw CLD2\n").arg(ours.seconds / cld2.seconds, 0, 'f', 2);
    }
    return 0;
}
