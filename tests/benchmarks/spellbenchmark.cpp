// SPDX-License-Identifier: GPL-3.0-or-later
// Spell-checking benchmark (not a test: it asserts nothing and ctest does not run it):
//   ./build/dev/tests/benchmarks/episcope_spell_benchmark
// 1. every synopsis of a 10,000-synopsis library checked, as the language list's counter does;
// 2. one 5,000-word synopsis re-highlighted after a keystroke, as the pane does while editing.
#include "io/libraryloader.h"
#include "spelling/episodespelling.h"
#include "spelling/spellengine.h"
#include "spelling/spellhighlighter.h"

#include <QElapsedTimer>
#include <QGuiApplication>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextStream>

#include <algorithm>

using namespace episcope;

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QTextStream out(stdout);

    LibraryLoader loader;
    const Episode sample = loader.load(LibraryLoader::samplePath())->episodes.constFirst();
    const std::unique_ptr<SpellEngine> engine = createSpellEngine();
    out << "engine: " << engine->name() << '\n';

    // 1. A library of 1,112 episodes × 9 synopses; each episode's words shuffled a little so the
    //    per-episode caches are not trivially warm.
    constexpr int episodes = 1112;
    QElapsedTimer timer;
    timer.start();
    qint64 words = 0;
    qint64 misspelled = 0;
    EpisodeSpelling spelling(engine.get(), nullptr);
    for (int e = 0; e < episodes; ++e) {
        Episode episode = sample;
        for (Translation &translation : episode.translations) {
            QStringList parts = translation.text.split(u' ');
            std::rotate(parts.begin(), parts.begin() + (e % parts.size()), parts.end());
            translation.text = parts.join(u' ');
        }
        spelling.setEpisode(episode);
        for (int row = 0; row < episode.translations.size(); ++row) {
            const SpellCheckResult result = spelling.finder(row)->check(episode.translations.at(row).text);
            words += result.checkedWords;
            misspelled += result.misspellings.size();
        }
    }
    const double libraryMs = double(timer.nsecsElapsed()) / 1e6;
    out << "library of " << episodes * sample.translations.size() << " synopses (" << words << " words, " << misspelled
        << " misspelled), names detected per episode: " << libraryMs << " ms (" << (episodes * sample.translations.size()) / (libraryMs / 1000.0)
        << " synopses/s)\n";

    // 2. A 5,000-word German synopsis in a document with the highlighter attached.
    const QString german = sample.translations.constFirst().text;
    QString longText;
    while (longText.count(u' ') < 5000)
        longText += german + u' ';
    QTextDocument document;
    document.setPlainText(longText.trimmed());
    document.setTextWidth(900); // lay it out as a pane would: a document reports edits only once it has a layout
    (void)document.documentLayout();
    SpellHighlighter highlighter(&document);
    EpisodeSpelling single(engine.get(), nullptr);
    single.setEpisode(sample);
    timer.restart();
    highlighter.setFinder(single.finder(0));
    // QSyntaxHighlighter follows edits only after its first pass, which a zero-time timer runs.
    QElapsedTimer settle;
    settle.start();
    while (settle.elapsed() < 100)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
    out << "5,000-word synopsis: first highlight " << double(timer.nsecsElapsed()) / 1e6 << " ms\n";

    const qsizetype before = highlighter.misspellings().size();
    QList<double> keystrokes;
    QTextCursor cursor(&document);
    for (int i = 0; i < 50; ++i) {
        cursor.setPosition(int(document.characterCount() / 2));
        timer.restart();
        cursor.insertText(QStringLiteral(" qzx")); // a new misspelled word; the paragraph is re-highlighted here
        keystrokes.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(keystrokes.begin(), keystrokes.end());
    QList<double> passes; // the highlighter's own share: one re-highlight of the paragraph
    for (int i = 0; i < 50; ++i) {
        timer.restart();
        highlighter.rehighlightBlock(document.firstBlock());
        passes.append(double(timer.nsecsElapsed()) / 1e6);
    }
    std::sort(passes.begin(), passes.end());
    out << "5,000-word synopsis: the highlighter's pass alone, median " << passes.at(passes.size() / 2) << " ms\n";
    out << "misspellings underlined after the keystrokes: " << highlighter.misspellings().size() << " (before: " << before << ")\n";
    out << "5,000-word synopsis: re-highlight after a keystroke, median " << keystrokes.at(keystrokes.size() / 2) << " ms, worst " << keystrokes.last()
        << " ms (50 keystrokes)\n";
    return 0;
}
