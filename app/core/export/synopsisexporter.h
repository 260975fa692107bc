// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/translation.h"

#include <QString>

class QMimeData;

namespace episcope
{

/// One synopsis in the forms it leaves Episcope in: plain text, an HTML fragment or page that
/// carries its `lang` and `dir`, Markdown, and clipboard data. The synopsis text is always
/// escaped: markup in it comes out as the characters it is made of.
class SynopsisExporter
{
public:
    explicit SynopsisExporter(Translation translation);

    [[nodiscard]] QString plainText() const;
    /// `<p lang="…" dir="…">text</p>`, for pasting into a page or a mail.
    [[nodiscard]] QString htmlFragment() const;
    /// A whole UTF-8 HTML page with a heading naming the language.
    [[nodiscard]] QString htmlPage() const;
    [[nodiscard]] QString markdown() const;
    /// text/plain and text/html. The caller owns the result (hand it to QClipboard::setMimeData).
    [[nodiscard]] QMimeData *mimeData() const;

private:
    [[nodiscard]] QString heading() const;

    Translation m_translation;
    QString m_direction; ///< "ltr" or "rtl"
};

} // namespace episcope
