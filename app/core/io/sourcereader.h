// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/sourceproblem.h"
#include "model/library.h"

#include <QCoreApplication>

#include <optional>

namespace episcope
{

/// Turns the decoded text of a file into episodes, recognising the format by content, never by
/// the file's name: JSON from TMDB, TheTVDB or Trakt, a Kodi NFO, or Episcope's plain text.
class SourceReader
{
    Q_DECLARE_TR_FUNCTIONS(SourceReader)

public:
    struct Result {
        Library::Format format = Library::Format::PlainText;
        QList<Episode> episodes;
    };

    /// The episodes in @p text; @p title names an episode the text does not name (plain text).
    [[nodiscard]] static std::optional<Result> read(const QString &text, const QString &title, SourceReport &report);
};

} // namespace episcope
