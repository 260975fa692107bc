// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonparser.h"

#include <QSet>

namespace episcope
{

const JsonParser::Problem &JsonParser::error() const
{
    return m_error;
}

const QList<JsonParser::Problem> &JsonParser::warnings() const
{
    return m_warnings;
}

bool JsonParser::fail(const QString &message)
{
    if (m_error.message.isEmpty())
        m_error = { message, m_pos };
    return false;
}

void JsonParser::skipSpace()
{
    while (m_pos < m_text.size()) {
        const char16_t c = m_text.at(m_pos).unicode();
        if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
            return;
        ++m_pos;
    }
}

std::optional<JsonValue> JsonParser::parse(QStringView text)
{
    m_text = text;
    m_pos = 0;
    m_error = {};
    m_warnings.clear();
    JsonValue root;
    skipSpace();
    if (m_pos == m_text.size()) {
        fail(tr("holds no JSON value"));
        return std::nullopt;
    }
    if (!parseValue(root, 0))
        return std::nullopt;
    skipSpace();
    if (m_pos != m_text.size()) {
        fail(tr("has more after the end of the JSON value"));
        return std::nullopt;
    }
    return root;
}

bool JsonParser::expectWord(QStringView word)
{
    if (m_text.sliced(m_pos).startsWith(word)) {
        m_pos += word.size();
        return true;
    }
    return fail(tr("has something that is not JSON here"));
}

bool JsonParser::parseValue(JsonValue &value, int depth)
{
    skipSpace();
    if (m_pos >= m_text.size())
        return fail(tr("ends before the JSON is complete"));
    value.offset = m_pos;
    const char16_t c = m_text.at(m_pos).unicode();
    bool ok = false;
    if (c == u'{' || c == u'[') {
        ok = parseContainer(value, depth);
    } else if (c == u'"') {
        value.type = JsonValue::Type::String;
        ok = parseString(value.string);
    } else if (c == u't' || c == u'f') {
        value.type = JsonValue::Type::Bool;
        value.boolean = c == u't';
        ok = expectWord(value.boolean ? u"true" : u"false");
    } else if (c == u'n') {
        value.type = JsonValue::Type::Null;
        ok = expectWord(u"null");
    } else {
        ok = parseNumber(value);
    }
    value.length = m_pos - value.offset;
    return ok;
}

bool JsonParser::parseContainer(JsonValue &value, int depth)
{
    if (depth >= MaxDepth)
        return fail(tr("nests arrays and objects more than %1 levels deep").arg(MaxDepth));
    const bool object = m_text.at(m_pos) == u'{';
    const QChar close = object ? u'}' : u']';
    value.type = object ? JsonValue::Type::Object : JsonValue::Type::Array;
    ++m_pos;
    skipSpace();
    if (m_pos < m_text.size() && m_text.at(m_pos) == close) {
        ++m_pos;
        return true;
    }
    QSet<QString> seen;
    while (true) {
        skipSpace();
        if (object) {
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u'"')
                return fail(m_pos >= m_text.size() ? tr("ends before the JSON is complete") : tr("expected a quoted key here"));
            const qsizetype keyOffset = m_pos;
            QString key;
            if (!parseString(key))
                return false;
            if (seen.contains(key))
                m_warnings.append({ tr("repeats the key \"%1\"; the last one is used").arg(key), keyOffset });
            seen.insert(key);
            skipSpace();
            if (m_pos >= m_text.size() || m_text.at(m_pos) != u':')
                return fail(tr("expected ':' after a key here"));
            ++m_pos;
            value.keys.append(key);
        }
        value.items.emplace_back();
        if (!parseValue(value.items.last(), depth + 1))
            return false;
        skipSpace();
        if (m_pos >= m_text.size())
            return fail(tr("ends before the JSON is complete"));
        const QChar next = m_text.at(m_pos);
        ++m_pos;
        if (next == close)
            return true;
        if (next != u',') {
            --m_pos;
            return fail(object ? tr("expected ',' or '}' here") : tr("expected ',' or ']' here"));
        }
    }
}

