// SPDX-License-Identifier: GPL-3.0-or-later
#include "synopsispane.h"

#include "language/languageinfo.h"
#include "model/translation.h"
#include "spelling/spellhighlighter.h"
#include "synopsiseditor.h"
#include "text/displaytext.h"
#include "text/safetextdocument.h"
#include "text/singleline.h"
#include "text/textdirection.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QTextCursor>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

namespace episcope
{

namespace
{

QLabel *plainLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setTextFormat(Qt::PlainText);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->setWordWrap(true);
    return label;
}

void fill(SafeTextDocument *document, const QString &text, Qt::LayoutDirection direction)
{
    QTextOption option = document->defaultTextOption();
    option.setTextDirection(direction);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    document->setDefaultTextOption(option);
    document->setDocumentMargin(14);

    QTextCursor cursor(document);
    QTextBlockFormat block;
    block.setLayoutDirection(direction);
    block.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    block.setAlignment(direction == Qt::RightToLeft ? Qt::AlignRight | Qt::AlignAbsolute : Qt::AlignLeft | Qt::AlignAbsolute);
    cursor.setBlockFormat(block);
    cursor.insertText(text, QTextCharFormat());
    document->clearUndoRedoStacks();
    document->setModified(false);
}

} // namespace

SynopsisPane::SynopsisPane(QWidget *parent)
    : QWidget(parent)
    , m_heading(plainLabel(this))
    , m_details(plainLabel(this))
    , m_notice(plainLabel(this))
    , m_editor(new SynopsisEditor(this))
    , m_blank(new SafeTextDocument(this))
    , m_counts(plainLabel(this))
    , m_spelling(plainLabel(this))
    , m_dictionary(new QComboBox(this))
{
    QFont headingFont = m_heading->font();
    headingFont.setPointSizeF(headingFont.pointSizeF() * 1.6);
    headingFont.setWeight(QFont::DemiBold);
    m_heading->setFont(headingFont);

    QPalette muted = m_details->palette();
    muted.setColor(QPalette::WindowText, muted.color(QPalette::PlaceholderText));
    m_details->setPalette(muted);
    m_counts->setPalette(muted);
    m_spelling->setPalette(muted);
    m_spelling->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_notice->hide();

    m_editor->setDocument(m_blank);
    m_editor->setAccessibleName(tr("Synopsis"));
    m_heading->setAccessibleName(tr("Language of the synopsis"));
    m_counts->setAccessibleName(tr("Word and character counts"));
    m_spelling->setAccessibleName(tr("Spell-checking"));
    m_dictionary->setAccessibleName(tr("Spell-checking dictionary"));
    m_dictionary->setToolTip(tr("The dictionary this synopsis is checked with"));
    m_dictionary->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_dictionary->setEnabled(false);

    connect(&m_counting, &QFutureWatcher<TextStatistics>::finished, this, [this] {
        if (!m_counting.isCanceled())
            showCounts(m_counting.result());
    });
    connect(m_dictionary, &QComboBox::activated, this, [this](int index) {
        if (m_row >= 0)
            Q_EMIT dictionaryChosen(m_row, m_dictionary->itemData(index).toString());
    });
    connect(m_editor, &SynopsisEditor::replacementChosen, this, &SynopsisPane::applyReplacement);
    connect(m_editor, &SynopsisEditor::addToDictionaryRequested, this, [this](const QString &word) {
        Q_EMIT addToDictionaryRequested(m_row, word);
    });
    connect(m_editor, &SynopsisEditor::ignoreRequested, this, [this](const QString &word) {
        Q_EMIT ignoreRequested(m_row, word);
    });

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_counts, 1);
    footer->addWidget(m_spelling, 1);
    footer->addWidget(m_dictionary);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 4, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_heading);
    layout->addWidget(m_details);
    layout->addWidget(m_notice);
    layout->addWidget(m_editor, 1);
    layout->addLayout(footer);
    setTextFont(m_editor->font());
}

SynopsisPane::Page &SynopsisPane::pageFor(int row, const Translation &translation, Qt::LayoutDirection direction)
{
    auto found = m_pages.find(row);
    if (found != m_pages.end())
        return *found;
    Page page;
    page.document = new SafeTextDocument(this);
    page.document->setDefaultFont(m_textFont);
    const DisplayText shown = DisplayText::of(translation.text);
    page.truncated = shown.truncated;
    fill(page.document, shown.text, direction);
    page.document->setUndoRedoEnabled(true);
    page.highlighter = new SpellHighlighter(page.document);
    connect(page.document, &QTextDocument::contentsChanged, this, [this, row, document = page.document] {
        if (row != m_row || !m_editable)
            return;
        const QString text = document->toPlainText();
        updateCounts(text);
        updateSpellingStatus();
        Q_EMIT textEdited(row, text);
    });
    return *m_pages.insert(row, page);
}

void SynopsisPane::setQualityMessages(const QStringList &messages)
{
    m_quality = messages;
    for (QString &message : m_quality)
        message = QStringLiteral("\u26A0 ") + message.left(1).toUpper() + message.mid(1);
}

