// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON parser under the TMDB, TheTVDB and Trakt readers: exact spans (a save replaces exactly
// them), escapes, and errors that point at the problem.
#include "catchsupport.h"

#include "io/jsonparser.h"
#include "io/jsonvalue.h"

#include <QElapsedTimer>

using namespace episcope;

namespace
{

/// The source text of @p value's token.
QString tokenOf(const QString &text, const JsonValue &value)
{
    return text.mid(value.offset, value.length);
}

/// Parses @p text, which must fail, and returns the parser for its error.
JsonParser failing(const QString &text)
{
    JsonParser parser;
    REQUIRE_FALSE(parser.parse(text));
    REQUIRE_FALSE(parser.error().message.isEmpty());
    return parser;
}

} // namespace

TEST_CASE("json: every value's span is exactly its token, quotes and brackets included")
{
    // Escapes, a surrogate pair written as escapes and one written raw all come before later
    // values, so a span counted in decoded characters instead of source characters shows up.
    const QString text = QStringLiteral("{ \"a\": \"x\\u00e9y\",\n  \"b\": \"\\ud83d\\ude00\", \"c\": \"\U0001F600\\\"q\\\"\",\r\n"
                                        "  \"d\": [1, -2.5e3, true, false, null, {}],\t\"e\": \"after\" }");
    JsonParser parser;
    const std::optional<JsonValue> root = parser.parse(text);
    REQUIRE(root);
    CHECK(parser.warnings().isEmpty());
    CHECK(root->offset == 0);
    CHECK(root->length == text.size());
    REQUIRE(root->keys == QStringList { QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("d"), QStringLiteral("e") });

    const JsonValue *a = root->member(u"a");
    REQUIRE(a);
    CHECK(tokenOf(text, *a) == QStringLiteral("\"x\\u00e9y\""));
    CHECK(a->string == QStringLiteral("xéy"));

    const JsonValue *b = root->member(u"b");
    REQUIRE(b);
    CHECK(tokenOf(text, *b) == QStringLiteral("\"\\ud83d\\ude00\""));
    CHECK(b->string == QStringLiteral("\U0001F600"));

    const JsonValue *c = root->member(u"c");
    REQUIRE(c);
    CHECK(tokenOf(text, *c) == QStringLiteral("\"\U0001F600\\\"q\\\"\""));
    CHECK(c->string == QStringLiteral("\U0001F600\"q\""));

    const JsonValue *d = root->member(u"d");
    REQUIRE(d);
    CHECK(tokenOf(text, *d) == QStringLiteral("[1, -2.5e3, true, false, null, {}]"));
    REQUIRE(d->items.size() == 6);
    CHECK(tokenOf(text, d->items.at(0)) == QStringLiteral("1"));
    CHECK(tokenOf(text, d->items.at(1)) == QStringLiteral("-2.5e3"));
    CHECK(d->items.at(1).number == -2500.0);
    CHECK(tokenOf(text, d->items.at(2)) == QStringLiteral("true"));
    CHECK(tokenOf(text, d->items.at(3)) == QStringLiteral("false"));
    CHECK(tokenOf(text, d->items.at(4)) == QStringLiteral("null"));
    CHECK(d->items.at(4).isNull());
    CHECK(tokenOf(text, d->items.at(5)) == QStringLiteral("{}"));
    CHECK(d->items.at(5).isObject());

    const JsonValue *e = root->member(u"e");
    REQUIRE(e);
    CHECK(tokenOf(text, *e) == QStringLiteral("\"after\""));
    CHECK(e->string == QStringLiteral("after"));
}

