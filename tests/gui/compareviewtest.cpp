// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"
#include "sample.h"

#include "compareview.h"
#include "io/libraryloader.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QScrollBar>
#include <QTabWidget>
#include <QTest>
#include <QTextBlock>
#include <QTextEdit>

using namespace episcope;

namespace
{

QList<qreal> rowTops(const QTextEdit *pane)
{
    QList<qreal> tops;
    for (QTextBlock block = pane->document()->firstBlock(); block.isValid(); block = block.next())
        tops.append(pane->document()->documentLayout()->blockBoundingRect(block).top());
    return tops;
}

} // namespace

TEST_CASE("the compare view lays aligned rows side by side at the same heights")
{
    const Episode episode = test::sampleEpisode();
    CompareView view;
    view.resize(1000, 600);
    view.show();
    REQUIRE(QTest::qWaitForWindowExposed(&view));
    view.setEpisode(episode, NameDetector().detect(episode), nullptr);
    view.compare(test::rowOf(episode, QStringLiteral("el")), test::rowOf(episode, QStringLiteral("de")));
    QTest::qWait(50);

    const QList<qreal> left = rowTops(view.leftPane());
    const QList<qreal> right = rowTops(view.rightPane());
    REQUIRE(left.size() == view.comparison().rows.size());
    REQUIRE(right.size() == left.size());
    for (qsizetype i = 0; i < left.size(); ++i) {
        INFO("row " << i);
        CHECK(std::abs(left.at(i) - right.at(i)) < 1.0);
    }
    CHECK(view.summary().contains(QStringLiteral("names in both: Big, Samantha")));
}

TEST_CASE("swapping sides and comparing a language with itself keep a sensible view")
{
    const Episode episode = test::sampleEpisode();
    CompareView view;
    view.resize(900, 500);
    view.show();
    view.setEpisode(episode, NameDetector().detect(episode), nullptr);
    const int italian = test::rowOf(episode, QStringLiteral("it"));
    const int english = test::rowOf(episode, QStringLiteral("en"));
    view.compare(italian, english);
    CHECK(view.leftPane()->toPlainText().startsWith(QStringLiteral("Carrie scopre")));
    view.swapAction()->trigger();
    CHECK(view.leftPane()->toPlainText().startsWith(QStringLiteral("Big visits")));
    CHECK(view.comparison().namesOnlyRight.contains(QStringLiteral("Debbie")));

    view.compare(english, english);
    CHECK(view.leftPane()->toPlainText() == view.rightPane()->toPlainText());
}

TEST_CASE("the panes of the compare view scroll together")
{
    Episode episode;
    Translation left;
    left.languageTag = QStringLiteral("en");
    for (int i = 0; i < 60; ++i)
        left.text += QStringLiteral("Carrie meets Big in sentence number %1. ").arg(i);
    Translation right = left;
    right.languageTag = QStringLiteral("de");
    episode.translations = { left, right };
    CompareView view;
    view.resize(700, 300);
    view.show();
    view.setEpisode(episode, NameDetector().detect(episode), nullptr);
    view.compare(0, 1);
    QTest::qWait(50);
    QScrollBar *leftBar = view.leftPane()->verticalScrollBar();
    REQUIRE(leftBar->maximum() > 0);
    leftBar->setValue(leftBar->maximum() / 2);
    CHECK(view.rightPane()->verticalScrollBar()->value() == leftBar->value());
}

TEST_CASE("copy as table puts an HTML table and tab-separated text on the clipboard")
{
    const Episode episode = test::sampleEpisode();
    CompareView view;
    view.setEpisode(episode, NameDetector().detect(episode), nullptr);
    view.compare(test::rowOf(episode, QStringLiteral("en")), test::rowOf(episode, QStringLiteral("es")));
    view.copyTable();
    const QMimeData *data = QGuiApplication::clipboard()->mimeData();
    REQUIRE(data);
    CHECK(data->html().startsWith(QStringLiteral("<table")));
    CHECK(data->text().contains(u'\t'));
    CHECK(data->text().contains(QStringLiteral("Mientras tanto, Miranda")));
}

TEST_CASE("rows stay level when the comparison was made while the view was hidden")
{
    const Episode episode = test::sampleEpisode();
    QTabWidget tabs;
    tabs.resize(1100, 650);
    tabs.addTab(new QWidget, QStringLiteral("read"));
    auto *view = new CompareView;
    tabs.addTab(view, QStringLiteral("compare"));
    tabs.show();
    REQUIRE(QTest::qWaitForWindowExposed(&tabs));
    view->setEpisode(episode, NameDetector().detect(episode), nullptr);
    view->compare(test::rowOf(episode, QStringLiteral("el")), test::rowOf(episode, QStringLiteral("de")));
    tabs.setCurrentWidget(view);
    QTest::qWait(100);
    const QList<qreal> left = rowTops(view->leftPane());
    const QList<qreal> right = rowTops(view->rightPane());
    REQUIRE(left.size() == right.size());
    for (qsizetype i = 0; i < left.size(); ++i) {
        INFO("row " << i << ": " << left.at(i) << " vs " << right.at(i));
        CHECK(std::abs(left.at(i) - right.at(i)) < 1.0);
    }
}
