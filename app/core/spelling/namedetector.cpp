// SPDX-License-Identifier: GPL-3.0-or-later
#include "namedetector.h"

#include "wordtokenizer.h"

#include <QHash>

#include <numeric>
#include <unicode/translit.h>
#include <unicode/unistr.h>

namespace episcope
{

namespace
{

struct Candidate {
    int translation = 0;
    QString form;
    QString key; ///< latinKey(form)
    QString skeleton;
    bool latin = true; ///< written in Latin script
};

bool isLatinWord(const QString &word)
{
    for (const QChar c : word) {
        if (c.isLetter() && c.script() != QChar::Script_Latin)
            return false;
    }
    return true;
}

bool looksLikeName(const QString &word)
{
    if (word.size() < 2 || !(word.at(0).isUpper() || word.at(0).isTitleCase()))
        return false;
    for (qsizetype i = 1; i < word.size(); ++i) {
        if (word.at(i).isLower())
            return true;
    }
    return false; // all capitals: an acronym, not a name
}

/// @p longer is @p shorter plus an inflectional ending of at most @p maxEnding letters.
bool isInflection(const QString &shorter, const QString &longer, qsizetype minStem, qsizetype maxEnding)
{
    return shorter.size() >= minStem && longer.size() > shorter.size() && longer.size() - shorter.size() <= maxEnding && longer.startsWith(shorter);
}

bool sameName(const Candidate &a, const Candidate &b)
{
    if (a.key == b.key)
        return true;
    const auto &[shortKey, longKey] = a.key.size() <= b.key.size() ? std::pair { a.key, b.key } : std::pair { b.key, a.key };
    if (isInflection(shortKey, longKey, 3, 4))
        return true;
    if (a.latin && b.latin)
        return false; // same script: spelling must agree; sound-alikes only bridge scripts
    if (a.skeleton.size() >= 2 && a.skeleton == b.skeleton)
        return true;
    const auto &[shortSkeleton, longSkeleton] =
        a.skeleton.size() <= b.skeleton.size() ? std::pair { a.skeleton, b.skeleton } : std::pair { b.skeleton, a.skeleton };
    return isInflection(shortSkeleton, longSkeleton, 3, 1);
}

/// Greek digraphs that spell foreign b, d and g ("Μπιγκ" is "Big"), which ICU's letter-by-letter
/// transliteration would turn into "mpigk".
QString withGreekDigraphs(const QString &word)
{
    QString lower = word.toLower();
    lower.replace(QStringLiteral("μπ"), QStringLiteral("b"));
    lower.replace(QStringLiteral("ντ"), QStringLiteral("nd"));
    lower.replace(QStringLiteral("γκ"), QStringLiteral("g"));
    lower.replace(QStringLiteral("γγ"), QStringLiteral("ng"));
    return lower;
}

int root(QList<int> &parent, int i)
{
    while (parent[i] != i)
        i = parent[i] = parent[parent[i]];
    return i;
}

} // namespace

NameDetector::NameDetector()
{
    UErrorCode status = U_ZERO_ERROR;
    m_toLatin.reset(
        icu::Transliterator::createInstance(icu::UnicodeString::fromUTF8("Greek-Latin/UNGEGN; Any-Latin; Latin-ASCII; Any-Lower"), UTRANS_FORWARD, status));
    if (U_FAILURE(status))
        m_toLatin.reset();
}

NameDetector::~NameDetector() = default;

QString NameDetector::latinKey(const QString &word) const
{
    const QString prepared = withGreekDigraphs(word);
    if (!m_toLatin)
        return prepared;
    icu::UnicodeString text(reinterpret_cast<const UChar *>(prepared.utf16()), int32_t(prepared.size()));
    m_toLatin->transliterate(text);
    return QString(reinterpret_cast<const QChar *>(text.getBuffer()), text.length());
}

QString NameDetector::skeleton(const QString &latinKey)
{
    QString s = latinKey;
    s.replace(QStringLiteral("sch"), QStringLiteral("s"));
    s.replace(QStringLiteral("sh"), QStringLiteral("s"));
    s.replace(QStringLiteral("ch"), QStringLiteral("s"));
    s.replace(QStringLiteral("th"), QStringLiteral("t"));
    s.replace(QStringLiteral("ph"), QStringLiteral("f"));
    s.replace(QStringLiteral("ck"), QStringLiteral("k"));
    QString result;
    for (qsizetype i = 0; i < s.size(); ++i) {
        QChar c = s.at(i);
        switch (c.unicode()) {
        case u'c':
        case u'q':
            c = u'k';
            break;
        case u'w':
            c = u'v';
            break;
        case u'z':
            c = u's';
            break;
        default:
            break;
        }
        const bool vowel = QStringLiteral("aeiouy").contains(c);
        if (!c.isLetter() || (i > 0 && vowel) || (!result.isEmpty() && result.back() == c))
            continue;
        result.append(c);
    }
    return result;
}

QList<DetectedName> NameDetector::detect(const Episode &episode)
{
    QList<Candidate> candidates;
    for (int t = 0; t < episode.translations.size(); ++t) {
        const QString &text = episode.translations.at(t).text;
        QSet<QString> seen;
        const QList<WordSpan> words = WordTokenizer::words(text);
        for (const WordSpan &span : words) {
            const QString form = text.sliced(span.start, span.length);
            if (!looksLikeName(form) || seen.contains(form) || form.size() > 64)
                continue;
            seen.insert(form);
            Candidate candidate { t, form, latinKey(form), {}, isLatinWord(form) };
            candidate.skeleton = skeleton(candidate.key);
            candidates.append(candidate);
        }
    }

    // Join candidates that name the same thing. Instead of comparing every pair (quadratic in a
    // million-line file), look each candidate's possible partners up: the same key, the key
    // without an ending of up to four letters, the same sound skeleton with or without one more
    // letter (sameName() accepts skeletons only across scripts).
    QList<int> parent(candidates.size());
    std::iota(parent.begin(), parent.end(), 0);
    QMultiHash<QString, int> byKey;
    QMultiHash<QString, int> bySkeleton;
    for (int i = 0; i < candidates.size(); ++i) {
        byKey.insert(candidates.at(i).key, i);
        bySkeleton.insert(candidates.at(i).skeleton, i);
    }
    const auto join = [&](int i, int j) {
        if (candidates.at(i).translation != candidates.at(j).translation && sameName(candidates.at(i), candidates.at(j)))
            parent[root(parent, j)] = root(parent, i);
    };
    for (int i = 0; i < candidates.size(); ++i) {
        const Candidate &candidate = candidates.at(i);
        for (qsizetype ending = 0; ending <= 4 && candidate.key.size() - ending >= 3; ++ending) {
            for (auto it = byKey.constFind(candidate.key.chopped(ending)); it != byKey.cend() && it.key() == candidate.key.chopped(ending); ++it)
                join(i, it.value());
        }
        for (qsizetype ending = 0; ending <= 1 && candidate.skeleton.size() - ending >= 2; ++ending) {
            const QString stem = candidate.skeleton.chopped(ending);
            for (auto it = bySkeleton.constFind(stem); it != bySkeleton.cend() && it.key() == stem; ++it)
                join(i, it.value());
        }
    }

    QHash<int, QList<int>> groups;
    for (int i = 0; i < candidates.size(); ++i)
        groups[root(parent, i)].append(i);

    QList<DetectedName> names;
    for (const QList<int> &members : std::as_const(groups)) {
        DetectedName name;
        QHash<QString, int> latinVotes;
        for (const int i : members) {
            const Candidate &candidate = candidates.at(i);
            name.forms[candidate.translation].append(candidate.form);
            if (candidate.latin)
                ++latinVotes[candidate.form];
        }
        if (name.forms.size() < 2)
            continue;
        name.label = candidates.at(members.constFirst()).form;
        int best = 0;
        for (auto it = latinVotes.cbegin(); it != latinVotes.cend(); ++it) {
            if (it.value() > best || (it.value() == best && it.key().size() < name.label.size())) {
                best = it.value();
                name.label = it.key();
            }
        }
        names.append(name);
    }
    std::sort(names.begin(), names.end(), [](const DetectedName &a, const DetectedName &b) {
        return a.label < b.label;
    });
    return names;
}

QSet<QString> NameDetector::formsIn(const QList<DetectedName> &names, int translation)
{
    QSet<QString> forms;
    for (const DetectedName &name : names) {
        const auto found = name.forms.constFind(translation);
        if (found != name.forms.cend()) {
            for (const QString &form : *found)
                forms.insert(form);
        }
    }
    return forms;
}

} // namespace episcope
