// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"

#include "language/languageinfo.h"
#include "model/translation.h"
#include "synopsiseditor.h"
#include "synopsispane.h"

#include <QApplication>
#include <QClipboard>
#include <QMimeData>
#include <QTextBlock>

using namespace episcope;

TEST_CASE("the pane heading names the language natively and in English, with how it is known")
{
    SynopsisPane pane;
    Translation finnish;
    finnish.languageTag = QStringLiteral("fi");
    finnish.text = QStringLiteral("Kuinka vaarallinen on avoin sydän?");
    finnish.origin = LanguageOrigin::Identified;
    finnish.confidence = 0.97;
    finnish.reliable = true;
    finnish.sourceLine = 3;
    pane.showTranslation(0, finnish, LanguageInfo::forTag(finnish.languageTag));
    CHECK(pane.heading() == QStringLiteral("Suomi — Finnish"));
    CHECK(pane.details().contains(QStringLiteral("fi · identified from the text, 97 % confident")));
    CHECK(pane.details().contains(QStringLiteral("line 3")));
    CHECK(pane.counts() == QStringLiteral("Words: 5 · Characters: 34"));
    CHECK(pane.notice().isEmpty());
}

TEST_CASE("pasting rich text into a synopsis inserts its characters, not its markup")
{
    SynopsisEditor editor;
    editor.setReadOnly(false);
    auto *rich = new QMimeData; // the clipboard takes ownership
    rich->setHtml(QStringLiteral("<b>bold</b><img src=\"/dev/zero\">"));
    rich->setText(QStringLiteral("bold"));
    QApplication::clipboard()->setMimeData(rich, QClipboard::Clipboard);
    editor.paste();
    CHECK(editor.toPlainText() == QStringLiteral("bold"));
    for (auto it = editor.document()->begin().begin(); !it.atEnd(); ++it) {
        CHECK(it.fragment().charFormat().fontWeight() != QFont::Bold);
        CHECK_FALSE(it.fragment().charFormat().isImageFormat());
    }
}
