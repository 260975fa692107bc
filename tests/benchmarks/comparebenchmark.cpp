// SPDX-License-Identifier: GPL-3.0-or-later
// Comparison benchmark (not a test: it asserts nothing and ctest does not run it):
//   ./build/dev/tests/benchmarks/episcope_compare_benchmark
// 1. two 300-sentence texts split and aligned; 2. the overview of an episode in 40 languages.
#include "compare/comparison.h"
#include "compare/overview.h"
#include "io/libraryloader.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextStream>

using namespace episcope;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);
    LibraryLoader loader;
    const Episode sample = loader.load(LibraryLoader::samplePath())->episodes.constFirst();

    // 1. English and Spanish sentences of the sample repeated to 300 sentences a side.
    Episode long_;
    for (const char *tag : { "en", "es" }) {
        Translation translation = sample.translations.at(sample.indexOfLanguage(QString::fromLatin1(tag)));
        QString text;
        while (SentenceSplitter::split(text, translation.languageTag).size() < 300)
            text += translation.text + u' ';
        translation.text = text.trimmed();
        long_.translations.append(translation);
    }
    const QList<DetectedName> longNames = NameDetector().detect(long_);
    QElapsedTimer timer;
    timer.start();
    const Comparison comparison = Comparison::of(long_, 0, 1, longNames);
    out << "two texts of " << comparison.leftSentences.size() << " and " << comparison.rightSentences.size() << " sentences: split and aligned into "
        << comparison.rows.size() << " rows in " << double(timer.nsecsElapsed()) / 1e6 << " ms\n";

    QList<AlignableSentence> left;
    QList<AlignableSentence> right;
    for (int i = 0; i < 300; ++i) {
        left.append(AlignableSentence { 60 + (i * 37) % 90, { QStringLiteral("name%1").arg(i % 17) } });
        right.append(AlignableSentence { 70 + (i * 41) % 90, { QStringLiteral("name%1").arg(i % 19) } });
    }
    timer.restart();
    const QList<AlignedRow> rows = Aligner::align(left, right);
    out << "the aligner alone, 300 × 300 sentences: " << rows.size() << " rows in " << double(timer.nsecsElapsed()) / 1e6 << " ms\n";

    // 2. Forty translations: the sample's nine, rotated so the texts differ, as forty "languages".
    Episode forty;
    for (int i = 0; i < 40; ++i) {
        Translation translation = sample.translations.at(i % sample.translations.size());
        if (i >= sample.translations.size()) {
            QStringList words = translation.text.split(u' ');
            std::rotate(words.begin(), words.begin() + (i % words.size()), words.end());
            translation.text = words.join(u' ');
        }
        forty.translations.append(translation);
    }
    timer.restart();
    const QList<DetectedName> names = NameDetector().detect(forty);
    const double namesMs = double(timer.nsecsElapsed()) / 1e6;
    timer.restart();
    const Overview overview = Overview::of(forty, names);
    out << "overview of 40 synopses: names " << namesMs << " ms, " << overview.names.size() << " names × 40 and the 40 × 40 similarity matrix (780 alignments) "
        << double(timer.nsecsElapsed()) / 1e6 << " ms\n";
    return 0;
}