bool JsonParser::parseString(QString &out)
{
    ++m_pos; // the opening quote
    const qsizetype start = m_pos;
    // Fast path: no escapes.
    while (m_pos < m_text.size()) {
        const char16_t c = m_text.at(m_pos).unicode();
        if (c == u'"') {
            out = m_text.sliced(start, m_pos - start).toString();
            ++m_pos;
            return true;
        }
        if (c == u'\\')
            break;
        if (c < 0x20)
            return fail(tr("has a control character inside a string (it must be escaped)"));
        ++m_pos;
    }
    out = m_text.sliced(start, m_pos - start).toString();
    while (m_pos < m_text.size()) {
        const char16_t c = m_text.at(m_pos).unicode();
        if (c == u'"') {
            ++m_pos;
            return true;
        }
        if (c < 0x20)
            return fail(tr("has a control character inside a string (it must be escaped)"));
        if (c != u'\\') {
            out += QChar(c);
            ++m_pos;
            continue;
        }
        if (m_pos + 1 >= m_text.size())
            break;
        const char16_t escape = m_text.at(m_pos + 1).unicode();
        m_pos += 2;
        switch (escape) {
        case u'"':
        case u'\\':
        case u'/':
            out += QChar(escape);
            break;
        case u'b':
            out += u'\b';
            break;
        case u'f':
            out += u'\f';
            break;
        case u'n':
            out += u'\n';
            break;
        case u'r':
            out += u'\r';
            break;
        case u't':
            out += u'\t';
            break;
        case u'u': {
            char16_t unit = 0;
            bool ok = m_pos + 4 <= m_text.size();
            for (qsizetype i = 0; ok && i < 4; ++i) {
                const char16_t h = m_text.at(m_pos + i).unicode();
                const int nibble = (h >= u'0' && h <= u'9') ? h - u'0'
                    : (h >= u'a' && h <= u'f')              ? h - u'a' + 10
                    : (h >= u'A' && h <= u'F')              ? h - u'A' + 10
                                                            : -1;
                ok = nibble >= 0;
                unit = char16_t(unit * 16 + (ok ? nibble : 0));
            }
            if (!ok) {
                m_pos -= 2;
                return fail(tr("has a \\u escape without four hexadecimal digits"));
            }
            out += QChar(unit); // a lone surrogate stays as it is: the text is shown, not re-encoded
            m_pos += 4;
            break;
        }
        default:
            m_pos -= 2;
            return fail(tr("has an unknown escape \\%1 in a string").arg(QChar(escape)));
        }
    }
    return fail(tr("ends inside a string (a closing quote is missing)"));
}

bool JsonParser::parseNumber(JsonValue &value)
{
    const qsizetype start = m_pos;
    auto digits = [this] {
        const qsizetype from = m_pos;
        while (m_pos < m_text.size() && m_text.at(m_pos).unicode() >= u'0' && m_text.at(m_pos).unicode() <= u'9')
            ++m_pos;
        return m_pos > from;
    };
    if (m_pos < m_text.size() && m_text.at(m_pos) == u'-')
        ++m_pos;
    if (!digits()) {
        m_pos = start;
        return fail(tr("has something that is not JSON here"));
    }
    if (m_pos < m_text.size() && m_text.at(m_pos) == u'.') {
        ++m_pos;
        if (!digits())
            return fail(tr("has a number with nothing after its decimal point"));
    }
    if (m_pos < m_text.size() && (m_text.at(m_pos) == u'e' || m_text.at(m_pos) == u'E')) {
        ++m_pos;
        if (m_pos < m_text.size() && (m_text.at(m_pos) == u'+' || m_text.at(m_pos) == u'-'))
            ++m_pos;
        if (!digits())
            return fail(tr("has a number with an incomplete exponent"));
    }
    value.type = JsonValue::Type::Number;
    value.number = m_text.sliced(start, m_pos - start).toDouble();
    return true;
}

} // namespace episcope
