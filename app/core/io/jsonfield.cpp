// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonfield.h"

#include <QCoreApplication>

#include <cmath>

namespace episcope
{

JsonField jsonField(const JsonValue *object, QStringView key, QList<SourceProblem> &warnings)
{
    const JsonValue *value = object ? object->member(key) : nullptr;
    if (!value)
        return {};
    if (value->isString())
        return { value->string, value->offset, value->length };
    if (value->isNull())
        return { QString(), value->offset, value->length };
    warnings.append(
        { QCoreApplication::translate("episcope::JsonField", "\"%1\" is %2, not text; it is ignored").arg(key.toString(), value->typeName()), value->offset });
    return {};
}

Translation declaredTranslation(const QString &code, const QString &tag)
{
    Translation translation;
    translation.declaredCode = code;
    translation.languageTag = tag;
    translation.origin = LanguageOrigin::Declared;
    translation.confidence = 1.0;
    translation.reliable = true;
    return translation;
}

void setSynopsis(Translation &translation, const JsonField &field)
{
    translation.text = field.text;
    translation.sourceOffset = field.offset;
    translation.sourceLength = field.length;
}

int jsonInteger(const JsonValue *object, QStringView key)
{
    const JsonValue *value = object ? object->member(key) : nullptr;
    if (value && value->isString()) {
        bool ok = false;
        const int number = value->string.trimmed().toInt(&ok);
        return ok && number >= 0 ? number : -1;
    }
    if (!value || !value->isNumber() || value->number < 0 || value->number > 1e6 || std::floor(value->number) != value->number)
        return -1;
    return int(value->number);
}

QString jsonId(const JsonValue *object, QStringView key)
{
    const JsonValue *value = object ? object->member(key) : nullptr;
    if (value && value->isString())
        return value->string;
    if (value && value->isNumber() && std::abs(value->number) < 1e15)
        return QString::number(qint64(value->number));
    return {};
}

} // namespace episcope
