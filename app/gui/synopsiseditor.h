// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTextEdit>

namespace episcope
{

class SafeTextDocument;

/// The text area of a synopsis pane: a QTextEdit over a SafeTextDocument that takes and gives
/// plain text only. Pasting or dropping rich text inserts its characters, never its markup, and
/// nothing in the document can load a resource.
class SynopsisEditor : public QTextEdit
{
    Q_OBJECT
public:
    explicit SynopsisEditor(QWidget *parent = nullptr);

    /// Replaces the content with @p text laid out in @p direction, by text insertion (never HTML).
    void showText(const QString &text, Qt::LayoutDirection direction);

protected:
    bool canInsertFromMimeData(const QMimeData *source) const override;
    void insertFromMimeData(const QMimeData *source) override;
    QMimeData *createMimeDataFromSelection() const override;
    QVariant loadResource(int type, const QUrl &name) override;

private:
    SafeTextDocument *m_document;
};

} // namespace episcope
