// SPDX-License-Identifier: GPL-3.0-or-later
// Whole folders at once: which files are read, what their paths say, the series tree built from
// them, merged sources, and searching every synopsis.
#include "catchsupport.h"
#include "testfiles.h"

#include "io/collectionloader.h"
#include "io/folderscanner.h"
#include "io/pathhints.h"
#include "model/collection.h"
#include "model/seriestreemodel.h"
#include "search/synopsissearch.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLocale>

using namespace episcope;

namespace
{

QString seriesFolder()
{
    return test::dataFile(QStringLiteral("series/Harbour Lights"));
}

const Collection &harbourLights()
{
    static const Collection collection = [] {
        CollectionLoader loader;
        return loader.load({ seriesFolder() });
    }();
    return collection;
}

/// The library loaded from the file named @p fileName; -1 when there is none.
qsizetype libraryNamed(const Collection &collection, const QString &fileName)
{
    for (qsizetype l = 0; l < collection.libraries.size(); ++l) {
        if (QFileInfo(collection.libraries.at(l).sourcePath).fileName() == fileName)
            return l;
    }
    return -1;
}

QString labelOf(const QModelIndex &index)
{
    return index.data(Qt::DisplayRole).toString();
}

SeriesTreeModel::NodeKind kindOf(const QModelIndex &index)
{
    return SeriesTreeModel::NodeKind(index.data(SeriesTreeModel::NodeKindRole).toInt());
}

/// Collects the warnings Qt reports while it is alive (QAbstractItemModelTester's failures).
class WarningCatcher
{
public:
    WarningCatcher()
    {
        s_warnings.clear();
        m_previous = qInstallMessageHandler(&WarningCatcher::handle);
    }
    ~WarningCatcher()
    {
        qInstallMessageHandler(m_previous);
    }
    WarningCatcher(const WarningCatcher &) = delete;
    WarningCatcher &operator=(const WarningCatcher &) = delete;

    [[nodiscard]] static QStringList warnings()
    {
        return s_warnings;
    }

private:
    static void handle(QtMsgType type, const QMessageLogContext &context, const QString &message)
    {
        if (type != QtDebugMsg && type != QtInfoMsg
            && (QByteArray(context.category).startsWith("qt.modeltest") || QByteArray(context.category).startsWith("qt.core.qabstractitemmodel")))
            s_warnings.append(message);
    }

    static inline QStringList s_warnings;
    QtMessageHandler m_previous = nullptr;
};

/// Every index of @p model, depth first.
QList<QModelIndex> allIndexes(const QAbstractItemModel &model, const QModelIndex &parent = {})
{
    QList<QModelIndex> result;
    for (int row = 0; row < model.rowCount(parent); ++row) {
        const QModelIndex index = model.index(row, 0, parent);
        result.append(index);
        result += allIndexes(model, index);
    }
    return result;
}

Translation row(const QString &tag, const QString &title, const QString &text, const QString &provider)
{
    Translation translation;
    translation.languageTag = tag;
    translation.title = title;
    translation.text = text;
    translation.origin = LanguageOrigin::Declared;
    translation.provider = provider;
    return translation;
}

/// Two libraries, one episode each, every row with an editable span.
Collection twoSources(const QString &firstTitle)
{
    Episode tmdb;
    tmdb.title = firstTitle;
    tmdb.provider = QStringLiteral("TMDB");
    tmdb.series = QStringLiteral("Harbour Lights");
    tmdb.season = 1;
    tmdb.number = 2;
    tmdb.translations = { row(QStringLiteral("en-US"), firstTitle, QStringLiteral("When the Seagull is found drifting."), QStringLiteral("TMDB")),
                          row(QStringLiteral("de-DE"), QStringLiteral("Niedrigwasser"), QStringLiteral("Die Seagull treibt führerlos."),
                              QStringLiteral("TMDB")) };
    Episode kodi;
    kodi.title = QStringLiteral("Niedrigwasser");
    kodi.provider = QStringLiteral("Kodi");
    kodi.series = QStringLiteral("Harbour Lights");
    kodi.season = 1;
    kodi.number = 2;
    kodi.translations = { row(QStringLiteral("und"), QStringLiteral("Niedrigwasser"), QStringLiteral("Die „Seagull“ treibt vor Porthaven."),
                              QStringLiteral("Kodi")) };
    qsizetype offset = 10;
    for (Episode *episode : { &tmdb, &kodi }) {
        for (Translation &translation : episode->translations) {
            translation.sourceOffset = offset;
            translation.sourceLength = translation.text.size() + 2;
            offset += 100;
        }
    }
    Collection collection;
    collection.libraries.append(Library { QStringLiteral("/x/a.json"), { tmdb }, Library::Format::Json, false, {}, {}, {} });
    collection.libraries.append(Library { QStringLiteral("/x/a.nfo"), { kodi }, Library::Format::Xml, false, {}, {}, {} });
    return collection;
}

void touch(const QString &path)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        qFatal("cannot write %s", qPrintable(path));
    file.write("{}");
}

} // namespace

