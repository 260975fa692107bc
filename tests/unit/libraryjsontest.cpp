// SPDX-License-Identifier: GPL-3.0-or-later
#include "catchsupport.h"

#include "export/libraryjson.h"
#include "io/libraryloader.h"

#include <QJsonArray>

using namespace episcope;

TEST_CASE("the library as JSON lists each translation with its language, names, origin and counts in file order")
{
    LibraryLoader loader;
    const auto library = loader.load(LibraryLoader::samplePath());
    REQUIRE(library);
    const QJsonObject json = LibraryJson::toJson(*library);
    const QJsonArray episodes = json.value(QStringLiteral("episodes")).toArray();
    REQUIRE(episodes.size() == 1);
    const QJsonArray translations = episodes.at(0).toObject().value(QStringLiteral("translations")).toArray();
    REQUIRE(translations.size() == 9);

    const QJsonObject german = translations.at(0).toObject();
    CHECK(german.value(QStringLiteral("language")).toString() == QStringLiteral("de"));
    CHECK(german.value(QStringLiteral("englishName")).toString() == QStringLiteral("German"));
    CHECK(german.value(QStringLiteral("nativeName")).toString() == QStringLiteral("Deutsch"));
    CHECK(german.value(QStringLiteral("origin")).toString() == QStringLiteral("identified"));
    CHECK(german.value(QStringLiteral("direction")).toString() == QStringLiteral("ltr"));
    CHECK(german.value(QStringLiteral("words")).toInt() == 62);
    CHECK(german.value(QStringLiteral("text")).toString().startsWith(QStringLiteral("Mr. Big ist wieder")));
    const double confidence = german.value(QStringLiteral("confidence")).toDouble();
    CHECK(confidence > 0.9);
    CHECK(confidence == Approx(std::round(confidence * 100) / 100)); // two decimals

    const QJsonObject greek = translations.at(8).toObject();
    CHECK(greek.value(QStringLiteral("nativeName")).toString() == QStringLiteral("Ελληνικά"));
    CHECK(greek.value(QStringLiteral("characters")).toInt() == greek.value(QStringLiteral("text")).toString().size());
}
