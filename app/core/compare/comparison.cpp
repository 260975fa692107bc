// SPDX-License-Identifier: GPL-3.0-or-later
#include "comparison.h"

#include "language/languagetag.h"
#include "spelling/wordtokenizer.h"

#include <QHash>

namespace episcope
{

namespace
{

bool opensQuote(QChar c)
{
    return QStringLiteral("«\"“„‘'([¿¡").contains(c);
}

/// Capitalised words inside a sentence (not its first word, not just after an opening quote)
/// that are not forms of a name other synopses share: names this synopsis alone mentions.
QStringList lonelyNames(const QString &text, const QList<Sentence> &sentences, const QSet<QString> &knownForms)
{
    QStringList names;
    for (const Sentence &sentence : sentences) {
        const QStringView body = QStringView(text).sliced(sentence.start, sentence.length);
        const QList<WordSpan> words = WordTokenizer::words(body);
        for (qsizetype w = 1; w < words.size(); ++w) {
            const QString word = body.sliced(words.at(w).start, words.at(w).length).toString();
            const qsizetype before = words.at(w).start - 1;
            const bool quoted = before >= 0 && (opensQuote(body[before]) || (before > 0 && body[before].isSpace() && opensQuote(body[before - 1])));
            const bool capitalised = word.size() >= 2 && word.at(0).isUpper() && word.mid(1) != word.mid(1).toUpper();
            if (capitalised && !quoted && !knownForms.contains(word) && !names.contains(word))
                names.append(word);
        }
    }
    return names;
}

/// Keys (name labels, numbers) that can anchor the alignment, per sentence.
QList<AlignableSentence> alignable(const QString &text, const QList<Sentence> &sentences, const QHash<QString, QString> &labelOfForm)
{
    QList<AlignableSentence> result;
    for (const Sentence &sentence : sentences) {
        AlignableSentence item { sentence.length, {} };
        const QStringView body = QStringView(text).sliced(sentence.start, sentence.length);
        for (const WordSpan &span : WordTokenizer::words(body)) {
            const QString word = body.sliced(span.start, span.length).toString();
            const auto label = labelOfForm.constFind(word);
            if (label != labelOfForm.cend())
                item.anchors.insert(*label);
        }
        qsizetype digits = -1;
        for (qsizetype i = 0; i <= body.size(); ++i) {
            const bool digit = i < body.size() && body[i].isDigit();
            if (digit && digits < 0)
                digits = i;
            if (!digit && digits >= 0) {
                item.anchors.insert(body.sliced(digits, i - digits).toString());
                digits = -1;
            }
        }
        result.append(item);
    }
    return result;
}

} // namespace

double Comparison::lengthRatio() const
{
    return left.text.isEmpty() ? 0.0 : double(right.text.size()) / double(left.text.size());
}

QString Comparison::leftSentence(int index) const
{
    const Sentence &sentence = leftSentences.at(index);
    return left.text.mid(sentence.start, sentence.length);
}

QString Comparison::rightSentence(int index) const
{
    const Sentence &sentence = rightSentences.at(index);
    return right.text.mid(sentence.start, sentence.length);
}

Comparison Comparison::of(const Episode &episode, int leftRow, int rightRow, const QList<DetectedName> &names)
{
    Comparison comparison;
    comparison.left = episode.translations.at(leftRow);
    comparison.right = episode.translations.at(rightRow);
    comparison.leftSentences = SentenceSplitter::split(comparison.left.text, comparison.left.languageTag);
    comparison.rightSentences = SentenceSplitter::split(comparison.right.text, comparison.right.languageTag);

    QHash<QString, QString> leftLabels;
    QHash<QString, QString> rightLabels;
    QSet<QString> leftForms;
    QSet<QString> rightForms;
    for (const DetectedName &name : names) {
        const QStringList inLeft = name.forms.value(leftRow);
        const QStringList inRight = name.forms.value(rightRow);
        for (const QString &form : inLeft) {
            leftLabels.insert(form, name.label);
            leftForms.insert(form);
        }
        for (const QString &form : inRight) {
            rightLabels.insert(form, name.label);
            rightForms.insert(form);
        }
        if (!inLeft.isEmpty() && !inRight.isEmpty())
            comparison.namesInBoth.append(SharedName { name.label, inLeft, inRight, int(comparison.namesInBoth.size()) });
        else if (!inLeft.isEmpty())
            comparison.namesOnlyLeft.append(name.label);
        else if (!inRight.isEmpty())
            comparison.namesOnlyRight.append(name.label);
    }
    // German and Luxembourgish capitalise every noun: there a capital says nothing about names.
    const auto capitalisesNouns = [](const QString &tag) {
        const QString language = LanguageTag::primaryLanguage(tag);
        return language == u"de" || language == u"lb";
    };
    if (leftRow != rightRow) {
        if (!capitalisesNouns(comparison.left.languageTag))
            comparison.namesOnlyLeft += lonelyNames(comparison.left.text, comparison.leftSentences, leftForms);
        if (!capitalisesNouns(comparison.right.languageTag))
            comparison.namesOnlyRight += lonelyNames(comparison.right.text, comparison.rightSentences, rightForms);
    }

    comparison.rows = Aligner::align(alignable(comparison.left.text, comparison.leftSentences, leftLabels),
                                     alignable(comparison.right.text, comparison.rightSentences, rightLabels));
    return comparison;
}

} // namespace episcope