TEST_CASE("collection: a series folder loads every readable file and names the broken one with its line")
{
    const Collection &collection = harbourLights();
    CHECK(collection.libraries.size() == 7);
    REQUIRE(collection.problems.size() == 1);
    const LoadError &problem = collection.problems.constFirst();
    CHECK(QFileInfo(problem.path).fileName() == QStringLiteral("broken.json"));
    CHECK(problem.line == 6);
    CHECK(problem.toString().contains(QStringLiteral("broken.json:6:")));
    for (const Library &library : collection.libraries) {
        INFO(library.sourcePath.toStdString());
        CHECK(library.sourceBytes.isEmpty()); // many files: the bytes are not kept
        CHECK_FALSE(library.sourceHash.isEmpty());
        CHECK_FALSE(library.episodes.isEmpty());
    }
    CHECK(collection.episodeCount() == 7);
    CHECK(collection.translationCount() > collection.episodeCount());

    CollectionLoader single;
    const Collection one = single.load({ test::dataFile(QStringLiteral("series/Harbour Lights/Season 01/Harbour Lights - S01E01.json")) });
    REQUIRE(one.libraries.size() == 1);
    CHECK(one.problems.isEmpty());
    CHECK_FALSE(one.libraries.constFirst().sourceBytes.isEmpty());

    qsizetype calls = 0;
    CollectionLoader stopped;
    const Collection first = stopped.load({ seriesFolder() }, [&calls](qsizetype done, qsizetype total) {
        ++calls;
        CHECK(total == 8);
        return done < 2;
    });
    CHECK(calls == 2);
    CHECK(first.libraries.size() + first.problems.size() == 2);
}

