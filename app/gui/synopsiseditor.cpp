// SPDX-License-Identifier: GPL-3.0-or-later
#include "synopsiseditor.h"

#include "spelling/spellhighlighter.h"
#include "text/singleline.h"

#include <QContextMenuEvent>
#include <QMenu>
#include <QMimeData>
#include <QTextCursor>
#include <QTextDocumentFragment>

namespace episcope
{

SynopsisEditor::SynopsisEditor(QWidget *parent)
    : QTextEdit(parent)
{
    setAcceptRichText(false);
    setReadOnly(true);
    setAcceptDrops(false); // a dropped file opens in the window; the window handles drops
    setTabChangesFocus(true);
}

void SynopsisEditor::setHighlighter(SpellHighlighter *highlighter)
{
    m_highlighter = highlighter;
}

void SynopsisEditor::replace(const Misspelling &misspelling, const QString &replacement)
{
    QTextCursor cursor(document());
    cursor.setPosition(int(misspelling.start));
    cursor.setPosition(int(misspelling.start + misspelling.length), QTextCursor::KeepAnchor);
    if (cursor.selectedText() != misspelling.word)
        return; // the text moved under the menu: do not replace the wrong characters
    cursor.insertText(singleLine(replacement));
}

bool SynopsisEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText();
}

void SynopsisEditor::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText())
        textCursor().insertText(singleLine(source->text()));
}

QMimeData *SynopsisEditor::createMimeDataFromSelection() const
{
    auto *data = new QMimeData;
    data->setText(textCursor().selection().toPlainText());
    return data;
}

QVariant SynopsisEditor::loadResource(int type, const QUrl &name)
{
    Q_UNUSED(type)
    Q_UNUSED(name)
    return {};
}

void SynopsisEditor::keyPressEvent(QKeyEvent *event)
{
    if (!isReadOnly() && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter)) {
        event->accept(); // one synopsis is one line
        return;
    }
    QTextEdit::keyPressEvent(event);
}

void SynopsisEditor::contextMenuEvent(QContextMenuEvent *event)
{
    std::unique_ptr<QMenu> menu(createStandardContextMenu(event->pos()));
    if (m_highlighter) {
        const std::optional<Misspelling> misspelling = m_highlighter->misspellingAt(cursorForPosition(event->pos()).position());
        if (misspelling)
            addSpellingActions(menu.get(), *misspelling);
    }
    menu->exec(event->globalPos());
}

void SynopsisEditor::addSpellingActions(QMenu *menu, const Misspelling &misspelling)
{
    QAction *first = menu->actions().value(0);
    const auto insert = [&](QAction *action) {
        menu->insertAction(first, action);
    };
    const QStringList suggestions = m_highlighter->finder() ? m_highlighter->finder()->suggestions(misspelling.word) : QStringList();
    if (suggestions.isEmpty()) {
        auto *none = new QAction(tr("No suggestions"), menu);
        none->setEnabled(false);
        insert(none);
    }
    for (const QString &suggestion : suggestions) {
        auto *action = new QAction(suggestion, menu);
        QFont bold = action->font();
        bold.setBold(true);
        action->setFont(bold);
        connect(action, &QAction::triggered, this, [this, misspelling, suggestion] {
            Q_EMIT replacementChosen(misspelling, suggestion);
        });
        insert(action);
    }
    insert(menu->addSeparator());
    auto *add = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add “%1” to Dictionary").arg(misspelling.word), menu);
    connect(add, &QAction::triggered, this, [this, word = misspelling.word] {
        Q_EMIT addToDictionaryRequested(word);
    });
    insert(add);
    auto *ignore = new QAction(tr("&Ignore “%1”").arg(misspelling.word), menu);
    connect(ignore, &QAction::triggered, this, [this, word = misspelling.word] {
        Q_EMIT ignoreRequested(word);
    });
    insert(ignore);
    insert(menu->addSeparator());
}

} // namespace episcope
