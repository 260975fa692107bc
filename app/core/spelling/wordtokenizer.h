// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QStringView>

namespace episcope
{

/// Where a word is in a text, in UTF-16 units.
struct WordSpan {
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const WordSpan &, const WordSpan &) = default;
};

/// Splits text into the words a spell checker should see: Unicode word segments (UAX #29) that
/// contain a letter, split again at full stops inside them ("Dr.Roberttel" is "Dr" and
/// "Roberttel"), without leading or trailing apostrophes. Combining marks and joiners (ZWJ,
/// ZWNJ) stay inside their word.
class WordTokenizer
{
public:
    [[nodiscard]] static QList<WordSpan> words(QStringView text);
};

} // namespace episcope
