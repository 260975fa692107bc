// SPDX-License-Identifier: GPL-3.0-or-later
#include "pathhints.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

namespace episcope
{

PathHints PathHints::forPath(const QString &path)
{
    PathHints hints;
    if (path.startsWith(u':'))
        return hints;
    const QFileInfo info(path);
    static const QRegularExpression seasonEpisode(QStringLiteral("(?:^|[^A-Za-z0-9])[Ss](\\d{1,3})[ ._-]?[Ee](\\d{1,4})(?!\\d)"));
    static const QRegularExpression crossed(QStringLiteral("(?:^|[^0-9])(\\d{1,2})x(\\d{2,3})(?!\\d)"));
    const QString name = info.completeBaseName();
    QRegularExpressionMatch match = seasonEpisode.match(name);
    if (!match.hasMatch())
        match = crossed.match(name);
    if (match.hasMatch()) {
        hints.season = match.captured(1).toInt();
        hints.number = match.captured(2).toInt();
    }

    static const QRegularExpression seasonFolder(QStringLiteral("^(season|staffel|saison|temporada|stagione|kausi|évad|s)[ ._-]*\\d+$|^specials$"),
                                                 QRegularExpression::CaseInsensitiveOption);
    // The series is the folder above a season folder ("Show/Season 01/…"), or the folder of a file
    // named like an episode ("Show/Show - S01E02.nfo"); any other folder says nothing.
    // Worked out from the path alone: it need not exist (and a folder is never listed).
    QString folder = QDir::cleanPath(info.absolutePath());
    const bool inSeasonFolder = seasonFolder.match(QFileInfo(folder).fileName()).hasMatch();
    if (inSeasonFolder)
        folder = QFileInfo(folder).path();
    const QString seriesFolder = QFileInfo(folder).fileName();
    if ((inSeasonFolder || hints.number >= 0) && !seriesFolder.isEmpty())
        hints.series = seriesFolder;
    return hints;
}

} // namespace episcope