TEST_CASE("json: escapes decode to the characters they stand for")
{
    const QString text = QStringLiteral("[\"\\\"\", \"\\\\\", \"\\/\", \"a\\nb\", \"\\u00e9\", \"\\ud83d\\ude00\", \"\\b\\f\\r\\t\", \"\\u00E9\"]");
    JsonParser parser;
    const std::optional<JsonValue> root = parser.parse(text);
    REQUIRE(root);
    REQUIRE(root->items.size() == 8);
    CHECK(root->items.at(0).string == QStringLiteral("\""));
    CHECK(root->items.at(1).string == QStringLiteral("\\"));
    CHECK(root->items.at(2).string == QStringLiteral("/"));
    CHECK(root->items.at(3).string == QStringLiteral("a\nb"));
    CHECK(root->items.at(4).string == QStringLiteral("é"));
    // One emoji: one code point, two UTF-16 units.
    CHECK(root->items.at(5).string == QStringLiteral("\U0001F600"));
    CHECK(root->items.at(5).string.toUcs4().size() == 1);
    CHECK(root->items.at(6).string == QStringLiteral("\b\f\r\t"));
    CHECK(root->items.at(7).string == QStringLiteral("é"));
}

TEST_CASE("json: a lone surrogate escape is accepted and kept as it is")
{
    const QString text = QStringLiteral("{\"t\": \"a\\ud800b\", \"u\": \"\\udc00\"}");
    JsonParser parser;
    const std::optional<JsonValue> root = parser.parse(text);
    REQUIRE(root);
    const QString t = root->text(u"t");
    REQUIRE(t.size() == 3);
    CHECK(t.at(0) == u'a');
    CHECK(t.at(1).unicode() == 0xD800);
    CHECK(t.at(2) == u'b');
    const QString u = root->text(u"u");
    REQUIRE(u.size() == 1);
    CHECK(u.at(0).unicode() == 0xDC00);
    CHECK(tokenOf(text, *root->member(u"t")) == QStringLiteral("\"a\\ud800b\""));
}

TEST_CASE("json: errors carry the offset of the problem")
{
    SECTION("truncated input: at the end")
    {
        for (const QString &text :
             { QStringLiteral("{\"a\": [1, 2"), QStringLiteral("{\"a\": \"abc"), QStringLiteral("{\"a\""), QStringLiteral("{\"a\": 1,") }) {
            const JsonParser parser = failing(text);
            CHECK(parser.error().offset == text.size());
        }
        CHECK(failing(QStringLiteral("[tr")).error().offset == 1); // the unfinished word
        const JsonParser parser = failing(QStringLiteral("{\"a\": [1, 2"));
        CHECK(parser.error().message.contains(QStringLiteral("ends")));
    }
    SECTION("trailing garbage: where it starts")
    {
        const JsonParser parser = failing(QStringLiteral("{\"a\": 1}  x"));
        CHECK(parser.error().offset == 10);
        const JsonParser twoValues = failing(QStringLiteral("[1]\n[2]"));
        CHECK(twoValues.error().offset == 4);
    }
    SECTION("missing comma: at the value that needed one before it")
    {
        CHECK(failing(QStringLiteral("[1 2]")).error().offset == 3);
        CHECK(failing(QStringLiteral("{\"a\": 1 \"b\": 2}")).error().offset == 8);
    }
    SECTION("a raw control character in a string: at that character")
    {
        const JsonParser parser = failing(QStringLiteral("[\"ab\tc\"]"));
        CHECK(parser.error().offset == 4);
        CHECK(parser.error().message.contains(QStringLiteral("control")));
        const JsonParser afterEscape = failing(QStringLiteral("[\"a\\nb\nc\"]"));
        CHECK(afterEscape.error().offset == 6);
        CHECK(failing(QStringLiteral("[\"\x01\"]")).error().offset == 2);
    }
    SECTION("a bad escape: at its backslash")
    {
        const JsonParser parser = failing(QStringLiteral("[\"ab\\qc\"]"));
        CHECK(parser.error().offset == 4);
        CHECK(parser.error().message.contains(QStringLiteral("\\q")));
        CHECK(failing(QStringLiteral("[\"ab\\u12G4\"]")).error().offset == 4);
        CHECK(failing(QStringLiteral("[\"ab\\u12")).error().offset == 4);
    }
    SECTION("100000 opening brackets: an error about nesting, quickly")
    {
        const QString bomb(100000, u'[');
        QElapsedTimer timer;
        timer.start();
        const JsonParser parser = failing(bomb);
        CHECK(timer.elapsed() < 1000);
        CHECK(parser.error().message.contains(QStringLiteral("nest")));
        CHECK(parser.error().offset == JsonParser::MaxDepth);
        const JsonParser objects = failing(QStringLiteral("{\"a\":").repeated(100000));
        CHECK(objects.error().message.contains(QStringLiteral("nest")));
    }
    SECTION("nesting up to the limit is fine")
    {
        const int depth = JsonParser::MaxDepth;
        JsonParser parser;
        const QString deepest = QString(depth, u'[') + QString(depth, u']');
        CHECK(parser.parse(deepest));
        const QString tooDeep = QString(depth + 1, u'[') + QString(depth + 1, u']');
        CHECK_FALSE(parser.parse(tooDeep));
    }
    SECTION("empty and blank input")
    {
        const JsonParser empty = failing(QString());
        CHECK(empty.error().offset == 0);
        const JsonParser blank = failing(QStringLiteral(" \n\t "));
        CHECK(blank.error().offset == 4);
    }
    SECTION("something that is not a value at all")
    {
        CHECK(failing(QStringLiteral("[1, nul]")).error().offset == 4);
        CHECK(failing(QStringLiteral("{\"a\": -}")).error().offset == 6);
        CHECK(failing(QStringLiteral("{a: 1}")).error().offset == 1);
        CHECK(failing(QStringLiteral("{\"a\" 1}")).error().offset == 5);
    }
}

