// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"

#include "text/displaytext.h"
#include "text/textdirection.h"
#include "text/textstatistics.h"

using namespace episcope;

TEST_CASE("words are counted as a reader counts them, punctuation aside")
{
    CHECK(TextStatistics::of(QStringLiteral("Big visits New York... Dr. Robert; Charlotte!")).words == 7);
    CHECK(TextStatistics::of(QStringLiteral("Ο Μπιγκ επισκέπτεται τη Νέα Υόρκη")).words == 6);
    CHECK(TextStatistics::of(QStringLiteral(" -- ... ")).words == 0);
}

TEST_CASE("characters are user-perceived: a combining accent or an emoji sequence is one")
{
    CHECK(TextStatistics::of(QStringLiteral("Cafe\u0301")).characters == 4);
    CHECK(TextStatistics::of(QStringLiteral("👩‍👩‍👧")).characters == 1);
    CHECK(TextStatistics::of(QStringLiteral("Ελληνικά")).characters == 8);
}

TEST_CASE("a synopsis longer than the display limit is cut for display only, never inside a character")
{
    CHECK_FALSE(DisplayText::of(QStringLiteral("short")).truncated);

    // Ordinary prose: up to DisplayText::Limit characters, so a 5,000-word synopsis stays editable.
    const QString prose = QStringLiteral("Carrie und Big sitzen in einem Restaurant. ").repeated(1000).trimmed();
    CHECK_FALSE(DisplayText::of(prose).truncated);
    QString longProse =
        QString(QStringLiteral("Big ")).repeated(DisplayText::Limit / 4 - 1) + QStringLiteral("Big😀") + QString(50, u'b'); // the emoji straddles the limit
    const DisplayText shown = DisplayText::of(longProse);
    CHECK(shown.truncated);
    CHECK(shown.fullLength == longProse.size());
    CHECK(shown.text.size() == DisplayText::Limit - 1);
    CHECK_FALSE(shown.text.back().isHighSurrogate());

    // Text the layout handles badly gets the hard limit.
    const QString unbroken(DisplayText::HardLimit * 3, u'a');
    CHECK(DisplayText::of(unbroken).text.size() == DisplayText::HardLimit);
    const QString flood = u'a' + QString(100000, QChar(0x0301));
    const DisplayText capped = DisplayText::of(flood);
    CHECK(capped.truncated);
    CHECK(capped.text.size() <= DisplayText::HardLimit);
}

TEST_CASE("text direction follows the first strong character, then the language")
{
    CHECK(textDirection(QStringLiteral("كاري تلتقي ببيغ"), QStringLiteral("ar")) == Qt::RightToLeft);
    CHECK(textDirection(QStringLiteral("\"Big\" קארי"), QStringLiteral("he")) == Qt::LeftToRight);
    CHECK(textDirection(QStringLiteral("2024 – 42"), QStringLiteral("he")) == Qt::RightToLeft);
    CHECK(textDirection(QStringLiteral("2024 – 42"), QStringLiteral("de")) == Qt::LeftToRight);
}