TEST_CASE("series tree: series, seasons in order, episodes with their sources")
{
    const Collection &collection = harbourLights();
    SeriesTreeModel model;
    {
        WarningCatcher catcher;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setCollection(collection);
        for (const QModelIndex &index : allIndexes(model))
            CHECK(model.parent(index) == index.parent());
        INFO(WarningCatcher::warnings().join(u'\n').toStdString());
        CHECK(WarningCatcher::warnings().isEmpty());
    }

    // every node's parent and row agree with index()
    for (const QModelIndex &index : allIndexes(model)) {
        CHECK(model.index(index.row(), 0, model.parent(index)) == index);
        CHECK(model.columnCount(index) == 1);
    }

    REQUIRE(model.rowCount() == 1);
    const QModelIndex series = model.index(0, 0);
    CHECK(labelOf(series) == QStringLiteral("Harbour Lights"));
    CHECK(kindOf(series) == SeriesTreeModel::NodeKind::Series);
    const qsizetype tvshow = libraryNamed(collection, QStringLiteral("tvshow.nfo"));
    REQUIRE(tvshow >= 0);
    CHECK(model.sources(series) == QList<EpisodeRef> { EpisodeRef { tvshow, 0 } });
    CHECK(model.firstWithSources() == series);

    REQUIRE(model.rowCount(series) == 2);
    const QModelIndex season1 = model.index(0, 0, series);
    const QModelIndex season2 = model.index(1, 0, series);
    CHECK(labelOf(season1) == QStringLiteral("Season 1"));
    CHECK(labelOf(season2) == QStringLiteral("Season 2"));
    CHECK(kindOf(season1) == SeriesTreeModel::NodeKind::Season);
    CHECK(model.sources(season1).isEmpty());

    REQUIRE(model.rowCount(season1) == 2);
    const QModelIndex fogBell = model.index(0, 0, season1);
    CHECK(labelOf(fogBell) == QStringLiteral("1 · The Fog Bell"));
    CHECK(labelOf(model.index(1, 0, season1)) == QStringLiteral("2 · Low Water"));
    CHECK(kindOf(fogBell) == SeriesTreeModel::NodeKind::Episode);
    REQUIRE(model.rowCount(season2) == 1);
    CHECK(labelOf(model.index(0, 0, season2)) == QStringLiteral("1 · The Salvage"));

    const qsizetype fogJson = libraryNamed(collection, QStringLiteral("Harbour Lights - S01E01.json"));
    const qsizetype fogNfo = libraryNamed(collection, QStringLiteral("Harbour Lights - S01E01.nfo"));
    REQUIRE(fogJson >= 0);
    REQUIRE(fogNfo >= 0);
    const QList<EpisodeRef> fogSources { EpisodeRef { fogJson, 0 }, EpisodeRef { fogNfo, 0 } };
    CHECK(model.sources(fogBell) == fogSources);
    REQUIRE(model.rowCount(fogBell) == 2);
    // one Source child per file, whatever their order under the episode
    QList<EpisodeRef> childSources;
    QStringList childLabels;
    for (int r = 0; r < 2; ++r) {
        const QModelIndex source = model.index(r, 0, fogBell);
        CHECK(kindOf(source) == SeriesTreeModel::NodeKind::Source);
        CHECK(model.rowCount(source) == 0);
        REQUIRE(model.sources(source).size() == 1);
        const EpisodeRef ref = model.sources(source).constFirst();
        childSources.append(ref);
        childLabels.append(labelOf(source));
        CHECK(source.data(Qt::ToolTipRole).toString() == collection.libraries.at(ref.library).sourcePath);
        CHECK(labelOf(source)
              == (ref == fogSources.at(0) ? QStringLiteral("TMDB — Harbour Lights - S01E01.json") : QStringLiteral("Kodi — Harbour Lights - S01E01.nfo")));
    }
    CHECK(childSources.contains(fogSources.at(0)));
    CHECK(childSources.contains(fogSources.at(1)));
    CHECK(model.indexOfSources(fogSources) == fogBell);
    CHECK_FALSE(model.indexOfSources({ EpisodeRef { fogNfo, 0 }, EpisodeRef { fogJson, 0 } }).isValid());

    for (qsizetype l = 0; l < collection.libraries.size(); ++l) {
        for (qsizetype e = 0; e < collection.libraries.at(l).episodes.size(); ++e) {
            const EpisodeRef ref { l, e };
            INFO(collection.libraries.at(l).sourcePath.toStdString());
            const QModelIndex index = model.indexOf(ref);
            REQUIRE(index.isValid());
            CHECK(model.sources(index) == QList<EpisodeRef> { ref });
            CHECK(model.index(index.row(), 0, index.parent()) == index);
        }
    }
    CHECK_FALSE(model.indexOf(EpisodeRef { 99, 0 }).isValid());
    CHECK(model.sourceCount() == collection.episodeCount());

    model.setCollection(Collection {});
    CHECK(model.rowCount() == 0);
    CHECK(model.sourceCount() == 0);
    CHECK_FALSE(model.firstWithSources().isValid());
}

TEST_CASE("series tree: loose metadata files of no known series each show on their own")
{
    CollectionLoader loader;
    const Collection collection = loader.load({ test::dataFile(QStringLiteral("metadata")) });
    REQUIRE(collection.problems.isEmpty());
    SeriesTreeModel model;
    {
        WarningCatcher catcher;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Warning);
        model.setCollection(collection);
        INFO(WarningCatcher::warnings().join(u'\n').toStdString());
        CHECK(WarningCatcher::warnings().isEmpty());
    }
    for (qsizetype l = 0; l < collection.libraries.size(); ++l) {
        for (qsizetype e = 0; e < collection.libraries.at(l).episodes.size(); ++e) {
            const EpisodeRef ref { l, e };
            INFO(collection.libraries.at(l).sourcePath.toStdString() << " #" << e);
            const QModelIndex index = model.indexOf(ref);
            REQUIRE(index.isValid());
            CHECK(model.sources(index) == QList<EpisodeRef> { ref });
        }
    }
    CHECK(model.sourceCount() == collection.episodeCount());
}

