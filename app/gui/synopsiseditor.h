// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "spelling/misspellingfinder.h"

#include <QTextEdit>

namespace episcope
{

class SpellHighlighter;

/// The text area of a synopsis pane: a QTextEdit over SafeTextDocuments that takes and gives
/// plain text only. Pasting or dropping rich text inserts its characters, never its markup; a
/// synopsis is one line, so line breaks typed or pasted become spaces. Its context menu offers
/// the spell checker's suggestions for the word under the mouse, Add to Dictionary and Ignore.
class SynopsisEditor : public QTextEdit
{
    Q_OBJECT
public:
    explicit SynopsisEditor(QWidget *parent = nullptr);

    /// The highlighter of the current document (not owned; null for none), asked for the word under the mouse.
    void setHighlighter(SpellHighlighter *highlighter);
    /// Replaces @p misspelling (document positions) with @p replacement as one undoable edit.
    void replace(const Misspelling &misspelling, const QString &replacement);

Q_SIGNALS:
    void replacementChosen(const episcope::Misspelling &misspelling, const QString &replacement);
    void addToDictionaryRequested(const QString &word);
    void ignoreRequested(const QString &word);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;
    QVariant loadResource(int type, const QUrl &name) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;

private:
    void addSpellingActions(QMenu *menu, const Misspelling &misspelling);

    SpellHighlighter *m_highlighter = nullptr;
};

} // namespace episcope
