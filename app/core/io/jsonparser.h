// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/jsonvalue.h"
#include "io/sourceproblem.h"

#include <QCoreApplication>

#include <optional>

namespace episcope
{

/// A strict JSON parser (RFC 8259) over decoded text that records where every value is, for
/// lossless editing. Errors carry the offset where parsing stopped, for a line and column in the
/// message. Nesting is capped so a `[[[[…` bomb is an error, not a stack overflow.
class JsonParser
{
    Q_DECLARE_TR_FUNCTIONS(JsonParser)

public:
    static constexpr int MaxDepth = 256;

    using Problem = SourceProblem;

    [[nodiscard]] std::optional<JsonValue> parse(QStringView text);
    /// Why parse() failed.
    [[nodiscard]] const Problem &error() const;
    /// What parse() accepted but a user should know (a key given twice, of which the last counts).
    [[nodiscard]] const QList<Problem> &warnings() const;

private:
    bool parseValue(JsonValue &value, int depth);
    bool parseString(QString &out);
    bool parseNumber(JsonValue &value);
    bool parseContainer(JsonValue &value, int depth);
    bool expectWord(QStringView word);
    void skipSpace();
    bool fail(const QString &message);

    QStringView m_text;
    qsizetype m_pos = 0;
    Problem m_error;
    QList<Problem> m_warnings;
};

} // namespace episcope