TEST_CASE("merged sources keep every row of each in order, read-only, with their providers")
{
    const Collection collection = twoSources(QStringLiteral("Low Water"));
    const QList<EpisodeRef> refs { EpisodeRef { 0, 0 }, EpisodeRef { 1, 0 } };
    const Episode merged = collection.merged(refs);
    CHECK(merged.title == QStringLiteral("Low Water"));
    CHECK(merged.season == 1);
    CHECK(merged.number == 2);
    CHECK(merged.series == QStringLiteral("Harbour Lights"));
    REQUIRE(merged.translations.size() == 3);
    QStringList providers;
    QStringList texts;
    for (const Translation &translation : merged.translations) {
        providers.append(translation.provider);
        texts.append(translation.text);
        CHECK(translation.sourceOffset == -1);
    }
    CHECK(providers == QStringList { QStringLiteral("TMDB"), QStringLiteral("TMDB"), QStringLiteral("Kodi") });
    CHECK(texts
          == QStringList { collection.libraries.at(0).episodes.at(0).translations.at(0).text, collection.libraries.at(0).episodes.at(0).translations.at(1).text,
                           collection.libraries.at(1).episodes.at(0).translations.at(0).text });

    // one ref: the episode itself, still editable
    CHECK(collection.merged({ EpisodeRef { 1, 0 } }) == collection.episode(EpisodeRef { 1, 0 }));
}

TEST_CASE("merged sources keep the rows of a first source that has no title")
{
    const Collection untitled = twoSources(QString());
    const Episode both = untitled.merged({ EpisodeRef { 0, 0 }, EpisodeRef { 1, 0 } });
    REQUIRE(both.translations.size() == 3);
    CHECK(both.translations.at(0).text == untitled.libraries.at(0).episodes.at(0).translations.at(0).text);
    CHECK(both.translations.at(2).provider == QStringLiteral("Kodi"));
    CHECK(both.title == QStringLiteral("Niedrigwasser"));
}

TEST_CASE("search ignores case and accents and points at the match in the original text")
{
    const Collection &collection = harbourLights();

    const QList<SearchHit> kovac = SynopsisSearch::find(collection, QStringLiteral("kovac"));
    REQUIRE(!kovac.isEmpty());
    bool foundOriginal = false;
    for (const SearchHit &hit : kovac) {
        const Translation &translation = collection.episode(hit.ref).translations.at(hit.row);
        const QString &text = hit.inTitle ? translation.title : translation.text;
        const QString matched = text.mid(hit.offset, hit.length);
        INFO(matched.toStdString());
        CHECK(hit.length == 5);
        CHECK(SynopsisSearch::folded(matched) == QStringLiteral("kovac"));
        CHECK(hit.context.contains(matched));
        foundOriginal = foundOriginal || matched == QStringLiteral("Kovač");
    }
    CHECK(foundOriginal);

    const QList<SearchHit> porthaven = SynopsisSearch::find(collection, QStringLiteral("  PORTHAVEN "));
    REQUIRE(!porthaven.isEmpty());
    for (const SearchHit &hit : porthaven) {
        const Translation &translation = collection.episode(hit.ref).translations.at(hit.row);
        CHECK(translation.text.mid(hit.offset, hit.length) == QStringLiteral("Porthaven"));
        CHECK_FALSE(hit.inTitle);
    }
    CHECK(SynopsisSearch::find(collection, QStringLiteral("porthaven"), 3).size() == 3);
    CHECK(SynopsisSearch::find(collection, QStringLiteral("porthaven"), 1).size() == 1);

    const QList<SearchHit> title = SynopsisSearch::find(collection, QStringLiteral("fog bell"));
    REQUIRE(!title.isEmpty());
    CHECK(title.constFirst().inTitle);
    CHECK(collection.episode(title.constFirst().ref).translations.at(title.constFirst().row).title.mid(title.constFirst().offset, 8)
          == QStringLiteral("Fog Bell"));

    const QList<SearchHit> greek = SynopsisSearch::find(collection, QStringLiteral("ΑΜΠΩΤΗ"));
    for (const SearchHit &hit : greek)
        CHECK(SynopsisSearch::folded(collection.episode(hit.ref).translations.at(hit.row).title.mid(hit.offset, hit.length)) == QStringLiteral("αμπωτη"));

    CHECK(SynopsisSearch::find(collection, QString()).isEmpty());
    CHECK(SynopsisSearch::find(collection, QStringLiteral("   ")).isEmpty());
    CHECK(SynopsisSearch::find(collection, QStringLiteral("no such words anywhere")).isEmpty());

    const QString mixed = QStringLiteral("Médée ÉTÉ Kovač Ἀθῆναι 𝔸 嵐 Việt");
    CHECK(SynopsisSearch::folded(mixed).size() == mixed.size());
    CHECK(SynopsisSearch::folded(QStringLiteral("Médée ÉTÉ Kovač")) == QStringLiteral("medee ete kovac"));
    CHECK(SynopsisSearch::folded(QStringLiteral("Άμπωτη")) == QStringLiteral("αμπωτη"));
}

