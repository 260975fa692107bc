// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace episcope
{

/// Picks a dictionary for a language tag from what an engine has, and says what to install when
/// there is none.
class DictionaryChooser
{
public:
    /// Dictionary names to try for @p languageTag, best first: the tag itself ("pt_BR"), the
    /// language's likely region ("el" → "el_GR", "pt" → "pt_BR"), then the bare language ("pt").
    [[nodiscard]] static QStringList candidates(const QString &languageTag);
    /// From @p available: the tag itself or its likely region, else another region of the same
    /// language ("pt-BR" → "pt_PT"), else the bare language, else empty.
    [[nodiscard]] static QString choose(const QString &languageTag, const QStringList &available);
    /// The Debian package that provides a dictionary for @p languageTag ("voikko-fi", "hunspell-de-de").
    [[nodiscard]] static QString packageFor(const QString &languageTag);
};

} // namespace episcope
