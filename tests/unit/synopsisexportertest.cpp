// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"

#include "export/synopsisexporter.h"

#include <QMimeData>

#include <memory>

using namespace episcope;

namespace
{
Translation translation(const QString &tag, const QString &text)
{
    Translation t;
    t.languageTag = tag;
    t.text = text;
    t.origin = LanguageOrigin::Identified;
    return t;
}
} // namespace

TEST_CASE("copied synopsis carries plain text and HTML with lang and dir")
{
    const std::unique_ptr<QMimeData> data(SynopsisExporter(translation(QStringLiteral("el"), QStringLiteral("Ο Μπιγκ επισκέπτεται"))).mimeData());
    CHECK(data->formats().contains(QStringLiteral("text/plain")));
    CHECK(data->formats().contains(QStringLiteral("text/html")));
    CHECK(data->text() == QStringLiteral("Ο Μπιγκ επισκέπτεται"));
    CHECK(data->html() == QStringLiteral("<p lang=\"el\" dir=\"ltr\">Ο Μπιγκ επισκέπτεται</p>"));
}

TEST_CASE("an Arabic synopsis is exported right-to-left")
{
    const SynopsisExporter exporter(translation(QStringLiteral("ar"), QStringLiteral("كاري تلتقي ببيغ من جديد")));
    CHECK(exporter.htmlFragment().startsWith(QStringLiteral("<p lang=\"ar\" dir=\"rtl\">")));
    CHECK(exporter.htmlPage().contains(QStringLiteral("<html lang=\"ar\" dir=\"rtl\">")));
}

TEST_CASE("markup in a synopsis is exported as the characters it is made of")
{
    const QString hostile = QStringLiteral("hello <b>x</b><img src=\"/dev/zero\"> & <a href=\"file:///etc/passwd\">");
    const SynopsisExporter exporter(translation(QStringLiteral("en\" onclick=\"x"), hostile));
    const QString page = exporter.htmlPage();
    CHECK_FALSE(page.contains(QStringLiteral("<img")));
    CHECK_FALSE(page.contains(QStringLiteral("<b>")));
    CHECK(page.contains(QStringLiteral("&lt;img src=&quot;/dev/zero&quot;&gt;")));
    CHECK_FALSE(page.contains(QStringLiteral("\" onclick")));
    CHECK(exporter.plainText() == hostile);
}

TEST_CASE("Markdown export escapes what Markdown would interpret")
{
    const SynopsisExporter exporter(translation(QStringLiteral("en"), QStringLiteral("# *Big* [link](x) <b>")));
    CHECK(exporter.markdown() == QStringLiteral("## English\n\n\\# \\*Big\\* \\[link\\](x) \\<b\\>\n"));
}
