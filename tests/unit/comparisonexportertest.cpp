// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"
#include "testfiles.h"

#include "export/comparisonexporter.h"
#include "io/libraryloader.h"

#include <QProcess>
#include <QXmlStreamReader>

using namespace episcope;

namespace
{

Comparison compare(const QString &leftText, const QString &rightText, const QString &leftTag = QStringLiteral("it"),
                   const QString &rightTag = QStringLiteral("en"))
{
    Episode episode;
    Translation left;
    left.languageTag = leftTag;
    left.text = leftText;
    Translation right = left;
    right.languageTag = rightTag;
    right.text = rightText;
    episode.translations = { left, right };
    return Comparison::of(episode, 0, 1, NameDetector().detect(episode));
}

/// Every element and attribute parses as XML, and the text content is what the synopses said.
QString textOfWellFormed(const QString &html)
{
    QXmlStreamReader reader(html);
    QString text;
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isCharacters())
            text += reader.text();
    }
    INFO(reader.errorString().toStdString());
    CHECK_FALSE(reader.hasError());
    return text;
}

} // namespace

TEST_CASE("the comparison page is well-formed, escapes synopsis text and carries each side's lang and dir")
{
    const QString hostile = QStringLiteral("Carrie <img src=\"/dev/zero\"> & <b>Big</b> arrive. Debbie resta.");
    const Comparison comparison = compare(hostile, QStringLiteral("Carrie & Big arrive."));
    const QString page = ComparisonExporter(comparison).htmlPage();
    CHECK_FALSE(page.contains(QStringLiteral("<img")));
    CHECK_FALSE(page.contains(QStringLiteral("<b>")));
    const QString text = textOfWellFormed(page);
    CHECK(text.contains(QStringLiteral("<img src=\"/dev/zero\">")));
    CHECK(page.contains(QStringLiteral("lang=\"it\" dir=\"ltr\"")));
    CHECK(page.contains(QStringLiteral("<mark style=\"background:")));

    const QString arabic =
        ComparisonExporter(compare(QStringLiteral("كاري تلتقي ببيغ من جديد."), QStringLiteral("Carrie meets Big again."), QStringLiteral("ar"))).htmlTable();
    CHECK(arabic.contains(QStringLiteral("lang=\"ar\" dir=\"rtl\"")));
    textOfWellFormed(arabic);
}

TEST_CASE("the comparison PDF opens with pdftotext and holds both texts")
{
    LibraryLoader loader;
    const Episode episode = loader.load(LibraryLoader::samplePath())->episodes.constFirst();
    const Comparison comparison = Comparison::of(episode, int(episode.indexOfLanguage(QStringLiteral("it"))),
                                                 int(episode.indexOfLanguage(QStringLiteral("en"))), NameDetector().detect(episode));
    test::Scratch scratch;
    const QString pdf = scratch.path(QStringLiteral("comparison.pdf"));
    REQUIRE(ComparisonExporter(comparison).writePdf(pdf));
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
    REQUIRE(pdftotext.waitForFinished(30000));
    REQUIRE(pdftotext.exitCode() == 0);
    const QString text = QString::fromUtf8(pdftotext.readAllStandardOutput()).simplified();
    CHECK(text.contains(QStringLiteral("Carrie scopre che Big deve subire")));
    CHECK(text.contains(QStringLiteral("Big visits New York for what could be")));
}
