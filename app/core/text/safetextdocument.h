// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextDocument>

namespace episcope
{

/// A text document that never loads anything: images, style sheets and links in it resolve to
/// nothing. Panes showing synopsis text (untrusted) install it with QTextEdit::setDocument() and
/// fill it with QTextCursor::insertText(), never setHtml(), so `<img src="/dev/zero">` stays
/// seven characters of text and cannot exhaust memory or block on a FIFO.
class SafeTextDocument : public QTextDocument
{
    Q_OBJECT
public:
    explicit SafeTextDocument(QObject *parent = nullptr);

protected:
    QVariant loadResource(int type, const QUrl &name) override;
};

} // namespace episcope
