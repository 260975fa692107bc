// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "io/sourceproblem.h"
#include "model/episode.h"

#include <QCoreApplication>

#include <optional>

class QXmlStreamReader;

namespace episcope
{

/// Reads Kodi NFO files: `<episodedetails>` (one, several one after another as Kodi writes
/// multi-episode files, or several inside `<episodes>`) and `<tvshow>`; `<movie>` too. The
/// synopsis is `<plot>` (`<outline>` when there is no plot). NFO declares no language, so every
/// row is left to the identifier. DOCTYPEs that declare entities are refused: nothing is expanded
/// and nothing is fetched.
class NfoReader
{
    Q_DECLARE_TR_FUNCTIONS(NfoReader)

public:
    static constexpr int MaxDepth = 64;

    /// True when the first thing in @p text is a tag.
    [[nodiscard]] static bool recognizes(QStringView text);
    [[nodiscard]] static std::optional<QList<Episode>> read(const QString &text, SourceReport &report);

private:
    static bool readDocument(const QString &text, qsizetype base, QList<Episode> &episodes, qsizetype &end, SourceReport &report);
    static bool readItem(QXmlStreamReader &xml, const QString &text, qsizetype base, Episode &episode, SourceReport &report);
};

} // namespace episcope
