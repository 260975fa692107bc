// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonvalue.h"

#include <QCoreApplication>

namespace episcope
{

const JsonValue *JsonValue::member(QStringView key) const
{
    if (type != Type::Object)
        return nullptr;
    for (qsizetype i = keys.size() - 1; i >= 0; --i) {
        if (keys.at(i) == key)
            return &items.at(i);
    }
    return nullptr;
}

QString JsonValue::text(QStringView key) const
{
    const JsonValue *value = member(key);
    return value && value->isString() ? value->string : QString();
}

QString JsonValue::typeName() const
{
    switch (type) {
    case Type::Null:
        return QCoreApplication::translate("episcope::JsonValue", "null");
    case Type::Bool:
        return QCoreApplication::translate("episcope::JsonValue", "true or false");
    case Type::Number:
        return QCoreApplication::translate("episcope::JsonValue", "a number");
    case Type::String:
        return QCoreApplication::translate("episcope::JsonValue", "a string");
    case Type::Array:
        return QCoreApplication::translate("episcope::JsonValue", "an array");
    case Type::Object:
        return QCoreApplication::translate("episcope::JsonValue", "an object");
    }
    return {};
}

QString jsonQuoted(QStringView text)
{
    QString quoted;
    quoted.reserve(text.size() + 2);
    quoted += u'"';
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        // A surrogate without its other half cannot be encoded as UTF-8: keep it as the escape it came from.
        const bool paired = (c.isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate())
            || (c.isLowSurrogate() && i > 0 && text.at(i - 1).isHighSurrogate());
        if (c.isSurrogate() && !paired) {
            quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            quoted += u"\\\"";
            break;
        case u'\\':
            quoted += u"\\\\";
            break;
        case u'\n':
            quoted += u"\\n";
            break;
        case u'\r':
            quoted += u"\\r";
            break;
        case u'\t':
            quoted += u"\\t";
            break;
        default:
            if (c.unicode() < 0x20 || c.unicode() == 0x2028 || c.unicode() == 0x2029)
                quoted += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
            else
                quoted += c;
        }
    }
    quoted += u'"';
    return quoted;
}

} // namespace episcope
