// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"

#include "io/libraryloader.h"
#include "model/languagelistmodel.h"

#include <QAbstractItemModelTester>
#include <QSortFilterProxyModel>

using namespace episcope;

namespace
{
Episode sampleEpisode()
{
    LibraryLoader loader;
    const auto library = loader.load(LibraryLoader::samplePath());
    REQUIRE(library);
    return library->episodes.constFirst();
}

QString cell(const QAbstractItemModel &model, int row, LanguageListModel::Column column)
{
    return model.index(row, int(column)).data().toString();
}
} // namespace

TEST_CASE("the language list model passes QAbstractItemModelTester through resets")
{
    LanguageListModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    model.setEpisode(sampleEpisode());
    CHECK(model.rowCount() == 9);
    model.setEpisode(Episode {});
    CHECK(model.rowCount() == 0);
    model.setEpisode(sampleEpisode());

    SECTION("and through a sorting proxy")
    {
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.setSortRole(LanguageListModel::SortRole);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
        proxy.sort(int(LanguageListModel::Column::EnglishName));
        CHECK(cell(proxy, 0, LanguageListModel::Column::EnglishName) == QStringLiteral("English"));
        CHECK(cell(proxy, 8, LanguageListModel::Column::EnglishName) == QStringLiteral("Spanish"));
    }
}

TEST_CASE("each row shows native name, English name, tag, origin and confidence")
{
    LanguageListModel model;
    model.setEpisode(sampleEpisode());
    CHECK(cell(model, 8, LanguageListModel::Column::NativeName) == QStringLiteral("Ελληνικά"));
    CHECK(cell(model, 8, LanguageListModel::Column::EnglishName) == QStringLiteral("Greek"));
    CHECK(cell(model, 8, LanguageListModel::Column::Tag) == QStringLiteral("el"));
    CHECK(cell(model, 8, LanguageListModel::Column::Origin) == QStringLiteral("identified"));
    CHECK(cell(model, 8, LanguageListModel::Column::Confidence).endsWith(QStringLiteral("%")));
    CHECK(model.index(2, 0).data(LanguageListModel::TextRole).toString().startsWith(QStringLiteral("Kuinka vaarallinen")));
    CHECK(model.index(2, 0).data(LanguageListModel::TagRole).toString() == QStringLiteral("fi"));
    CHECK(model.headerData(int(LanguageListModel::Column::NativeName), Qt::Horizontal).toString() == QStringLiteral("Language"));
}

TEST_CASE("a declared language says so and a right-to-left synopsis says so")
{
    Episode episode;
    Translation hebrew;
    hebrew.languageTag = QStringLiteral("he");
    hebrew.origin = LanguageOrigin::Declared;
    hebrew.confidence = 1.0;
    hebrew.text = QStringLiteral("קארי פוגשת שוב את ביג");
    episode.translations.append(hebrew);
    LanguageListModel model;
    model.setEpisode(episode);
    CHECK(cell(model, 0, LanguageListModel::Column::Origin) == QStringLiteral("declared"));
    CHECK(model.index(0, 0).data(LanguageListModel::DirectionRole).toInt() == int(Qt::RightToLeft));
}
