// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

#include <memory>
#include <optional>

namespace episcope
{

/// Text to and from a legacy 8-bit encoding by name ("ISO8859-7"), through ICU's converters.
/// Strict: a character the encoding cannot hold is an error, never a silent '?'.
class LegacyEncoding
{
public:
    /// Null when ICU does not know @p name.
    [[nodiscard]] static std::unique_ptr<LegacyEncoding> open(const QByteArray &name);
    ~LegacyEncoding();
    Q_DISABLE_COPY_MOVE(LegacyEncoding)

    [[nodiscard]] std::optional<QByteArray> encode(const QString &text) const;
    [[nodiscard]] QString decode(const QByteArray &bytes) const;

private:
    explicit LegacyEncoding(QByteArray name);
    QByteArray m_name;
};

} // namespace episcope
