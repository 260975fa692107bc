// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace episcope
{

/// A parsed JSON value that remembers where it was in the source text, so a save can replace one
/// string and leave every other character of the file alone. Objects keep their members in file
/// order, duplicates included.
struct JsonValue {
    enum class Type : quint8 { Null, Bool, Number, String, Array, Object };

    Type type = Type::Null;
    bool boolean = false;
    double number = 0.0;
    QString string; ///< the decoded text of a String
    QList<JsonValue> items; ///< the elements of an Array, or the values of an Object
    QStringList keys; ///< the keys of an Object, parallel to items
    qsizetype offset = 0; ///< where the token starts in the source (UTF-16 units)
    qsizetype length = 0; ///< the token's length, quotes and brackets included

    [[nodiscard]] bool isNull() const
    {
        return type == Type::Null;
    }
    [[nodiscard]] bool isString() const
    {
        return type == Type::String;
    }
    [[nodiscard]] bool isNumber() const
    {
        return type == Type::Number;
    }
    [[nodiscard]] bool isArray() const
    {
        return type == Type::Array;
    }
    [[nodiscard]] bool isObject() const
    {
        return type == Type::Object;
    }

    /// The value of member @p key of an Object (the last one when the key repeats), or nullptr.
    [[nodiscard]] const JsonValue *member(QStringView key) const;
    /// The string of member @p key, or an empty string when it is missing or not a string.
    [[nodiscard]] QString text(QStringView key) const;
    /// What the value is, for messages: "a string", "a number", "null", …
    [[nodiscard]] QString typeName() const;
};

/// @p text as a JSON string token, quotes included: the characters JSON requires are escaped and
/// everything else is kept as it is.
[[nodiscard]] QString jsonQuoted(QStringView text);

} // namespace episcope
