// SPDX-License-Identifier: GPL-3.0-or-later
// Everything open exported at once: CSV a spreadsheet reads back field for field (and never runs
// as formulas), JSON with every file and problem, and Kodi NFO files that Episcope reads again.
#include "catchsupport.h"
#include "testfiles.h"

#include "export/collectionexporter.h"
#include "export/libraryjson.h"
#include "export/nfoexporter.h"
#include "io/collectionloader.h"
#include "io/libraryloader.h"

#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

using namespace episcope;

namespace
{

const Collection &harbourLights()
{
    static const Collection collection = [] {
        CollectionLoader loader;
        return loader.load({ test::dataFile(QStringLiteral("series/Harbour Lights")) });
    }();
    return collection;
}

/// RFC 4180: records end with CRLF, fields are separated by commas, a quoted field may hold
/// commas, line breaks and doubled quotes. @p ok is false when @p text does not follow it.
QList<QStringList> parseCsv(const QString &text, bool &ok)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    ok = true;
    qsizetype i = 0;
    bool fieldStart = true;
    while (i < text.size()) {
        const QChar c = text.at(i);
        if (fieldStart && c == u'"') {
            ++i;
            while (true) {
                if (i >= text.size()) {
                    ok = false;
                    return records;
                }
                if (text.at(i) == u'"') {
                    if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                        field += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                field += text.at(i++);
            }
            fieldStart = false;
            if (i < text.size() && text.at(i) != u',' && text.at(i) != u'\r') {
                ok = false; // text after a closing quote
                return records;
            }
            continue;
        }
        if (c == u',') {
            record.append(field);
            field.clear();
            fieldStart = true;
            ++i;
        } else if (c == u'\r') {
            if (i + 1 >= text.size() || text.at(i + 1) != u'\n') {
                ok = false;
                return records;
            }
            record.append(field);
            records.append(record);
            record.clear();
            field.clear();
            fieldStart = true;
            i += 2;
        } else {
            if (c == u'"' || c == u'\n') {
                ok = false; // a quote or a line break in an unquoted field
                return records;
            }
            field += c;
            fieldStart = false;
            ++i;
        }
    }
    if (!fieldStart || !record.isEmpty()) {
        ok = false; // the last record must end with CRLF
        record.append(field);
        records.append(record);
    }
    return records;
}

Translation row(const QString &tag, const QString &title, const QString &text)
{
    Translation translation;
    translation.languageTag = tag;
    translation.title = title;
    translation.text = text;
    translation.origin = LanguageOrigin::Declared;
    translation.provider = QStringLiteral("TMDB");
    return translation;
}

/// One library whose synopses are hard to quote.
Collection awkward()
{
    Episode episode;
    episode.title = QStringLiteral("Low, \"Water\"");
    episode.series = QStringLiteral("Harbour Lights");
    episode.season = 1;
    episode.number = 2;
    episode.provider = QStringLiteral("TMDB");
    episode.translations = {
        row(QStringLiteral("en"), QStringLiteral("Low Water"), QStringLiteral("Marta, Jonas and \"the Inspector\" meet.\nThen\r\nthey part.")),
        row(QStringLiteral("de"), QStringLiteral("=HYPERLINK(\"x\")"), QStringLiteral("=1+1")),
        row(QStringLiteral("fr"), QStringLiteral("Marée basse"), QStringLiteral("+33 1 23 45 67 89, call now")),
        row(QStringLiteral("it"), QStringLiteral("Bassa marea"), QStringLiteral("-2 gradi")),
        row(QStringLiteral("es"), QStringLiteral("Bajamar"), QStringLiteral("@SUM(A1:A2)")),
        row(QStringLiteral("fi"), QStringLiteral("Laskuvesi"), QStringLiteral("  leading and trailing spaces  ")),
        row(QStringLiteral("pt"), QStringLiteral("Baixa-mar"), QString()),
    };
    Collection collection;
    collection.libraries.append(Library { QStringLiteral("/tmp/a, b/\"c\".json"), { episode }, Library::Format::Json, false, {}, {}, {} });
    return collection;
}

/// The header's columns.
QStringList header()
{
    return { QStringLiteral("file"),          QStringLiteral("provider"),      QStringLiteral("series"),   QStringLiteral("season"),
             QStringLiteral("episode"),       QStringLiteral("episode_title"), QStringLiteral("language"), QStringLiteral("origin"),
             QStringLiteral("declared_code"), QStringLiteral("identified_as"), QStringLiteral("title"),    QStringLiteral("synopsis"),
             QStringLiteral("checks") };
}

/// What the CSV must hold for @p value: the value itself, with a quote mark in front of a formula.
QString inert(const QString &value)
{
    if (!value.isEmpty() && QStringLiteral("=+-@").contains(value.at(0)))
        return u'\'' + value;
    return value;
}

/// Text of each element directly under the root of @p xml, and whether it parsed without error.
QHash<QString, QString> elementsOf(const QByteArray &xml, QString &error, QString &root)
{
    QHash<QString, QString> elements;
    QXmlStreamReader reader(xml);
    int depth = 0;
    QString current;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartElement:
            ++depth;
            if (depth == 1)
                root = reader.name().toString();
            else if (depth == 2)
                current = reader.name().toString();
            break;
        case QXmlStreamReader::EndElement:
            --depth;
            break;
        case QXmlStreamReader::Characters:
            if (depth == 2)
                elements[current] += reader.text();
            break;
        default:
            break;
        }
    }
    error = reader.hasError() ? reader.errorString() : QString();
    return elements;
}

} // namespace