void SynopsisPane::select(qsizetype offset, qsizetype length)
{
    QTextCursor cursor(m_editor->document());
    const int end = m_editor->document()->characterCount() - 1;
    cursor.setPosition(int(std::min<qsizetype>(offset, end)));
    cursor.setPosition(int(std::min<qsizetype>(offset + length, end)), QTextCursor::KeepAnchor);
    m_editor->setTextCursor(cursor);
    m_editor->ensureCursorVisible();
}

void SynopsisPane::showTranslation(int row, const Translation &translation, const LanguageInfo &info)
{
    const Qt::LayoutDirection direction = textDirection(translation.text, translation.languageTag);
    const bool sameName = info.nativeName.isEmpty() || info.nativeName == info.displayName;
    m_heading->setText(sameName ? info.displayName
                                : tr("%1 — %2", "native language name — its name in the UI's language (English in the English UI)").arg(info.nativeName, info.displayName));
    m_heading->setLayoutDirection(direction);
    m_details->setLayoutDirection(direction);

    const QLocale locale;
    QString how;
    switch (translation.origin) {
    case LanguageOrigin::Declared:
        how = tr("declared by the file");
        break;
    case LanguageOrigin::Identified:
        how = translation.reliable ? tr("identified from the text, %1 % confident").arg(locale.toString(qRound(translation.confidence * 100)))
                                   : tr("identified from the text, unsure (%1 %)").arg(locale.toString(qRound(translation.confidence * 100)));
        // A close second is worth knowing: Bosnian at 55 % is a different claim with Croatian at 40 %.
        if (!translation.runnerUpTag.isEmpty() && translation.runnerUpScore >= 0.2)
            how += QStringLiteral(" · ")
                + tr("runner-up %1 (%2 %)")
                      .arg(LanguageInfo::forTag(translation.runnerUpTag).displayName, locale.toString(qRound(translation.runnerUpScore * 100)));
        break;
    case LanguageOrigin::Chosen:
        how = translation.identifiedTag.isEmpty() ? tr("chosen by you")
                                                  : tr("chosen by you; the text reads as %1").arg(LanguageInfo::forTag(translation.identifiedTag).displayName);
        break;
    case LanguageOrigin::Unknown:
        how = translation.runnerUpTag.isEmpty() ? tr("language not identified")
                                                : tr("language not identified (perhaps %1)").arg(LanguageInfo::forTag(translation.runnerUpTag).displayName);
        break;
    }
    QStringList parts;
    if (!translation.title.trimmed().isEmpty())
        parts.append(tr("“%1”", "an episode title").arg(singleLine(translation.title)));
    parts.append(translation.languageTag);
    parts.append(how);
    if (!info.displayScript.isEmpty())
        parts.append(tr("%1 script").arg(info.displayScript));
    if (!translation.provider.isEmpty())
        parts.append(translation.provider);
    if (translation.sourceLine > 0)
        parts.append(tr("line %1").arg(translation.sourceLine));
    m_details->setText(parts.join(QStringLiteral(" · ")));

    m_row = row;
    Page &page = pageFor(row, translation, direction);
    QStringList notices;
    if (!translation.textFallback.isEmpty())
        notices.append(
            tr("This row has no synopsis of its own: the text below is borrowed from %1 by your language preferences.").arg(translation.textFallback));
    if (!translation.titleFallback.isEmpty())
        notices.append(tr("The title is borrowed from %1.").arg(translation.titleFallback));
    for (const QString &message : m_quality)
        notices.append(message);
    if (page.truncated)
        notices.append(tr("This synopsis is very long: showing the first %1 of %2 characters, read-only. Copy Synopsis copies all of it.")
                           .arg(locale.toString(page.document->characterCount() - 1), locale.toString(translation.text.size())));
    m_notice->setVisible(!notices.isEmpty());
    m_notice->setText(notices.join(u'\n'));
    m_editor->setDocument(page.document);
    m_editor->setHighlighter(page.highlighter);
    m_editor->setReadOnly(!m_editable || page.truncated);
    m_editor->setTextInteractionFlags(m_editor->isReadOnly() ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard : Qt::TextEditorInteraction);
    m_editor->moveCursor(QTextCursor::Start);
    updateCounts(translation.text);
}

void SynopsisPane::updateCounts(const QString &text)
{
    m_counting.cancel(); // a stale count must not land on this synopsis
    m_counting.setFuture({});
    if (text.size() <= SynchronousCountLimit) {
        showCounts(TextStatistics::of(text));
        return;
    }
    m_counts->setText(tr("Counting words and characters…"));
    m_counting.setFuture(QtConcurrent::run([text] {
        return TextStatistics::of(text);
    }));
}

void SynopsisPane::showCounts(const TextStatistics &statistics)
{
    const QLocale locale;
    m_counts->setText(tr("Words: %1 · Characters: %2").arg(locale.toString(statistics.words), locale.toString(statistics.characters)));
}

