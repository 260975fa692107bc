// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real episcope-cli on metadata files and series folders: listing with quality checks,
// language preferences, exports and fixing one synopsis in place.
#include "catchsupport.h"
#include "testfiles.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QXmlStreamReader>

using namespace episcope;

namespace
{

struct Run {
    int status = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(EPISCOPE_CLI), arguments);
    REQUIRE(process.waitForStarted());
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

QString metadata(const QString &name)
{
    return test::dataFile(QStringLiteral("metadata/") + name);
}

QJsonDocument parsed(const QByteArray &json)
{
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    INFO(error.errorString().toStdString());
    REQUIRE(error.error == QJsonParseError::NoError);
    return document;
}

/// The "! …" lines printed under the row of @p tag in `list` output.
QStringList checksUnder(const QString &out, const QString &tag)
{
    const QStringList lines = out.split(u'\n');
    QStringList checks;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (!lines.at(i).startsWith(tag + u' '))
            continue;
        for (qsizetype j = i + 1; j < lines.size() && lines.at(j).trimmed().startsWith(u'!'); ++j)
            checks.append(lines.at(j).trimmed());
        break;
    }
    return checks;
}

} // namespace

TEST_CASE("list of a series folder prints every episode and names the broken file with exit status 2")
{
    const Run run = cli({ QStringLiteral("list"), test::dataFile(QStringLiteral("series")) });
    CHECK(run.status == 2);
    for (const char *heading :
         { "Harbour Lights S01E01 The Fog Bell — TMDB", "Harbour Lights S01E01 The Fog Bell — Kodi", "Harbour Lights S01E02 Low Water — TMDB",
           "Harbour Lights S01E02 Niedrigwasser — Kodi", "Harbour Lights S02E01 The Salvage — TMDB", "Harbour Lights — Kodi" }) {
        INFO(heading);
        CHECK(run.out.contains(QString::fromUtf8(heading)));
    }
    CHECK(run.err.contains(QStringLiteral("broken.json:6:")));
    CHECK_FALSE(run.out.contains(QStringLiteral("broken.json")));

    const Run json = cli({ QStringLiteral("list"), QStringLiteral("--json"), test::dataFile(QStringLiteral("series")) });
    CHECK(json.status == 2);
    CHECK(json.err.contains(QStringLiteral("broken.json:6:")));
    const QJsonArray episodes = parsed(json.out.toUtf8()).object().value(QStringLiteral("episodes")).toArray();
    CHECK(episodes.size() == 7);
    QStringList files;
    for (const QJsonValue &episode : episodes) {
        const QString file = episode.toObject().value(QStringLiteral("file")).toString();
        CHECK(QFileInfo::exists(file));
        files.append(QFileInfo(file).fileName());
    }
    CHECK(files.contains(QStringLiteral("tvshow.nfo")));
    CHECK(files.contains(QStringLiteral("Harbour Lights - S02E01.trakt.json")));
    CHECK_FALSE(files.contains(QStringLiteral("broken.json")));
}

TEST_CASE("list shows the quality checks under the rows they are about")
{
    const Run run = cli({ QStringLiteral("list"), metadata(QStringLiteral("tmdb-episode-translations.json")) });
    REQUIRE(run.status == 0);
    const QStringList finnish = checksUnder(run.out, QStringLiteral("fi-FI"));
    INFO(run.out.toStdString());
    CHECK(finnish.contains(QStringLiteral("! no synopsis")));
    const QStringList romanian = checksUnder(run.out, QStringLiteral("ro-RO"));
    CHECK(romanian.contains(QStringLiteral("! “Episodul 2” is a placeholder, not a real title")));
    CHECK_FALSE(romanian.contains(QStringLiteral("! no synopsis")));
    CHECK(checksUnder(run.out, QStringLiteral("en-US")).isEmpty());
}