TEST_CASE("CSV export: a header and one row per synopsis, quoted so that it parses back field for field")
{
    const Collection collection = awkward();
    const QString csv = QString::fromUtf8(CollectionExporter::csv(collection));
    bool ok = false;
    const QList<QStringList> records = parseCsv(csv, ok);
    CHECK(ok);
    REQUIRE(records.size() == 1 + 7);
    CHECK(records.at(0) == header());
    const Episode &episode = collection.libraries.at(0).episodes.at(0);
    for (qsizetype i = 0; i < episode.translations.size(); ++i) {
        const QStringList &record = records.at(i + 1);
        const Translation &translation = episode.translations.at(i);
        INFO(translation.languageTag.toStdString());
        REQUIRE(record.size() == header().size());
        CHECK(record.at(0) == collection.libraries.at(0).sourcePath);
        CHECK(record.at(1) == QStringLiteral("TMDB"));
        CHECK(record.at(2) == QStringLiteral("Harbour Lights"));
        CHECK(record.at(3) == QStringLiteral("1"));
        CHECK(record.at(4) == QStringLiteral("2"));
        CHECK(record.at(5) == episode.title);
        CHECK(record.at(6) == translation.languageTag);
        CHECK(record.at(7) == QStringLiteral("declared"));
        CHECK(record.at(10) == inert(translation.title));
        CHECK(record.at(11) == inert(translation.text));
    }
    CHECK(records.at(2).at(11) == QStringLiteral("'=1+1"));
    CHECK(records.at(3).at(11).startsWith(QStringLiteral("'+33")));
    CHECK(records.at(4).at(11) == QStringLiteral("'-2 gradi"));
    CHECK(records.at(5).at(11) == QStringLiteral("'@SUM(A1:A2)"));
    CHECK(records.at(7).at(12).split(u' ').contains(QStringLiteral("empty-synopsis")));
    // quotes are doubled inside a quoted field
    CHECK(csv.contains(QStringLiteral("\"Marta, Jonas and \"\"the Inspector\"\" meet.\nThen\r\nthey part.\"")));

    CHECK(CollectionExporter::csvField(QStringLiteral("plain")) == QStringLiteral("plain"));
    CHECK(CollectionExporter::csvField(QStringLiteral("a,b")) == QStringLiteral("\"a,b\""));
    CHECK(CollectionExporter::csvField(QStringLiteral("say \"hi\"")) == QStringLiteral("\"say \"\"hi\"\"\""));
    CHECK(CollectionExporter::csvField(QStringLiteral("=A1")) == QStringLiteral("'=A1"));
    CHECK(CollectionExporter::csvField(QString()).isEmpty());
}

