// SPDX-License-Identifier: GPL-3.0-or-later
#include "qualityflag.h"

#include <utility>

namespace episcope
{

QStringList QualityReport::keys() const
{
    static const std::pair<QualityFlag, const char16_t *> names[] = {
        { QualityFlag::EmptySynopsis, u"empty-synopsis" },
        { QualityFlag::PlaceholderTitle, u"placeholder-title" },
        { QualityFlag::LanguageMismatch, u"language-mismatch" },
        { QualityFlag::ScriptMismatch, u"script-mismatch" },
        { QualityFlag::MuchShorter, u"much-shorter" },
        { QualityFlag::SameText, u"same-text" },
        { QualityFlag::DuplicateLanguage, u"duplicate-language" },
        { QualityFlag::Fallback, u"fallback" },
    };
    QStringList result;
    for (const auto &[flag, name] : names) {
        if (flags.testFlag(flag))
            result.append(QString::fromUtf16(name));
    }
    return result;
}

} // namespace episcope
