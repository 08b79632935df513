#include "core/io/jsontree.h"

#include <QCoreApplication>

#include <cmath>

// parseJson(): a strict JSON parser that keeps member order and reports where it fails.
namespace trigon {

namespace {

constexpr int maxDepth = 200; // deeper nesting is refused rather than overflowing the stack

class Parser
{
public:
    Parser(const QString &text, JsonStrings strings)
        : m_text(text)
        , m_refuseNul(strings == JsonStrings::RefuseNul)
    { }

    std::optional<JsonNode> parseDocument(JsonSyntaxError *error)
    {
        skipSpace();
        std::optional<JsonNode> node = parseValue(0);
        if (node) {
            skipSpace();
            if (m_pos < m_text.size())
                fail(QCoreApplication::translate("trigon::JsonParser",
                                                 "unexpected text after the JSON value"));
        }
        if (m_failed) {
            if (error)
                *error = m_error;
            return std::nullopt;
        }
        return node;
    }

private:
    void fail(const QString &message)
    {
        if (m_failed)
            return;
        m_failed = true;
        m_error.message = message;
        m_error.offset = static_cast<int>(m_pos);
        m_error.line = m_line;
        m_error.column = static_cast<int>(m_pos - m_lineStart) + 1;
    }

    // fail() at `pos`, on the current line, naming the JSON path of the string being read.
    void failInString(qsizetype pos, const QString &message)
    {
        m_pos = pos;
        fail(message);
        m_error.path = currentPath();
    }

    // "triggers[0].table.name", as DesignReader writes paths.
    QString currentPath() const
    {
        QString path;
        for (const PathSegment &segment : m_path) {
            if (segment.index >= 0)
                path += QStringLiteral("[%1]").arg(segment.index);
            else
                path += path.isEmpty() ? segment.key : u'.' + segment.key;
        }
        return path;
    }

    QChar peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : QChar(); }

    void advance()
    {
        if (m_text.at(m_pos) == u'\n') {
            ++m_line;
            m_lineStart = m_pos + 1;
        }
        ++m_pos;
    }

