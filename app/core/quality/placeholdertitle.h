// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace episcope
{

/// Recognises the titles databases invent when nobody wrote one: a word for "episode" and a
/// number ("Episode 4", "Folge 4", "Episodul 4", "Епизода 4", "第4話", "4. epizód"), alone or
/// before a " : " and more ("Bölüm 4 : …"), or nothing but a number or "TBA".
class PlaceholderTitle
{
public:
    /// True when @p title is such a placeholder in the language of @p languageTag (any language's
    /// pattern is tried too: a placeholder is often left in the source language).
    [[nodiscard]] static bool matches(const QString &title, const QString &languageTag);
};

} // namespace episcope
