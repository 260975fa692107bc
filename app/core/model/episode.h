// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "translation.h"

#include <QList>

namespace episcope
{

/// One episode and its synopses, in the order the source gives them.
struct Episode {
    QString title;
    QList<Translation> translations;

    /// Index of the first translation whose tag equals @p tag (case-insensitively), or -1.
    [[nodiscard]] qsizetype indexOfLanguage(const QString &tag) const;
    /// Like indexOfLanguage(), but a bare language also finds a regional row ("pt" finds "pt-BR").
    [[nodiscard]] qsizetype findLanguage(const QString &tag) const;

    friend bool operator==(const Episode &, const Episode &) = default;
};

} // namespace episcope