TEST_CASE("search folds Vietnamese letters and stacked accents to their base letter")
{
    // Latin Extended Additional (U+1E00–U+1EFF) and letters whose decomposition starts with
    // another accented letter
    CHECK(SynopsisSearch::folded(QStringLiteral("Việt Nam")) == QStringLiteral("viet nam"));
    CHECK(SynopsisSearch::folded(QStringLiteral("ΐ ǘ")) == QStringLiteral("ι u"));

    Collection collection;
    Episode episode;
    Translation vietnamese;
    vietnamese.languageTag = QStringLiteral("vi-VN");
    vietnamese.text = QStringLiteral("Khi tàu Seagull được tìm thấy trôi dạt ngoài khơi Porthaven, Việt đã đến.");
    episode.translations = { vietnamese };
    collection.libraries.append(Library { QStringLiteral("/x/vi.json"), { episode }, Library::Format::Json, false, {}, {}, {} });
    const QList<SearchHit> hits = SynopsisSearch::find(collection, QStringLiteral("duoc tim thay"));
    REQUIRE(hits.size() == 1);
    CHECK(vietnamese.text.mid(hits.at(0).offset, hits.at(0).length) == QStringLiteral("được tìm thấy"));
}

TEST_CASE("search: hits come in file order and carry their reference")
{
    const Collection collection = twoSources(QStringLiteral("Low Water"));
    const QList<SearchHit> hits = SynopsisSearch::find(collection, QStringLiteral("seagull"));
    REQUIRE(hits.size() == 3);
    CHECK(hits.at(0).ref == EpisodeRef { 0, 0 });
    CHECK(hits.at(0).row == 0);
    CHECK(hits.at(1).ref == EpisodeRef { 0, 0 });
    CHECK(hits.at(1).row == 1);
    CHECK(hits.at(2).ref == EpisodeRef { 1, 0 });
    CHECK(hits.at(2).row == 0);
    CHECK(collection.episode(hits.at(2).ref).translations.at(0).text.mid(hits.at(2).offset, hits.at(2).length) == QStringLiteral("Seagull"));
}

TEST_CASE("path hints: series, season and episode from a media library's layout")
{
    const PathHints seasonFolder = PathHints::forPath(QStringLiteral("/x/Show/Season 01/Show - S01E02.json"));
    CHECK(seasonFolder.series == QStringLiteral("Show"));
    CHECK(seasonFolder.season == 1);
    CHECK(seasonFolder.number == 2);

    const PathHints crossed = PathHints::forPath(QStringLiteral("/x/Show/Show 1x03.nfo"));
    CHECK(crossed.series == QStringLiteral("Show"));
    CHECK(crossed.season == 1);
    CHECK(crossed.number == 3);

    const PathHints nothing = PathHints::forPath(QStringLiteral("/x/metadata/tmdb.json"));
    CHECK(nothing.series.isEmpty());
    CHECK(nothing.season == -1);
    CHECK(nothing.number == -1);

    const PathHints staffel = PathHints::forPath(QStringLiteral("/x/Show/Staffel 2/a.json"));
    CHECK(staffel.series == QStringLiteral("Show"));
    CHECK(staffel.season == -1);
    CHECK(staffel.number == -1);

    // the same layouts on disk
    const PathHints fixture = PathHints::forPath(test::dataFile(QStringLiteral("series/Harbour Lights/Season 02/Harbour Lights - S02E01.trakt.json")));
    CHECK(fixture.series == QStringLiteral("Harbour Lights"));
    CHECK(fixture.season == 2);
    CHECK(fixture.number == 1);
    const PathHints broken = PathHints::forPath(test::dataFile(QStringLiteral("series/Harbour Lights/Season 02/broken.json")));
    CHECK(broken.series == QStringLiteral("Harbour Lights"));
    CHECK(broken.number == -1);

    const PathHints resource = PathHints::forPath(QStringLiteral(":/samples/Show - S01E02.txt"));
    CHECK(resource.series.isEmpty());
    CHECK(resource.number == -1);
}

