// SPDX-License-Identifier: GPL-3.0-or-later
#include "legacyencoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucnv_err.h>

namespace episcope
{

namespace
{

/// One ICU converter for one call: converters keep state and are not thread-safe.
struct Converter {
    explicit Converter(const QByteArray &name)
    {
        UErrorCode status = U_ZERO_ERROR;
        handle = ucnv_open(name.constData(), &status);
        if (U_FAILURE(status))
            handle = nullptr;
    }
    ~Converter()
    {
        if (handle)
            ucnv_close(handle);
    }
    Q_DISABLE_COPY_MOVE(Converter)
    UConverter *handle = nullptr;
};

} // namespace

LegacyEncoding::LegacyEncoding(QByteArray name)
    : m_name(std::move(name))
{
}

LegacyEncoding::~LegacyEncoding() = default;

std::unique_ptr<LegacyEncoding> LegacyEncoding::open(const QByteArray &name)
{
    const Converter probe(name);
    if (!probe.handle)
        return nullptr;
    return std::unique_ptr<LegacyEncoding>(new LegacyEncoding(name));
}

std::optional<QByteArray> LegacyEncoding::encode(const QString &text) const
{
    Converter converter(m_name);
    if (!converter.handle)
        return std::nullopt;
    UErrorCode status = U_ZERO_ERROR;
    ucnv_setFromUCallBack(converter.handle, UCNV_FROM_U_CALLBACK_STOP, nullptr, nullptr, nullptr, &status);
    QByteArray bytes(text.size() * 4 + 4, Qt::Uninitialized);
    const int32_t length =
        ucnv_fromUChars(converter.handle, bytes.data(), int32_t(bytes.size()), reinterpret_cast<const UChar *>(text.utf16()), int32_t(text.size()), &status);
    if (U_FAILURE(status))
        return std::nullopt;
    bytes.truncate(length);
    return bytes;
}

QString LegacyEncoding::decode(const QByteArray &bytes) const
{
    Converter converter(m_name);
    if (!converter.handle)
        return {};
    UErrorCode status = U_ZERO_ERROR;
    QString text(bytes.size() * 2 + 2, Qt::Uninitialized);
    const int32_t length =
        ucnv_toUChars(converter.handle, reinterpret_cast<UChar *>(text.data()), int32_t(text.size()), bytes.constData(), int32_t(bytes.size()), &status);
    if (U_FAILURE(status))
        return {};
    text.truncate(length);
    return text;
}

} // namespace episcope