TEST_CASE("show with preferences prints the borrowed synopsis and says where it comes from")
{
    const Run run = cli({ QStringLiteral("show"), QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--prefer"), QStringLiteral("fr,en"),
                          metadata(QStringLiteral("tvdb-episode-extended.json")) });
    REQUIRE(run.status == 0);
    CHECK(run.out.startsWith(QStringLiteral("The Seagull turns up adrift off Porthaven with no one aboard and its logbook gone.")));
    CHECK(run.err.contains(QStringLiteral("showing the en one")));

    const Run without = cli({ QStringLiteral("show"), QStringLiteral("--lang"), QStringLiteral("fr"), metadata(QStringLiteral("tvdb-episode-extended.json")) });
    CHECK(without.status == 0);
    CHECK_FALSE(without.out.contains(QStringLiteral("The Seagull turns up adrift")));
    CHECK_FALSE(without.err.contains(QStringLiteral("showing the en one")));

    const Run bad = cli({ QStringLiteral("show"), QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("--prefer"), QStringLiteral("fr,!!"),
                          metadata(QStringLiteral("tvdb-episode-extended.json")) });
    CHECK(bad.status == 2);
    CHECK(bad.err.contains(QStringLiteral("“!!”")));
}

TEST_CASE("export as CSV and JSON to standard output or a file")
{
    const QString file = metadata(QStringLiteral("tmdb-episode-translations.json"));
    const Run csv = cli({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("csv"), file });
    REQUIRE(csv.status == 0);
    CHECK(csv.out.startsWith(QStringLiteral("file,provider,series,season,episode,episode_title,language,origin,declared_code,identified_as,title,synopsis,"
                                            "checks\r\n")));
    CHECK(csv.out.count(QStringLiteral("\r\n")) == 1 + 14);

    test::Scratch scratch;
    const QString out = scratch.path(QStringLiteral("all.json"));
    const Run json = cli({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("json"), QStringLiteral("--out"), out, file });
    REQUIRE(json.status == 0);
    CHECK(json.out.isEmpty());
    const QJsonObject root = parsed(test::bytesOf(out)).object();
    const QJsonArray files = root.value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == 1);
    CHECK(files.at(0).toObject().value(QStringLiteral("episodes")).toArray().at(0).toObject().value(QStringLiteral("translations")).toArray().size() == 14);
    CHECK(root.value(QStringLiteral("problems")).toArray().isEmpty());

    CHECK(cli({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("pdf"), file }).status == 2);
}

TEST_CASE("export as NFO writes one file per language with a synopsis into the folder")
{
    const QString file = metadata(QStringLiteral("tmdb-episode-translations.json"));
    const Run list = cli({ QStringLiteral("list"), QStringLiteral("--json"), file });
    REQUIRE(list.status == 0);
    QStringList expected;
    QStringList texts;
    for (const QJsonValue &translation :
         parsed(list.out.toUtf8()).object().value(QStringLiteral("episodes")).toArray().at(0).toObject().value(QStringLiteral("translations")).toArray()) {
        const QString text = translation.toObject().value(QStringLiteral("text")).toString();
        if (text.trimmed().isEmpty())
            continue;
        expected.append(QStringLiteral("tmdb-episode-translations.") + translation.toObject().value(QStringLiteral("language")).toString()
                        + QStringLiteral(".nfo"));
        texts.append(text);
    }
    REQUIRE(expected.size() == 13);

    test::Scratch scratch;
    const QString folder = scratch.path(QString());
    const Run run = cli({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("nfo"), QStringLiteral("--out"), folder, file });
    REQUIRE(run.status == 0);
    const QStringList written = QDir(folder).entryList({ QStringLiteral("*.nfo") }, QDir::Files, QDir::Name);
    for (const QString &name : expected) {
        INFO(name.toStdString());
        CHECK(written.contains(name));
    }
    // it prints the path of each file it wrote, and only those
    QStringList printedNames;
    for (const QString &path : run.out.split(u'\n', Qt::SkipEmptyParts)) {
        CHECK(QFileInfo(path).absolutePath() == QFileInfo(folder).absoluteFilePath());
        printedNames.append(QFileInfo(path).fileName());
    }
    printedNames.sort();
    CHECK(printedNames == written);

    for (qsizetype i = 0; i < expected.size(); ++i) {
        const QString path = QDir(folder).filePath(expected.at(i));
        if (!QFileInfo::exists(path))
            continue;
        QXmlStreamReader reader(test::bytesOf(path));
        QString plot;
        while (!reader.atEnd()) {
            if (reader.readNext() == QXmlStreamReader::StartElement && reader.name() == u"plot")
                plot = reader.readElementText();
        }
        INFO(expected.at(i).toStdString());
        CHECK_FALSE(reader.hasError());
        CHECK(plot == texts.at(i));
    }

    const Run missing = cli({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("nfo"), file });
    CHECK(missing.status == 2);
    CHECK(missing.out.isEmpty());
    CHECK(missing.err.contains(QStringLiteral("Usage:")));
    CHECK(missing.err.contains(QStringLiteral("--out")));
}

