// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"
#include "sample.h"

#include "compare/comparison.h"
#include "compare/overview.h"
#include "io/libraryloader.h"

using namespace episcope;

namespace
{

QStringList sentencesOf(const QString &text, const QString &tag)
{
    QStringList result;
    for (const Sentence &sentence : SentenceSplitter::split(text, tag))
        result.append(text.mid(sentence.start, sentence.length));
    return result;
}

AlignableSentence ofLength(qsizetype length, QSet<QString> anchors = {})
{
    return AlignableSentence { length, std::move(anchors) };
}

} // namespace

TEST_CASE("the English synopsis has two sentences: a title's full stop does not end one")
{
    const Episode episode = test::sampleEpisode();
    const QStringList english = sentencesOf(episode.translations.at(test::rowOf(episode, QStringLiteral("en"))).text, QStringLiteral("en"));
    REQUIRE(english.size() == 2);
    CHECK(english.at(1).startsWith(QStringLiteral("In the meantime, Miranda pursues a relationship with Dr. Robert;")));
    CHECK(sentencesOf(QStringLiteral("Big New Yorkba látogat, Miranda kapcsolatot folytat Dr.Roberttel, Charlotte felkeres egy orvost."), QStringLiteral("hu"))
              .size()
          == 1);
    CHECK(sentencesOf(QStringLiteral("Sie wartet... und wartet. Dann kommt Mr. Big."), QStringLiteral("de")).size() == 2);
}

TEST_CASE("text without sentence punctuation, blank text and CJK are split sensibly")
{
    CHECK(sentencesOf(QString(), QStringLiteral("en")).isEmpty());
    CHECK(sentencesOf(QStringLiteral("   "), QStringLiteral("en")).isEmpty());
    CHECK(sentencesOf(QStringLiteral("no punctuation at all here"), QStringLiteral("en")) == QStringList { QStringLiteral("no punctuation at all here") });
    CHECK(sentencesOf(QStringLiteral("キャリーはビッグと再会する。ミランダは医者と付き合う。"), QStringLiteral("ja")).size() == 2);
}

TEST_CASE("the English sentence about Miranda and Dr. Robert is aligned with the Spanish Mientras tanto sentence")
{
    const Episode episode = test::sampleEpisode();
    const QList<DetectedName> names = NameDetector().detect(episode);
    const Comparison comparison = Comparison::of(episode, test::rowOf(episode, QStringLiteral("en")), test::rowOf(episode, QStringLiteral("es")), names);
    bool found = false;
    for (const AlignedRow &row : comparison.rows) {
        QString left;
        QString right;
        for (int i = row.leftFirst; i < row.leftFirst + row.leftCount; ++i)
            left += comparison.leftSentence(i);
        for (int i = row.rightFirst; i < row.rightFirst + row.rightCount; ++i)
            right += comparison.rightSentence(i);
        if (left.contains(QStringLiteral("Miranda pursues"))) {
            found = true;
            CHECK(right.contains(QStringLiteral("Mientras tanto, Miranda")));
        }
    }
    CHECK(found);
}

TEST_CASE("Greek and English names are paired across scripts, each with one colour on both sides")
{
    const Episode episode = test::sampleEpisode();
    const QList<DetectedName> names = NameDetector().detect(episode);
    const Comparison comparison = Comparison::of(episode, test::rowOf(episode, QStringLiteral("el")), test::rowOf(episode, QStringLiteral("en")), names);
    const auto pairOf = [&](const QString &english) -> QStringList {
        for (const SharedName &name : comparison.namesInBoth) {
            if (name.rightForms.contains(english))
                return name.leftForms;
        }
        return {};
    };
    CHECK(pairOf(QStringLiteral("Big")) == QStringList { QStringLiteral("Μπιγκ") });
    CHECK(pairOf(QStringLiteral("Samantha")) == QStringList { QStringLiteral("Σαμάνθα") });
    CHECK(pairOf(QStringLiteral("Miranda")) == QStringList { QStringLiteral("Μιράντα") });
    QSet<int> colours;
    for (const SharedName &name : comparison.namesInBoth)
        colours.insert(name.colour);
    CHECK(colours.size() == comparison.namesInBoth.size());
}

TEST_CASE("Italian against English lists Debbie as a name only on the Italian side")
{
    const Episode episode = test::sampleEpisode();
    const QList<DetectedName> names = NameDetector().detect(episode);
    const Comparison comparison = Comparison::of(episode, test::rowOf(episode, QStringLiteral("it")), test::rowOf(episode, QStringLiteral("en")), names);
    CHECK(comparison.namesOnlyLeft.contains(QStringLiteral("Debbie")));
    CHECK_FALSE(comparison.namesOnlyLeft.contains(QStringLiteral("Dove"))); // «Dove stiamo andando?»: a quotation, not a name
    CHECK_FALSE(comparison.namesOnlyRight.contains(QStringLiteral("Debbie")));
}

