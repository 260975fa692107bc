// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"

#include "text/safetextdocument.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextFragment>
#include <QUrl>

using namespace episcope;

TEST_CASE("markup inserted as text stays text: no image, no bold, no link")
{
    const QString hostile = QStringLiteral("hello <b>x</b><img src=\"/dev/zero\"><a href=\"file:///etc/passwd\">y</a>");
    SafeTextDocument document;
    QTextCursor(&document).insertText(hostile);
    CHECK(document.toPlainText() == hostile);
    for (QTextBlock block = document.begin(); block.isValid(); block = block.next()) {
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextCharFormat format = it.fragment().charFormat();
            CHECK_FALSE(format.isImageFormat());
            CHECK_FALSE(format.isAnchor());
            CHECK(format.fontWeight() != QFont::Bold);
        }
    }
}

TEST_CASE("the document refuses to load any resource, even when asked directly")
{
    SafeTextDocument document;
    CHECK_FALSE(document.resource(QTextDocument::ImageResource, QUrl(QStringLiteral("file:///dev/zero"))).isValid());
    CHECK_FALSE(document.resource(QTextDocument::StyleSheetResource, QUrl(QStringLiteral("file:///etc/passwd"))).isValid());
}
