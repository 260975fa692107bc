// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/loaderror.h"
#include "model/episode.h"

#include <optional>

namespace episcope
{

/// Reads Episcope's plain-text format: one synopsis per line, blank lines skipped, and an
/// optional `TAG<TAB>` prefix that declares the line's language ("el\tΟ Μπιγκ …").
/// CRLF, LF and CR all end a line. Languages that are not declared are left "und" for the
/// identifier; the reader itself never guesses.
class PlainTextReader
{
public:
    /// The episode in @p text, titled @p title, or nullopt with error() set when it holds no synopsis.
    [[nodiscard]] std::optional<Episode> read(const QString &text, const QString &title);
    [[nodiscard]] const QString &error() const;

private:
    QString m_error;
};

} // namespace episcope