TEST_CASE("the overview marks Samantha as mentioned in de, en, fr, it, el and not in fi, hu, es, pt")
{
    const Episode episode = test::sampleEpisode();
    const Overview overview = Overview::of(episode, NameDetector().detect(episode));
    qsizetype samantha = -1;
    for (qsizetype i = 0; i < overview.names.size(); ++i) {
        if (overview.names.at(i).label == QStringLiteral("Samantha"))
            samantha = i;
    }
    REQUIRE(samantha >= 0);
    QStringList mentioned;
    for (int t = 0; t < overview.languages.size(); ++t) {
        if (overview.mentions.at(samantha).at(t))
            mentioned.append(overview.languages.at(t));
    }
    CHECK(mentioned == QStringList { QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("it"), QStringLiteral("el") });
    for (int i = 0; i < overview.languages.size(); ++i) {
        CHECK(overview.similarity.at(i).at(i) == 1.0);
        for (int j = 0; j < overview.languages.size(); ++j) {
            CHECK(overview.similarity.at(i).at(j) == overview.similarity.at(j).at(i));
            CHECK(overview.similarity.at(i).at(j) >= 0.0);
            CHECK(overview.similarity.at(i).at(j) <= 1.0);
        }
    }
}

TEST_CASE("the aligner pairs equal lengths one to one and finds merges and omissions")
{
    const QList<AlignedRow> same = Aligner::align({ ofLength(100), ofLength(40), ofLength(80) }, { ofLength(110), ofLength(44), ofLength(85) });
    CHECK(same
          == QList<AlignedRow> { AlignedRow { 0, 1, 0, 1, same.at(0).confidence }, AlignedRow { 1, 1, 1, 1, same.at(1).confidence },
                                 AlignedRow { 2, 1, 2, 1, same.at(2).confidence } });
    for (const AlignedRow &row : same)
        CHECK(row.confidence > 0.5);

    // Two short left sentences translated as one long right sentence.
    const QList<AlignedRow> merged =
        Aligner::align({ ofLength(100), ofLength(50), ofLength(50), ofLength(100) }, { ofLength(100), ofLength(100), ofLength(100) });
    REQUIRE(merged.size() == 3);
    CHECK(merged.at(1).leftCount == 2);
    CHECK(merged.at(1).rightCount == 1);

    // A sentence the right side leaves out: the anchors say which one.
    const QList<AlignedRow> omitted =
        Aligner::align({ ofLength(100, { QStringLiteral("carrie") }), ofLength(30, { QStringLiteral("debbie") }), ofLength(100, { QStringLiteral("smith") }) },
                       { ofLength(100, { QStringLiteral("carrie") }), ofLength(100, { QStringLiteral("smith") }) });
    REQUIRE(omitted.size() == 3);
    CHECK(omitted.at(1) == AlignedRow { 1, 1, 1, 0, 0.0 });
}

TEST_CASE("the aligner copes with empty sides, one sentence against fifty, and a text against itself")
{
    CHECK(Aligner::align({}, {}).isEmpty());
    const QList<AlignedRow> leftOnly = Aligner::align({ ofLength(10), ofLength(20) }, {});
    REQUIRE(leftOnly.size() == 2);
    CHECK(leftOnly.at(0).rightCount == 0);

    QList<AlignableSentence> fifty;
    for (int i = 0; i < 50; ++i)
        fifty.append(ofLength(60));
    const QList<AlignedRow> lopsided = Aligner::align({ ofLength(60) }, fifty);
    int right = 0;
    int left = 0;
    for (const AlignedRow &row : lopsided) {
        right += row.rightCount;
        left += row.leftCount;
    }
    CHECK(left == 1);
    CHECK(right == 50);

    const Episode episode = test::sampleEpisode();
    const Comparison self = Comparison::of(episode, 0, 0, NameDetector().detect(episode));
    CHECK(self.rows.size() == self.leftSentences.size());
    for (const AlignedRow &row : self.rows)
        CHECK((row.leftCount == 1 && row.rightCount == 1 && row.leftFirst == row.rightFirst));
    CHECK(self.namesOnlyLeft.isEmpty());
    CHECK(self.namesOnlyRight.isEmpty());
}

TEST_CASE("an empty synopsis compares as rows with no counterpart, without failing")
{
    Episode episode = test::sampleEpisode();
    Translation empty;
    empty.languageTag = QStringLiteral("nl");
    episode.translations.append(empty);
    const QList<DetectedName> names = NameDetector().detect(episode);
    const Comparison comparison = Comparison::of(episode, int(episode.translations.size()) - 1, test::rowOf(episode, QStringLiteral("en")), names);
    CHECK(comparison.leftSentences.isEmpty());
    REQUIRE(comparison.rows.size() == 2);
    for (const AlignedRow &row : comparison.rows) {
        CHECK(row.leftCount == 0);
        CHECK(row.rightCount == 1);
    }
    CHECK(comparison.lengthRatio() == 0.0);
    const Overview overview = Overview::of(episode, names);
    CHECK(overview.similarity.last().first() == 0.0);
}