TEST_CASE("CSV export of a series folder has every synopsis of every file")
{
    const Collection &collection = harbourLights();
    const QByteArray bytes = CollectionExporter::csv(collection);
    REQUIRE(bytes.startsWith("file,provider,series,season,episode,"));
    bool ok = false;
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytes), ok);
    CHECK(ok);
    REQUIRE(records.size() == 1 + collection.translationCount());
    qsizetype next = 1;
    for (const Library &library : collection.libraries) {
        for (const Episode &episode : library.episodes) {
            for (const Translation &translation : episode.translations) {
                const QStringList &record = records.at(next++);
                INFO(library.sourcePath.toStdString() << " " << translation.languageTag.toStdString());
                REQUIRE(record.size() == 13);
                CHECK(record.at(0) == library.sourcePath);
                CHECK(record.at(6) == translation.languageTag);
                CHECK(record.at(11) == inert(translation.text));
            }
        }
    }
}

TEST_CASE("JSON export lists every file with its episodes and every problem with its line")
{
    const Collection &collection = harbourLights();
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(CollectionExporter::json(collection), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray files = document.object().value(QStringLiteral("files")).toArray();
    REQUIRE(files.size() == collection.libraries.size());
    int checked = 0;
    for (qsizetype l = 0; l < files.size(); ++l) {
        const QJsonObject file = files.at(l).toObject();
        CHECK(file.value(QStringLiteral("file")).toString() == collection.libraries.at(l).sourcePath);
        const QJsonArray episodes = file.value(QStringLiteral("episodes")).toArray();
        CHECK(episodes.size() == collection.libraries.at(l).episodes.size());
        for (const QJsonValue &episode : episodes) {
            for (const QJsonValue &translation : episode.toObject().value(QStringLiteral("translations")).toArray()) {
                CHECK(translation.toObject().value(QStringLiteral("checks")).isArray());
                ++checked;
            }
        }
    }
    CHECK(checked == collection.translationCount());
    const QJsonArray problems = document.object().value(QStringLiteral("problems")).toArray();
    REQUIRE(problems.size() == 1);
    const QJsonObject problem = problems.at(0).toObject();
    CHECK(problem.value(QStringLiteral("file")).toString().endsWith(QStringLiteral("/broken.json")));
    CHECK(problem.value(QStringLiteral("line")).toInt() == 6);
    CHECK_FALSE(problem.value(QStringLiteral("message")).toString().isEmpty());

    // an empty-synopsis row carries its check key
    const QJsonObject awkwardJson = QJsonDocument::fromJson(CollectionExporter::json(awkward())).object();
    const QJsonArray rows = awkwardJson.value(QStringLiteral("files"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("episodes"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("translations"))
                                .toArray();
    REQUIRE(rows.size() == 7);
    CHECK(rows.at(6).toObject().value(QStringLiteral("checks")).toArray().contains(QStringLiteral("empty-synopsis")));
    CHECK(awkwardJson.value(QStringLiteral("problems")).toArray().isEmpty());
}

TEST_CASE("NFO export writes well-formed XML whose plot reads back as the synopsis")
{
    Episode episode;
    episode.title = QStringLiteral("Low Water");
    episode.series = QStringLiteral("Harbour & Lights");
    episode.season = 1;
    episode.number = 2;
    episode.provider = QStringLiteral("TMDB");
    episode.externalId = QStringLiteral("4412907");
    const QString text = QStringLiteral("Quando o Seagull <b>&\"x\"</b> aparece à deriva ao largo de Porthaven, Marta Kovač recusa-se a acreditar num "
                                        "acidente.\u0001 O inspetor Aldo Ferrante suspeita de Jonas Berg, o último a ver o mestre com vida.");
    QString clean = text;
    clean.remove(QChar(0x0001));
    const Translation translation = row(QStringLiteral("pt-BR"), QStringLiteral("Maré <baixa> & \"alta\""), text);
    episode.translations = { translation };

    const QByteArray nfo = NfoExporter::nfo(episode, translation);
    QString error;
    QString root;
    const QHash<QString, QString> elements = elementsOf(nfo, error, root);
    INFO(nfo.toStdString());
    CHECK(error.isEmpty());
    CHECK(root == QStringLiteral("episodedetails"));
    CHECK(elements.value(QStringLiteral("plot")) == clean);
    CHECK(elements.value(QStringLiteral("title")) == translation.title);
    CHECK(elements.value(QStringLiteral("showtitle")) == episode.series);
    CHECK(elements.value(QStringLiteral("season")) == QStringLiteral("1"));
    CHECK(elements.value(QStringLiteral("episode")) == QStringLiteral("2"));
    CHECK(elements.value(QStringLiteral("uniqueid")) == QStringLiteral("4412907"));
    CHECK_FALSE(nfo.contains('\x01'));

    test::Scratch scratch;
    const QString path = scratch.write(NfoExporter::fileName(QStringLiteral("Show - S01E02"), translation), nfo);
    CHECK(QFileInfo(path).fileName() == QStringLiteral("Show - S01E02.pt-BR.nfo"));
    LibraryLoader loader;
    const std::optional<Library> library = loader.load(path);
    INFO(loader.error().toString().toStdString());
    REQUIRE(library);
    CHECK(library->format == Library::Format::Xml);
    REQUIRE(library->episodes.size() == 1);
    const Episode &reloaded = library->episodes.constFirst();
    CHECK(reloaded.provider == QStringLiteral("Kodi"));
    CHECK(reloaded.kind == Episode::Kind::Episode);
    CHECK(reloaded.series == episode.series);
    CHECK(reloaded.season == 1);
    CHECK(reloaded.number == 2);
    CHECK(reloaded.externalId == QStringLiteral("tmdb:4412907"));
    REQUIRE(reloaded.translations.size() == 1);
    CHECK(reloaded.translations.constFirst().text == clean);
    CHECK(reloaded.translations.constFirst().title == translation.title);

    CHECK(NfoExporter::fileName(QStringLiteral("Show - S01E02"), translation) == QStringLiteral("Show - S01E02.pt-BR.nfo"));
}

TEST_CASE("NFO export uses the root element of the kind and the episode title when the row has none")
{
    Episode series;
    series.kind = Episode::Kind::Series;
    series.title = QStringLiteral("Harbour Lights");
    series.series = QStringLiteral("Harbour Lights");
    const Translation untitled = row(QStringLiteral("de"), QString(), QStringLiteral("In der nebligen Fischerstadt Porthaven…"));
    series.translations = { untitled };
    QString error;
    QString root;
    const QHash<QString, QString> elements = elementsOf(NfoExporter::nfo(series, untitled), error, root);
    CHECK(error.isEmpty());
    CHECK(root == QStringLiteral("tvshow"));
    CHECK(elements.value(QStringLiteral("title")) == QStringLiteral("Harbour Lights"));
    CHECK_FALSE(elements.contains(QStringLiteral("showtitle")));
    CHECK_FALSE(elements.contains(QStringLiteral("season")));

    Episode movie = series;
    movie.kind = Episode::Kind::Movie;
    elementsOf(NfoExporter::nfo(movie, untitled), error, root);
    CHECK(root == QStringLiteral("movie"));
}
