// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholdertitle.h"

#include <QRegularExpression>

namespace episcope
{

bool PlaceholderTitle::matches(const QString &title, const QString &languageTag)
{
    Q_UNUSED(languageTag) // every language's words are tried: an untranslated placeholder is still one
    // The word for "episode" (or "part", "chapter") in the languages databases use, before the number…
    static const QRegularExpression numberAfter(
        QStringLiteral("^(?:episode|ep\\.?|folge|épisode|episodio|episódio|episodul|epizoda|epizod|epizóda|avsnitt|afsnit|aflevering|odcinek|"
                       "jakso|osa|díl|bölüm|capítulo|capitolo|eps|епизода|епизод|эпизод|епізод|серия|серія|епизода|επεισόδιο|פרק|"
                       "الحلقة|حلقة|tập|ตอนที่|에피소드|エピソード)\\s*#?\\d+(?:\\s+:\\s.*)?$"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    // …or after it ("4. epizód", "4화", "第4話", "第4集").
    static const QRegularExpression numberBefore(QStringLiteral("^(?:\\d+\\.?\\s*(?:epizód|rész|jakso|bölüm|화|회)|第\\s*\\d+\\s*[話话集回])$"),
                                                 QRegularExpression::CaseInsensitiveOption | QRegularExpression::UseUnicodePropertiesOption);
    static const QRegularExpression bare(QStringLiteral("^(?:\\d+|tba|tbd|n/a)$"), QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = title.trimmed();
    if (trimmed.isEmpty())
        return false;
    return numberAfter.match(trimmed).hasMatch() || numberBefore.match(trimmed).hasMatch() || bare.match(trimmed).hasMatch();
}

} // namespace episcope
