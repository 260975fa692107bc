// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace episcope
{

/// A sentence of a text, in UTF-16 units, without the spaces that follow it.
struct Sentence {
    qsizetype start = 0;
    qsizetype length = 0;
    friend bool operator==(const Sentence &, const Sentence &) = default;
};

/// Splits a synopsis into sentences with ICU's sentence rules for its language (with CLDR's
/// abbreviation suppressions), then joins what ICU splits after a title that precedes a name
/// ("Dr. Robert", "Mr. Big", "Sra. Leeds"). Text without sentence punctuation (or in a script
/// that has other conventions ICU knows, like CJK) is one or more sentences as ICU finds them;
/// empty or blank text has none.
class SentenceSplitter
{
public:
    [[nodiscard]] static QList<Sentence> split(const QString &text, const QString &languageTag);
};

} // namespace episcope
