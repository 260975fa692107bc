// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/jsonvalue.h"
#include "io/sourceproblem.h"
#include "model/translation.h"

namespace episcope
{

/// The text of member @p key of @p object, for a title or a synopsis. A string is taken as it is;
/// null counts as empty; any other type is a warning and counts as empty. The member's span is
/// returned for synopses, so a save can put a string where a string (or null) was.
struct JsonField {
    QString text;
    qsizetype offset = -1; ///< the value's token in the source, -1 when it cannot be edited
    qsizetype length = 0;
};

[[nodiscard]] JsonField jsonField(const JsonValue *object, QStringView key, QList<SourceProblem> &warnings);

/// A row whose language the file declares: @p tag as BCP 47, @p code as the file gives it.
[[nodiscard]] Translation declaredTranslation(const QString &code, const QString &tag);

/// Sets @p translation's synopsis from @p field, span included.
void setSynopsis(Translation &translation, const JsonField &field);

/// The integer in member @p key of @p object, or -1 when it is missing or not a whole number.
[[nodiscard]] int jsonInteger(const JsonValue *object, QStringView key);

/// The member @p key as an id: a number or a string, else empty.
[[nodiscard]] QString jsonId(const JsonValue *object, QStringView key);

} // namespace episcope
