// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "text/textstatistics.h"

#include <QFutureWatcher>
#include <QHash>
#include <QWidget>

class QComboBox;
class QLabel;

namespace episcope
{

struct LanguageInfo;
struct Misspelling;
struct Translation;
class MisspellingFinder;
class SafeTextDocument;
class SpellHighlighter;
class SynopsisEditor;

/// Shows one synopsis: a heading with the language's native and English names, how the language
/// is known, the text laid out in its own direction with misspellings underlined, its word and
/// character counts, and the dictionary it is checked with (which the user may change).
///
/// Each translation gets its own document the first time it is shown, kept until reset(), so
/// edits and their undo history survive moving to another language and back. Very long
/// synopses are shown up to DisplayText::Limit characters, read-only, with a notice; their
/// counts are made on a worker thread.
class SynopsisPane : public QWidget
{
    Q_OBJECT
public:
    /// Synopses longer than this many UTF-16 units are counted on a worker thread.
    static constexpr qsizetype SynchronousCountLimit = 100000;

    explicit SynopsisPane(QWidget *parent = nullptr);

    /// Shows translation @p row of the episode (its kept document if it has one).
    void showTranslation(int row, const Translation &translation, const LanguageInfo &info);
    /// Sentences shown above the synopsis about its quality (set before showTranslation()).
    void setQualityMessages(const QStringList &messages);
    /// Selects characters [@p offset, @p offset + @p length) of the shown synopsis and scrolls to them.
    void select(qsizetype offset, qsizetype length);
    /// Empties the pane and shows @p placeholder in its heading and @p hint below it.
    void clear(const QString &placeholder, const QString &hint = {});
    /// Forgets every kept document (another file was opened, or the file was reloaded).
    void reset();

    /// Spell-checks the shown synopsis with @p finder (not owned; null or inactive: no checking).
    /// @p dictionaries fill the dictionary chooser; @p chosen is the user's choice (empty for
    /// automatic, whose dictionary is @p automatic); @p unavailable explains a missing dictionary.
    void setSpelling(MisspellingFinder *finder, const QStringList &dictionaries, const QString &chosen, const QString &automatic, const QString &unavailable);
    /// Checks the shown synopsis again (after a word was added or ignored).
    void recheck();
    /// The font synopses are shown in (Settings, zoom); the pane shows it a little larger than the UI's.
    void setTextFont(const QFont &font);

    /// Edit mode: off by default. Synopses shown cut to the display limit stay read-only.
    void setEditable(bool editable);
    [[nodiscard]] bool isEditable() const;
    /// The shown synopsis can be edited (it is not cut for display).
    [[nodiscard]] bool canEdit() const;
    [[nodiscard]] int currentRow() const;

    [[nodiscard]] SynopsisEditor *editor() const;
    [[nodiscard]] SpellHighlighter *highlighter() const;
    [[nodiscard]] QString heading() const;
    [[nodiscard]] QString details() const;
    [[nodiscard]] QString counts() const;
    [[nodiscard]] QString notice() const;
    [[nodiscard]] QString spellingStatus() const;

    /// The value of the dictionary chooser meaning "do not check this synopsis".
    [[nodiscard]] static QString noDictionary();

Q_SIGNALS:
    void textEdited(int row, const QString &text);
    /// @p dictionary empty: automatic; noDictionary(): no checking.
    void dictionaryChosen(int row, const QString &dictionary);
    void addToDictionaryRequested(int row, const QString &word);
    void ignoreRequested(int row, const QString &word);
    /// The user picked a suggestion while not in edit mode; the replacement follows once editing is on.
    void editingRequested();

private:
    struct Page {
        SafeTextDocument *document = nullptr;
        SpellHighlighter *highlighter = nullptr;
        bool truncated = false;
    };

    Page &pageFor(int row, const Translation &translation, Qt::LayoutDirection direction);
    void showCounts(const TextStatistics &statistics);
    void updateCounts(const QString &text);
    void updateSpellingStatus();
    void applyReplacement(const Misspelling &misspelling, const QString &replacement);

    QHash<int, Page> m_pages;
    QFont m_textFont;
    int m_row = -1;
    bool m_editable = false;
    QString m_unavailable;
    QStringList m_quality;
    QFutureWatcher<TextStatistics> m_counting;
    QLabel *m_heading;
    QLabel *m_details;
    QLabel *m_notice;
    SynopsisEditor *m_editor;
    SafeTextDocument *m_blank;
    QLabel *m_counts;
    QLabel *m_spelling;
    QComboBox *m_dictionary;
};

} // namespace episcope