TEST_CASE("fix replaces a word in one language's synopsis and leaves every other byte alone")
{
    const QByteArray original = test::bytesOf(metadata(QStringLiteral("tmdb-episode-translations.json")));
    test::Scratch scratch;
    const QString copy = scratch.write(QStringLiteral("tmdb.json"), original);
    const Run run = cli({ QStringLiteral("fix"), QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--replace"), QStringLiteral("Porthaven"),
                          QStringLiteral("--with"), QStringLiteral("Port Haven"), copy });
    INFO(run.err.toStdString());
    REQUIRE(run.status == 0);
    CHECK(run.out.contains(QStringLiteral("replaced 1")));

    // The German synopsis is the one JSON string that may change.
    const QByteArray germanStart = QStringLiteral("\"Als die „Seagull“").toUtf8();
    const qsizetype start = original.indexOf(germanStart);
    REQUIRE(start > 0);
    const qsizetype end = original.indexOf("ins Visier.\"", start) + qsizetype(sizeof("ins Visier.\"") - 1);
    REQUIRE(end > start);
    const QByteArray prefix = original.left(start);
    const QByteArray suffix = original.mid(end);
    const QByteArray fixed = test::bytesOf(copy);
    REQUIRE(fixed.size() >= prefix.size() + suffix.size());
    CHECK(fixed.startsWith(prefix));
    CHECK(fixed.endsWith(suffix));
    const QByteArray token = fixed.mid(prefix.size(), fixed.size() - prefix.size() - suffix.size());
    const QJsonArray value = parsed('[' + token + ']').array();
    QString expected = QJsonDocument::fromJson('[' + original.mid(start, end - start) + ']').array().at(0).toString();
    expected.replace(QStringLiteral("Porthaven"), QStringLiteral("Port Haven"));
    CHECK(value.at(0).toString() == expected);
    CHECK(fixed.count("Porthaven") == original.count("Porthaven") - 1);

    const Run again = cli({ QStringLiteral("fix"), QStringLiteral("--lang"), QStringLiteral("de"), QStringLiteral("--replace"), QStringLiteral("Porthaven"),
                            QStringLiteral("--with"), QStringLiteral("X"), copy });
    CHECK(again.status == 2);
    CHECK(test::bytesOf(copy) == fixed);
}

TEST_CASE("export as NFO writes no file for a language with a title but no synopsis")
{
    // tmdb-episode-translations.json: fi-FI has only the placeholder title "Jakso 2"
    test::Scratch scratch;
    const QString folder = scratch.path(QString());
    const Run run = cli({ QStringLiteral("export"), QStringLiteral("--format"), QStringLiteral("nfo"), QStringLiteral("--out"), folder,
                          metadata(QStringLiteral("tmdb-episode-translations.json")) });
    REQUIRE(run.status == 0);
    CHECK(QDir(folder).entryList({ QStringLiteral("*.nfo") }, QDir::Files).size() == 13);
    CHECK_FALSE(QFileInfo::exists(QDir(folder).filePath(QStringLiteral("tmdb-episode-translations.fi-FI.nfo"))));
    CHECK_FALSE(run.out.contains(QStringLiteral("fi-FI")));
}