TEST_CASE("json: a repeated key warns and the last one counts")
{
    const QString text = QStringLiteral("{\"a\": 1, \"b\": \"x\", \"a\": 2}");
    JsonParser parser;
    const std::optional<JsonValue> root = parser.parse(text);
    REQUIRE(root);
    const JsonValue *a = root->member(u"a");
    REQUIRE(a);
    CHECK(a->number == 2.0);
    CHECK(root->keys.size() == 3); // every member is kept, in file order
    REQUIRE(parser.warnings().size() == 1);
    CHECK(parser.warnings().constFirst().offset == 19);
    CHECK(parser.warnings().constFirst().message.contains(QStringLiteral("\"a\"")));
    CHECK(root->member(u"missing") == nullptr);
    CHECK(root->text(u"a").isEmpty()); // not a string

    SECTION("and the warnings of one parse do not leak into the next")
    {
        REQUIRE(parser.parse(QStringLiteral("{\"a\": 1}")));
        CHECK(parser.warnings().isEmpty());
    }
}

TEST_CASE("json: jsonQuoted text parses back to exactly the same text")
{
    const QList<QString> texts = {
        QString(),
        QStringLiteral("plain"),
        QStringLiteral("say \"hi\""),
        QStringLiteral("C:\\path\\to\\"),
        QStringLiteral("line one\nline two\r\nline three"),
        QStringLiteral("tab\there"),
        QStringLiteral("a") + QChar(0x0001) + QStringLiteral("b") + QChar(0x001F),
        QStringLiteral("para") + QChar(0x2028) + QStringLiteral("graph") + QChar(0x2029),
        QStringLiteral("/ slash and </script>"),
        QStringLiteral("Kovač — «Seagull» \U0001F600"),
        QStringLiteral("\\\"\\n literal backslash-escapes \\u0041"),
    };
    for (const QString &text : texts) {
        const QString quoted = jsonQuoted(text);
        CHECK(quoted.startsWith(u'"'));
        CHECK(quoted.endsWith(u'"'));
        // Nothing a JSON parser refuses, and no line separator that breaks JavaScript.
        for (const QChar c : quoted) {
            CHECK(c.unicode() >= 0x20);
            CHECK(c.unicode() != 0x2028);
            CHECK(c.unicode() != 0x2029);
        }
        JsonParser parser;
        const std::optional<JsonValue> value = parser.parse(quoted);
        REQUIRE(value);
        CHECK(value->isString());
        CHECK(value->string == text);
        CHECK(value->length == quoted.size());
    }
    CHECK(jsonQuoted(u"a\"b\\c\nd") == QStringLiteral("\"a\\\"b\\\\c\\nd\""));
    CHECK(jsonQuoted(u"é\U0001F600") == QStringLiteral("\"é\U0001F600\"")); // kept, not \u-escaped
}