    void skipSpace()
    {
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c != u' ' && c != u'\t' && c != u'\n' && c != u'\r')
                return;
            advance();
        }
    }

    JsonNode positioned(JsonNode node, int line, int column)
    {
        node.line = line;
        node.column = column;
        return node;
    }

    std::optional<JsonNode> parseValue(int depth)
    {
        if (depth > maxDepth) {
            fail(QCoreApplication::translate("trigon::JsonParser", "nesting is too deep"));
            return std::nullopt;
        }
        const int line = m_line;
        const int column = static_cast<int>(m_pos - m_lineStart) + 1;
        const QChar c = peek();
        if (c == u'{')
            return parseObject(depth, line, column);
        if (c == u'[')
            return parseArray(depth, line, column);
        if (c == u'"') {
            std::optional<QString> text = parseString();
            if (!text)
                return std::nullopt;
            return positioned(JsonNode::fromString(*text), line, column);
        }
        if (c == u'-' || (c >= u'0' && c <= u'9'))
            return parseNumber(line, column);
        for (const auto &[word, node] :
             {std::pair {QLatin1String("true"), JsonNode::fromBool(true)},
              std::pair {QLatin1String("false"), JsonNode::fromBool(false)},
              std::pair {QLatin1String("null"), JsonNode::null()}}) {
            if (QStringView(m_text).mid(m_pos, word.size()) == word) {
                for (qsizetype i = 0; i < word.size(); ++i)
                    advance();
                return positioned(node, line, column);
            }
        }
        fail(m_pos < m_text.size()
                     ? QCoreApplication::translate("trigon::JsonParser", "expected a JSON value")
                     : QCoreApplication::translate("trigon::JsonParser", "unexpected end of file"));
        return std::nullopt;
    }

    std::optional<JsonNode> parseObject(int depth, int line, int column)
    {
        JsonNode node = positioned(JsonNode::object(), line, column);
        advance(); // {
        skipSpace();
        if (peek() == u'}') {
            advance();
            return node;
        }
        while (true) {
            skipSpace();
            if (peek() != u'"') {
                fail(QCoreApplication::translate("trigon::JsonParser",
                                                 "expected a member name in double quotes"));
                return std::nullopt;
            }
            const qsizetype keyPos = m_pos;
            const int keyLine = m_line;
            const qsizetype keyLineStart = m_lineStart;
            std::optional<QString> key = parseString();
            if (!key)
                return std::nullopt;
            if (node.member(*key)) {
                m_pos = keyPos;
                m_line = keyLine;
                m_lineStart = keyLineStart;
                fail(QCoreApplication::translate("trigon::JsonParser", "duplicate member \"%1\"")
                             .arg(*key));
                return std::nullopt;
            }
            skipSpace();
            if (peek() != u':') {
                fail(QCoreApplication::translate("trigon::JsonParser",
                                                 "expected ':' after the member name"));
                return std::nullopt;
            }
            advance();
            skipSpace();
            m_path.append({*key, -1});
            std::optional<JsonNode> value = parseValue(depth + 1);
            m_path.removeLast();
            if (!value)
                return std::nullopt;
            node.members.append({*key, std::move(*value)});
            skipSpace();
            if (peek() == u',') {
                advance();
                continue;
            }
            if (peek() == u'}') {
                advance();
                return node;
            }
            fail(QCoreApplication::translate("trigon::JsonParser",
                                             "expected ',' or '}' in an object"));
            return std::nullopt;
        }
    }

    std::optional<JsonNode> parseArray(int depth, int line, int column)
    {
        JsonNode node = positioned(JsonNode::array(), line, column);
        advance(); // [
        skipSpace();
        if (peek() == u']') {
            advance();
            return node;
        }
        while (true) {
            skipSpace();
            m_path.append({QString(), node.items.size()});
            std::optional<JsonNode> value = parseValue(depth + 1);
            m_path.removeLast();
            if (!value)
                return std::nullopt;
            node.items.append(std::move(*value));
            skipSpace();
            if (peek() == u',') {
                advance();
                continue;
            }
            if (peek() == u']') {
                advance();
                return node;
            }
            fail(QCoreApplication::translate("trigon::JsonParser",
                                             "expected ',' or ']' in an array"));
            return std::nullopt;
        }
    }

    std::optional<QString> parseString()
    {
        advance(); // opening quote
        QString result;
        while (m_pos < m_text.size()) {
            const QChar c = m_text.at(m_pos);
            if (c == u'"') {
                advance();
                return result;
            }
            if (c.unicode() < 0x20) {
                failInString(
                        m_pos,
                        QCoreApplication::translate("trigon::JsonParser",
                                                    "control character in a string (write it as an "
                                                    "escape)"));
                return std::nullopt;
            }
            if (c.isSurrogate()) {
                // Only from a QString made in code: decoded UTF-8 holds pairs.
                const QChar next = m_pos + 1 < m_text.size() ? m_text.at(m_pos + 1) : QChar();
                if (!c.isHighSurrogate() || !next.isLowSurrogate()) {
                    failInString(m_pos, loneSurrogate(c.unicode()));
                    return std::nullopt;
                }
                result.append(c);
                result.append(next);
                advance();
                advance();
                continue;
            }
            if (c != u'\\') {
                result.append(c);
                advance();
                continue;
            }
            const qsizetype escape = m_pos;
            advance();
            const QChar e = peek();
            switch (e.unicode()) {
            case u'"':
            case u'\\':
            case u'/':
                result.append(e);
                break;
            case u'b':
                result.append(u'\b');
                break;
            case u'f':
                result.append(u'\f');
                break;
            case u'n':
                result.append(u'\n');
                break;
            case u'r':
                result.append(u'\r');
                break;
            case u't':
                result.append(u'\t');
                break;
            case u'u': {
                const std::optional<char16_t> code = unicodeEscape(m_pos + 1);
                if (!code) {
                    failInString(escape,
                                 QCoreApplication::translate("trigon::JsonParser",
                                                             "invalid \\u escape"));
                    return std::nullopt;
                }
                for (int i = 0; i < 4; ++i)
                    advance();
                if (*code == 0 && m_refuseNul) {
                    failInString(escape,
                                 QCoreApplication::translate(
                                         "trigon::JsonParser",
                                         "a NUL character (\\u0000) in a string: PostgreSQL "
                                         "text cannot hold it"));
                    return std::nullopt;
                }
                if (QChar::isHighSurrogate(*code)) {
                    // Its low half must follow as the next escape.
                    const std::optional<char16_t> low
                            = QStringView(m_text).mid(m_pos + 1, 2) == QLatin1String("\\u")
                            ? unicodeEscape(m_pos + 3)
                            : std::nullopt;
                    if (!low || !QChar::isLowSurrogate(*low)) {
                        failInString(escape, loneSurrogate(*code));
                        return std::nullopt;
                    }
                    result.append(QChar(*code));
                    result.append(QChar(*low));
                    for (int i = 0; i < 6; ++i)
                        advance();
                    break;
                }
                if (QChar::isLowSurrogate(*code)) {
                    failInString(escape, loneSurrogate(*code));
                    return std::nullopt;
                }
                result.append(QChar(*code));
                break;
            }
            default:
                failInString(escape,
                             QCoreApplication::translate("trigon::JsonParser",
                                                         "invalid escape in a string"));
                return std::nullopt;
            }
            advance();
        }
        fail(QCoreApplication::translate("trigon::JsonParser", "unterminated string"));
        return std::nullopt;
    }

    // The four hex digits of a \u escape starting at `pos`.
    std::optional<char16_t> unicodeEscape(qsizetype pos) const
    {
        if (pos + 4 > m_text.size())
            return std::nullopt;
        char16_t code = 0;
        for (qsizetype i = pos; i < pos + 4; ++i) {
            const char16_t c = m_text.at(i).unicode();
            int digit = 0;
            if (c >= u'0' && c <= u'9')
                digit = c - u'0';
            else if (c >= u'a' && c <= u'f')
                digit = c - u'a' + 10;
            else if (c >= u'A' && c <= u'F')
                digit = c - u'A' + 10;
            else
                return std::nullopt;
            code = static_cast<char16_t>(code * 16 + digit);
        }
        return code;
    }

    static QString loneSurrogate(char16_t code)
    {
        return QCoreApplication::translate("trigon::JsonParser",
                                           "a lone surrogate (\\u%1) in a string: it is no "
                                           "character")
                .arg(int(code), 4, 16, QLatin1Char('0'));
    }

    std::optional<JsonNode> parseNumber(int line, int column)
    {
        const qsizetype start = m_pos;
        auto digits = [this] {
            qsizetype count = 0;
            while (peek() >= u'0' && peek() <= u'9') {
                advance();
                ++count;
            }
            return count;
        };
        if (peek() == u'-')
            advance();
        if (peek() == u'0') {
            advance();
        } else if (digits() == 0) {
            fail(QCoreApplication::translate("trigon::JsonParser", "invalid number"));
            return std::nullopt;
        }
        if (peek() == u'.') {
            advance();
            if (digits() == 0) {
                fail(QCoreApplication::translate("trigon::JsonParser", "invalid number"));
                return std::nullopt;
            }
        }
        if (peek() == u'e' || peek() == u'E') {
            advance();
            if (peek() == u'+' || peek() == u'-')
                advance();
            if (digits() == 0) {
                fail(QCoreApplication::translate("trigon::JsonParser", "invalid number"));
                return std::nullopt;
            }
        }
        const double value = m_text.mid(start, m_pos - start).toDouble();
        if (!std::isfinite(value)) {
            fail(QCoreApplication::translate("trigon::JsonParser", "number out of range"));
            return std::nullopt;
        }
        return positioned(JsonNode::fromNumber(value), line, column);
    }

    struct PathSegment
    {
        QString key;
        qsizetype index = -1; // an array element's; -1 for an object member
    };

    const QString &m_text;
    const bool m_refuseNul;
    QList<PathSegment> m_path;
    qsizetype m_pos = 0;
    int m_line = 1;
    qsizetype m_lineStart = 0;
    bool m_failed = false;
    JsonSyntaxError m_error;
};

} // namespace

std::optional<JsonNode> parseJson(const QString &text, JsonSyntaxError *error, JsonStrings strings)
{
    return Parser(text, strings).parseDocument(error);
}

} // namespace trigon
