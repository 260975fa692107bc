// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real episcope-cli executable and checks what a script would see: stdout, stderr and
// the exit status.
#include "catchsupport.h"
#include "testfiles.h"

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

Run cli(const QStringList &arguments, const QByteArray &input = {})
{
    QProcess process;
    process.start(QStringLiteral(EPISCOPE_CLI), arguments);
    REQUIRE(process.waitForStarted());
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    REQUIRE(process.waitForFinished(60000));
    REQUIRE(process.exitStatus() == QProcess::NormalExit);
    return Run { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

TEST_CASE("list --json prints the sample's nine languages in file order")
{
    const Run run = cli({ QStringLiteral("list"), QStringLiteral("--json") });
    REQUIRE(run.status == 0);
    CHECK(run.err.isEmpty());
    QJsonParseError error {};
    const QJsonDocument document = QJsonDocument::fromJson(run.out.toUtf8(), &error);
    REQUIRE(error.error == QJsonParseError::NoError);
    const QJsonArray translations =
        document.object().value(QStringLiteral("episodes")).toArray().at(0).toObject().value(QStringLiteral("translations")).toArray();
    QStringList tags;
    for (const QJsonValue &translation : translations) {
        tags.append(translation.toObject().value(QStringLiteral("language")).toString());
        CHECK(translation.toObject().value(QStringLiteral("origin")).toString() == QStringLiteral("identified"));
    }
    CHECK(tags
          == QStringList { QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fi"), QStringLiteral("fr"), QStringLiteral("hu"), QStringLiteral("it"),
                           QStringLiteral("es"), QStringLiteral("pt"), QStringLiteral("el") });
}

TEST_CASE("list prints a table naming every language")
{
    const Run run = cli({ QStringLiteral("list") });
    REQUIRE(run.status == 0);
    for (const char *name : { "German", "English", "Finnish", "French", "Hungarian", "Italian", "Spanish", "Portuguese", "Greek" })
        CHECK(run.out.contains(QString::fromLatin1(name)));
}

TEST_CASE("show prints one synopsis as text, as escaped HTML or as Markdown")
{
    const Run text = cli({ QStringLiteral("show"), QStringLiteral("--lang"), QStringLiteral("el") });
    REQUIRE(text.status == 0);
    CHECK(text.out.startsWith(QStringLiteral("Ο Μπιγκ επισκέπτεται τη Νέα Υόρκη")));

    test::Scratch scratch;
    const QString file = scratch.write(QStringLiteral("markup.txt"), "en\tBig <img src=\"/dev/zero\"> & <b>Carrie</b>\n");
    const Run html = cli({ QStringLiteral("show"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--format"), QStringLiteral("html"), file });
    REQUIRE(html.status == 0);
    CHECK(html.out.contains(QStringLiteral("<p lang=\"en\" dir=\"ltr\">Big &lt;img src=&quot;/dev/zero&quot;&gt; &amp; &lt;b&gt;Carrie&lt;/b&gt;</p>")));

    const Run markdown =
        cli({ QStringLiteral("show"), QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--format"), QStringLiteral("markdown") });
    REQUIRE(markdown.status == 0);
    CHECK(markdown.out.startsWith(QStringLiteral("## English\n\nBig visits New York")));
}

TEST_CASE("show for a language that is not there exits 2 and lists the languages that are")
{
    const Run run = cli({ QStringLiteral("show"), QStringLiteral("--lang"), QStringLiteral("ja") });
    CHECK(run.status == 2);
    CHECK(run.out.isEmpty());
    CHECK(run.err.contains(QStringLiteral("de, en, fi, fr, hu, it, es, pt, el")));
}

TEST_CASE("detect names the language of a text given as arguments or on standard input")
{
    const Run arguments = cli({ QStringLiteral("detect"), QStringLiteral("Carrie retrouve Big, de retour à New York pour subir une opération du coeur.") });
    REQUIRE(arguments.status == 0);
    CHECK(arguments.out.startsWith(QStringLiteral("fr\tFrench\t")));

    const Run stdinJson = cli({ QStringLiteral("detect"), QStringLiteral("--json"), QStringLiteral("-") },
                              QStringLiteral("Η Μιράντα είναι προβληματισμένη για το πώς θα γνωρίσει τον Ρόμπερτ στον Στιβ.").toUtf8());
    REQUIRE(stdinJson.status == 0);
    const QJsonObject object = QJsonDocument::fromJson(stdinJson.out.toUtf8()).object();
    CHECK(object.value(QStringLiteral("language")).toString() == QStringLiteral("el"));
    CHECK(object.value(QStringLiteral("reliable")).toBool());

    const Run digits = cli({ QStringLiteral("detect"), QStringLiteral("12345") });
    CHECK(digits.out.startsWith(QStringLiteral("und\t")));
}

TEST_CASE("bad input goes to stderr naming the file, with exit status 2")
{
    test::Scratch scratch;
    QDir(scratch.path(QString())).mkpath(QStringLiteral("no synopses here"));
    struct Case {
        QString path;
        QString expected;
    };
    const Case cases[] = {
        { scratch.path(QStringLiteral("missing.txt")), QStringLiteral("no such file") },
        { scratch.path(QStringLiteral("no synopses here")), QStringLiteral("has no .json, .nfo, .xml or .txt files") },
        { scratch.write(QStringLiteral("empty.txt"), {}), QStringLiteral("empty") },
        { scratch.write(QStringLiteral("nul.txt"), QByteArray("abc\0def", 7)), QStringLiteral(":1:4: ") },
        { scratch.write(QStringLiteral("bad.txt"), "fine\nbad \xC3\x28\n"), QStringLiteral(":2:5: ") },
    };
    for (const Case &c : cases) {
        INFO(c.path.toStdString());
        const Run run = cli({ QStringLiteral("list"), QStringLiteral("--json"), c.path });
        CHECK(run.status == 2);
        CHECK(run.out.isEmpty());
        CHECK(run.err.contains(c.path));
        CHECK(run.err.contains(c.expected));
    }
}

TEST_CASE("usage mistakes exit 2 with a usage message, --version and --help exit 0")
{
    const Run none = cli({});
    CHECK(none.status == 2);
    CHECK(none.err.contains(QStringLiteral("Usage:")));
    CHECK(cli({ QStringLiteral("frobnicate") }).status == 2);
    CHECK(cli({ QStringLiteral("show") }).status == 2);
    CHECK(cli({ QStringLiteral("list"), QStringLiteral("--bogus") }).status == 2);
    CHECK(cli({ QStringLiteral("show"), QStringLiteral("--lang"), QStringLiteral("el"), QStringLiteral("--format"), QStringLiteral("pdf") }).status == 2);
    const Run version = cli({ QStringLiteral("--version") });
    CHECK(version.status == 0);
    CHECK(version.out.startsWith(QStringLiteral("episcope-cli ")));
    CHECK(cli({ QStringLiteral("--help") }).status == 0);
}

TEST_CASE("spellcheck --json names the engine and each misspelling with its offset and suggestions")
{
    const Run run = cli({ QStringLiteral("spellcheck"), QStringLiteral("--json") });
    REQUIRE(run.status == 0);
    const QJsonObject root = QJsonDocument::fromJson(run.out.toUtf8()).object();
    const QString engine = root.value(QStringLiteral("engine")).toObject().value(QStringLiteral("key")).toString();
    CHECK((engine == QStringLiteral("sonnet") || engine == QStringLiteral("hunspell")));
    const QJsonArray translations = root.value(QStringLiteral("episodes")).toArray().at(0).toObject().value(QStringLiteral("translations")).toArray();
    REQUIRE(translations.size() == 9);
    const QJsonObject german = translations.at(0).toObject();
    CHECK(german.value(QStringLiteral("dictionary")).toString() == QStringLiteral("de_DE"));
    const QJsonArray misspellings = german.value(QStringLiteral("misspellings")).toArray();
    REQUIRE(misspellings.size() == 1);
    const QJsonObject resturant = misspellings.at(0).toObject();
    CHECK(resturant.value(QStringLiteral("word")).toString() == QStringLiteral("Resturant"));
    CHECK(resturant.value(QStringLiteral("offset")).toInt() == 59);
    CHECK(resturant.value(QStringLiteral("length")).toInt() == 9);
    CHECK(resturant.value(QStringLiteral("suggestions")).toArray().contains(QStringLiteral("Restaurant")));
    CHECK(resturant.value(QStringLiteral("suggestions")).toArray().size() <= 5);
    for (const QJsonValue &translation : translations) // every language of the sample is checked
        CHECK(translation.toObject().value(QStringLiteral("missingDictionary")).isNull());
}

TEST_CASE("spellcheck --lang checks one language, and says what to install when there is no dictionary")
{
    const Run greek = cli({ QStringLiteral("spellcheck"), QStringLiteral("--json"), QStringLiteral("--lang"), QStringLiteral("el") });
    REQUIRE(greek.status == 0);
    const QJsonArray only = QJsonDocument::fromJson(greek.out.toUtf8())
                                .object()
                                .value(QStringLiteral("episodes"))
                                .toArray()
                                .at(0)
                                .toObject()
                                .value(QStringLiteral("translations"))
                                .toArray();
    REQUIRE(only.size() == 1);
    CHECK(only.at(0).toObject().value(QStringLiteral("misspellings")).toArray().isEmpty()); // Μπιγκ, Σαμάνθα… are names

    test::Scratch scratch;
    const QString file = scratch.write(QStringLiteral("ja.txt"), "ja\tキャリーはビッグと再会する。\n");
    const Run japanese = cli({ QStringLiteral("spellcheck"), file });
    REQUIRE(japanese.status == 0);
    CHECK(japanese.out.contains(QStringLiteral("No Japanese dictionary — install hunspell-ja")));
}

TEST_CASE("compare --format json aligns the sentences and lists the names on each side")
{
    const Run run = cli({ QStringLiteral("compare"), QStringLiteral("--left"), QStringLiteral("it"), QStringLiteral("--right"), QStringLiteral("en"),
                          QStringLiteral("--format"), QStringLiteral("json") });
    REQUIRE(run.status == 0);
    const QJsonObject comparison = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("comparisons")).toArray().at(0).toObject();
    CHECK(comparison.value(QStringLiteral("left")).toObject().value(QStringLiteral("language")).toString() == QStringLiteral("it"));
    CHECK(comparison.value(QStringLiteral("right")).toObject().value(QStringLiteral("sentences")).toInt() == 2);
    CHECK(comparison.value(QStringLiteral("namesOnlyLeft")).toArray().contains(QStringLiteral("Debbie")));
    int leftSentences = 0;
    for (const QJsonValue &row : comparison.value(QStringLiteral("rows")).toArray())
        leftSentences += int(row.toObject().value(QStringLiteral("left")).toArray().size());
    CHECK(leftSentences == comparison.value(QStringLiteral("left")).toObject().value(QStringLiteral("sentences")).toInt()); // every sentence is in a row

    CHECK(cli({ QStringLiteral("compare"), QStringLiteral("--left"), QStringLiteral("it") }).status == 2);
    const Run missing = cli({ QStringLiteral("compare"), QStringLiteral("--left"), QStringLiteral("it"), QStringLiteral("--right"), QStringLiteral("ja") });
    CHECK(missing.status == 2);
    CHECK(missing.err.contains(QStringLiteral("“ja”")));
}

TEST_CASE("overview lists which languages mention each name and a symmetric similarity matrix")
{
    const Run run = cli({ QStringLiteral("overview") });
    REQUIRE(run.status == 0);
    const QJsonObject episode = QJsonDocument::fromJson(run.out.toUtf8()).object().value(QStringLiteral("episodes")).toArray().at(0).toObject();
    QStringList samantha;
    for (const QJsonValue &name : episode.value(QStringLiteral("names")).toArray()) {
        if (name.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("Samantha")) {
            for (const QJsonValue &language : name.toObject().value(QStringLiteral("languages")).toArray())
                samantha.append(language.toString());
        }
    }
    CHECK(samantha == QStringList { QStringLiteral("de"), QStringLiteral("en"), QStringLiteral("fr"), QStringLiteral("it"), QStringLiteral("el") });
    const QJsonArray similarity = episode.value(QStringLiteral("similarity")).toArray();
    REQUIRE(similarity.size() == 9);
    CHECK(similarity.at(2).toArray().at(5).toDouble() == similarity.at(5).toArray().at(2).toDouble());
    CHECK(similarity.at(4).toArray().at(4).toDouble() == 1.0);
}

TEST_CASE("overview and compare as HTML are well-formed pages")
{
    for (const QStringList &arguments : { QStringList { QStringLiteral("overview"), QStringLiteral("--format"), QStringLiteral("html") },
                                          QStringList { QStringLiteral("compare"), QStringLiteral("--left"), QStringLiteral("el"), QStringLiteral("--right"),
                                                        QStringLiteral("en"), QStringLiteral("--format"), QStringLiteral("html") } }) {
        const Run run = cli(arguments);
        REQUIRE(run.status == 0);
        QXmlStreamReader reader(run.out);
        QString text;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isCharacters())
                text += reader.text();
        }
        INFO(arguments.join(u' ').toStdString() << ": " << reader.errorString().toStdString());
        CHECK_FALSE(reader.hasError());
        CHECK(text.contains(QStringLiteral("Samantha")));
    }
}

TEST_CASE("the UI language option translates messages, anywhere on the line, but never the JSON")
{
    const Run german = cli({ QStringLiteral("--ui-language"), QStringLiteral("de"), QStringLiteral("frobnicate") });
    CHECK(german.status == 2);
    CHECK(german.err.contains(u"unbekannter Befehl „frobnicate“"));

    const Run after = cli({ QStringLiteral("frobnicate"), QStringLiteral("--ui-language=de") });
    CHECK(after.err.contains(u"unbekannter Befehl"));

    const Run json = cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--ui-language"), QStringLiteral("fr") });
    REQUIRE(json.status == 0);
    const Run english = cli({ QStringLiteral("list"), QStringLiteral("--json"), QStringLiteral("--ui-language"), QStringLiteral("en") });
    CHECK(json.out == english.out);

    const Run unknown = cli({ QStringLiteral("--ui-language"), QStringLiteral("ja"), QStringLiteral("frobnicate") });
    CHECK(unknown.err.contains(u"no translation for “ja”"));
    CHECK(unknown.err.contains(u"unknown command “frobnicate”"));

    const Run missing = cli({ QStringLiteral("list"), QStringLiteral("--ui-language") });
    CHECK(missing.status == 2);
    CHECK(missing.err.contains(u"--ui-language needs a language tag"));
}
