// SPDX-License-Identifier: GPL-3.0-or-later
// The one header tests include for Catch2: the same macros on v2 (Debian 12) and v3 (Debian 13),
// and printers so failed assertions show QString and QByteArray values.
#pragma once

#if EPISCOPE_CATCH2_MAJOR >= 3
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/catch_tostring.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#else
#include <catch2/catch.hpp>
#endif

#include <QByteArray>
#include <QSize>
#include <QString>
#include <QStringList>

namespace Catch
{
template<> struct StringMaker<QString> {
    static std::string convert(const QString &value)
    {
        return '"' + value.toStdString() + '"';
    }
};
template<> struct StringMaker<QByteArray> {
    static std::string convert(const QByteArray &value)
    {
        return '"' + value.left(200).toStdString() + (value.size() > 200 ? "…\"" : "\"");
    }
};
template<> struct StringMaker<QStringList> {
    static std::string convert(const QStringList &value)
    {
        return '[' + value.join(QStringLiteral(", ")).toStdString() + ']';
    }
};
template<> struct StringMaker<QSize> {
    static std::string convert(const QSize &value)
    {
        return std::to_string(value.width()) + 'x' + std::to_string(value.height());
    }
};
} // namespace Catch

#if EPISCOPE_CATCH2_MAJOR >= 3
using Catch::Approx; // v2 declares Approx in the global namespace itself
#endif
