// SPDX-License-Identifier: GPL-3.0-or-later
#include "synopsiseditor.h"

#include "text/safetextdocument.h"

#include <QMimeData>
#include <QTextCursor>
#include <QTextDocumentFragment>

namespace episcope
{

SynopsisEditor::SynopsisEditor(QWidget *parent)
    : QTextEdit(parent)
    , m_document(new SafeTextDocument(this))
{
    setDocument(m_document);
    setAcceptRichText(false);
    setReadOnly(true);
    setAcceptDrops(false); // a dropped file opens in the window; the window handles drops
    setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    setTabChangesFocus(true);
    m_document->setDocumentMargin(14);

    QFont font = this->font();
    font.setPointSizeF(font.pointSizeF() * 1.15);
    m_document->setDefaultFont(font);
}

void SynopsisEditor::showText(const QString &text, Qt::LayoutDirection direction)
{
    m_document->clear();
    QTextOption option = m_document->defaultTextOption();
    option.setTextDirection(direction);
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    m_document->setDefaultTextOption(option);

    QTextCursor cursor(m_document);
    QTextBlockFormat block;
    block.setLayoutDirection(direction);
    block.setLineHeight(140, QTextBlockFormat::ProportionalHeight);
    block.setAlignment(direction == Qt::RightToLeft ? Qt::AlignRight | Qt::AlignAbsolute : Qt::AlignLeft | Qt::AlignAbsolute);
    cursor.setBlockFormat(block);
    cursor.insertText(text, QTextCharFormat());
    moveCursor(QTextCursor::Start);
}

bool SynopsisEditor::canInsertFromMimeData(const QMimeData *source) const
{
    return source->hasText();
}

void SynopsisEditor::insertFromMimeData(const QMimeData *source)
{
    if (source->hasText())
        textCursor().insertText(source->text());
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

} // namespace episcope