void SynopsisPane::setSpelling(MisspellingFinder *finder, const QStringList &dictionaries, const QString &chosen, const QString &automatic,
                               const QString &unavailable)
{
    m_unavailable = unavailable;
    m_dictionary->clear();
    m_dictionary->addItem(automatic.isEmpty() ? tr("Automatic (none)") : tr("Automatic (%1)").arg(automatic), QString());
    for (const QString &dictionary : dictionaries)
        m_dictionary->addItem(dictionary, dictionary);
    m_dictionary->addItem(tr("Do not check"), noDictionary());
    m_dictionary->setCurrentIndex(std::max(0, m_dictionary->findData(chosen)));
    m_dictionary->setEnabled(m_row >= 0);

    const auto page = m_pages.constFind(m_row);
    if (page != m_pages.cend()) {
        page->highlighter->setFinder(finder);
        m_editor->setHighlighter(page->highlighter);
    }
    updateSpellingStatus();
}

void SynopsisPane::setTextFont(const QFont &font)
{
    m_textFont = font;
    m_textFont.setPointSizeF(font.pointSizeF() * 1.15);
    for (const Page &page : std::as_const(m_pages))
        page.document->setDefaultFont(m_textFont);
    m_blank->setDefaultFont(m_textFont);
}

void SynopsisPane::recheck()
{
    const auto page = m_pages.constFind(m_row);
    if (page != m_pages.cend())
        page->highlighter->rehighlight();
    updateSpellingStatus();
}

void SynopsisPane::updateSpellingStatus()
{
    const auto page = m_pages.constFind(m_row);
    MisspellingFinder *finder = page != m_pages.cend() ? page->highlighter->finder() : nullptr;
    if (m_dictionary->currentData().toString() == noDictionary()) {
        m_spelling->setText(tr("Spell-checking is off for this synopsis"));
    } else if (!finder || !finder->isActive()) {
        m_spelling->setText(m_unavailable);
    } else if (page->highlighter->mostlyUnknown()) {
        m_spelling->setText(tr("Most words are not in the %1 dictionary: is the language right?").arg(finder->dictionary()));
    } else {
        const qsizetype count = page->highlighter->misspellings().size();
        m_spelling->setText(count == 0 ? tr("No misspellings") : tr("Misspelled words: %1").arg(QLocale().toString(count)));
    }
}

void SynopsisPane::applyReplacement(const Misspelling &misspelling, const QString &replacement)
{
    if (!m_editable) {
        Q_EMIT editingRequested(); // turns edit mode on through the window's action
        if (!m_editable)
            return;
    }
    m_editor->replace(misspelling, replacement);
}

void SynopsisPane::clear(const QString &placeholder, const QString &hint)
{
    m_counting.cancel();
    m_counting.setFuture({});
    m_row = -1;
    m_heading->setText(placeholder);
    m_heading->setLayoutDirection(layoutDirection());
    m_details->setText(hint);
    m_details->setLayoutDirection(layoutDirection());
    m_notice->hide();
    m_editor->setHighlighter(nullptr);
    m_editor->setDocument(m_blank);
    m_editor->setReadOnly(true);
    m_counts->clear();
    m_spelling->clear();
    m_dictionary->clear();
    m_dictionary->setEnabled(false);
}

void SynopsisPane::reset()
{
    m_editor->setHighlighter(nullptr);
    m_editor->setDocument(m_blank);
    for (const Page &page : std::as_const(m_pages))
        page.document->deleteLater();
    m_pages.clear();
    m_row = -1;
}

void SynopsisPane::setEditable(bool editable)
{
    m_editable = editable;
    const auto page = m_pages.constFind(m_row);
    const bool truncated = page != m_pages.cend() && page->truncated;
    m_editor->setReadOnly(!editable || truncated || m_row < 0);
    m_editor->setTextInteractionFlags(m_editor->isReadOnly() ? Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard : Qt::TextEditorInteraction);
}

bool SynopsisPane::isEditable() const
{
    return m_editable;
}

bool SynopsisPane::canEdit() const
{
    const auto page = m_pages.constFind(m_row);
    return page != m_pages.cend() && !page->truncated;
}

int SynopsisPane::currentRow() const
{
    return m_row;
}

SynopsisEditor *SynopsisPane::editor() const
{
    return m_editor;
}

SpellHighlighter *SynopsisPane::highlighter() const
{
    const auto page = m_pages.constFind(m_row);
    return page != m_pages.cend() ? page->highlighter : nullptr;
}

QString SynopsisPane::heading() const
{
    return m_heading->text();
}

QString SynopsisPane::details() const
{
    return m_details->text();
}

QString SynopsisPane::counts() const
{
    return m_counts->text();
}

QString SynopsisPane::notice() const
{
    return m_notice->isHidden() ? QString() : m_notice->text();
}

QString SynopsisPane::spellingStatus() const
{
    return m_spelling->text();
}

QString SynopsisPane::noDictionary()
{
    return QStringLiteral("-");
}

} // namespace episcope