TEST_CASE("folder scanner: metadata files only and no hidden ones, through link loops")
{
    test::Scratch scratch;
    const QString root = scratch.path(QStringLiteral("Show"));
    const QStringList wanted = { QStringLiteral("Show/Season 1/Show - S01E2.json"), QStringLiteral("Show/Season 1/Show - S01E10.json"),
                                 QStringLiteral("Show/Season 1/Show - S01E2.NFO"), QStringLiteral("Show/notes.TXT"), QStringLiteral("Show/tvshow.Xml") };
    const QStringList unwanted = {
        QStringLiteral("Show/poster.jpg"),   QStringLiteral("Show/Season 1/Show - S01E2.mkv"), QStringLiteral("Show/Season 1/Show - S01E2.srt"),
        QStringLiteral("Show/.hidden.json"), QStringLiteral("Show/.cache/cached.json"),        QStringLiteral("Show/Season 1/.trash/old.nfo"),
        QStringLiteral("Show/json")
    };
    for (const QString &name : wanted + unwanted)
        touch(scratch.path(name));
    REQUIRE(QFile::link(root, scratch.path(QStringLiteral("Show/Season 1/loop"))));
    REQUIRE(QFile::link(scratch.path(QStringLiteral("Show")), scratch.path(QStringLiteral("Show/again"))));

    QElapsedTimer timer;
    timer.start();
    const QStringList found = FolderScanner::candidates(root);
    CHECK(timer.elapsed() < 10000);

    QStringList relative;
    for (const QString &path : found)
        relative.append(QDir(scratch.path(QString())).relativeFilePath(path));
    INFO(relative.join(QStringLiteral(", ")).toStdString());
    CHECK(relative.size() == wanted.size());
    for (const QString &name : wanted)
        CHECK(relative.contains(name));

    CHECK(FolderScanner::isCandidate(QStringLiteral("a.JSON")));
    CHECK(FolderScanner::isCandidate(QStringLiteral("a.nfo")));
    CHECK_FALSE(FolderScanner::isCandidate(QStringLiteral(".a.nfo")));
    CHECK_FALSE(FolderScanner::isCandidate(QStringLiteral("a.json.bak")));
    CHECK_FALSE(FolderScanner::isCandidate(QStringLiteral("json")));

    // CollectionLoader::expand takes a folder's candidates and a file as it is
    const QString file = scratch.path(QStringLiteral("Show/poster.jpg"));
    CHECK(CollectionLoader::expand({ file, root }) == QStringList { file } + found);
}

TEST_CASE("folder scanner: files come in natural order whatever the locale")
{
    test::Scratch scratch;
    const QStringList names = { QStringLiteral("Show - S01E10.json"), QStringLiteral("Show - S01E2.json"), QStringLiteral("Show - S01E1.json") };
    for (const QString &name : names)
        touch(scratch.path(QStringLiteral("Show/") + name));
    QStringList found;
    for (const QString &path : FolderScanner::candidates(scratch.path(QStringLiteral("Show"))))
        found.append(QFileInfo(path).fileName());
    INFO("locale " << QLocale().name().toStdString());
    CHECK(found == QStringList { QStringLiteral("Show - S01E1.json"), QStringLiteral("Show - S01E2.json"), QStringLiteral("Show - S01E10.json") });
}
