#include "core/sql/sqllexer.h"

#include <QAnyStringView>
#include <QUtf8StringView>

namespace trigon {

namespace {

using Context = SqlLexerState::Context;

// Code units are compared as unsigned numbers: in UTF-8 every byte of a non-ASCII character is
// 0x80 or above, in UTF-16 every such unit is; PostgreSQL lets all of them be part of a name.
template<typename Char>
uint unit(Char c)
{
    if constexpr (sizeof(Char) == 1)
        return uchar(c);
    else
        return uint(c);
}

bool isNameStart(uint c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
}

bool isDigit(uint c)
{
    return c >= '0' && c <= '9';
}

bool isTagPart(uint c)
{
    return isNameStart(c) || isDigit(c);
}

bool isNamePart(uint c)
{
    return isTagPart(c) || c == '$';
}

bool isSpace(uint c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool isOneOf(uint c, QLatin1StringView characters)
{
    return c > 0 && c < 0x80 && characters.contains(QLatin1Char(char(c)));
}

bool isOperatorChar(uint c)
{
    return isOneOf(c, QLatin1StringView("+-*/<>=~!@#%^&|`?"));
}

// An operator may end in + or - only when it also holds one of these (scan.l's rule), so that
// `a=-1` reads as `=` and `-1`.
bool allowsTrailingSign(uint c)
{
    return isOneOf(c, QLatin1StringView("~!@#%^&|`?"));
}

bool isPunctuation(uint c)
{
    return isOneOf(c, QLatin1StringView("()[]{},;:."));
}

template<typename Char>
QAnyStringView viewOf(const Char *p, qsizetype length)
{
    if constexpr (sizeof(Char) == 1)
        return QUtf8StringView(p, length);
    else
        return QStringView(p, length);
}

template<typename Char>
QString stringOf(const Char *p, qsizetype length)
{
    return viewOf(p, length).toString();
}

// The end of the "$tag$" starting at p[i] (one past its second $), or -1 when none starts there.
template<typename Char>
qsizetype dollarDelimiterEnd(const Char *p, qsizetype size, qsizetype i)
{
    qsizetype j = i + 1;
    if (j < size && unit(p[j]) != '$') {
        if (!isNameStart(unit(p[j])))
            return -1;
        while (j < size && isTagPart(unit(p[j])))
            ++j;
    }
    return j < size && unit(p[j]) == '$' ? j + 1 : -1;
}

SqlTokenKind continuedKind(Context context)
{
    switch (context) {
    case Context::BlockComment:
        return SqlTokenKind::BlockComment;
    case Context::String:
        return SqlTokenKind::String;
    case Context::EscapeString:
        return SqlTokenKind::EscapeString;
    case Context::QuotedIdentifier:
        return SqlTokenKind::QuotedIdentifier;
    case Context::DollarString:
        return SqlTokenKind::DollarString;
    case Context::Code:
        break;
    }
    return SqlTokenKind::Whitespace;
}

} // namespace

SqlLexer::SqlLexer(QStringView text, SqlLexerState state)
    : m_utf16(text.utf16())
    , m_size(text.size())
    , m_state(std::move(state))
{ }

SqlLexer::SqlLexer(QByteArrayView utf8, SqlLexerState state)
    : m_utf8(utf8.data())
    , m_size(utf8.size())
    , m_state(std::move(state))
{ }

SqlToken SqlLexer::next()
{
    return m_utf16 ? lex(m_utf16) : lex(m_utf8);
}

void SqlLexer::resumeAsCode(qsizetype position)
{
    m_position = std::min(position, m_size);
    m_state = {};
}

// Reads on from m_position inside the quoted token that m_state's context names, to its end or
// the end of the text.
template<typename Char>
void SqlLexer::scanQuoted(const Char *p, SqlToken &token)
{
    const qsizetype size = m_size;
    qsizetype i = m_position;
    switch (m_state.context) {
    case Context::Code:
        break;
    case Context::BlockComment:
        while (i < size) {
            const uint c = unit(p[i]);
            const uint next = i + 1 < size ? unit(p[i + 1]) : 0;
            if (c == '/' && next == '*') {
                ++m_state.commentDepth;
                i += 2;
            } else if (c == '*' && next == '/') {
                i += 2;
                if (--m_state.commentDepth <= 0) {
                    m_state = {};
                    break;
                }
            } else {
                ++i;
            }
        }
        break;
    case Context::String:
    case Context::EscapeString:
    case Context::QuotedIdentifier: {
        const uint quote = m_state.context == Context::QuotedIdentifier ? '"' : '\'';
        const bool backslashes = m_state.context == Context::EscapeString;
        while (i < size) {
            const uint c = unit(p[i]);
            if (backslashes && c == '\\') {
                i += 2; // the escaped character, a quote or a line break included
            } else if (c == quote) {
                if (i + 1 < size && unit(p[i + 1]) == quote) {
                    i += 2;
                } else {
                    ++i;
                    m_state = {};
                    break;
                }
            } else {
                ++i;
            }
        }
        i = std::min(i, size);
        break;
    }
    case Context::DollarString:
        while (i < size) {
            if (unit(p[i]) != '$') {
                ++i;
                continue;
            }
            const qsizetype end = dollarDelimiterEnd(p, size, i);
            if (end > 0
                && QAnyStringView::equal(viewOf(p + i + 1, end - i - 2), m_state.dollarTag)) {
                i = end;
                m_state = {};
                break;
            }
            ++i; // a closing delimiter may start at the next $: "$a$x$" holds "$x$"
        }
        break;
    }
    token.end = i;
    token.terminated = !m_state.insideToken();
    m_position = i;
}

template<typename Char>
SqlToken SqlLexer::lex(const Char *p)
{
    const qsizetype size = m_size;
    qsizetype i = m_position;
    SqlToken token;
    token.start = i;

    const auto quoted = [&](SqlTokenKind kind, Context context, qsizetype openerLength) {
        token.kind = kind;
        token.openerLength = openerLength;
        m_state.context = context;
        if (context == Context::BlockComment)
            m_state.commentDepth = 1;
        m_position = i + openerLength;
        scanQuoted(p, token);
        return token;
    };
    const auto simple = [&](SqlTokenKind kind, qsizetype end) {
        token.kind = kind;
        token.end = end;
        m_position = end;
        return token;
    };

    if (m_state.insideToken()) { // the text starts inside a token that began before it
        token.kind = continuedKind(m_state.context);
        scanQuoted(p, token);
        return token;
    }

    const uint c = unit(p[i]);
    const uint next = i + 1 < size ? unit(p[i + 1]) : 0;
    if (isSpace(c)) {
        qsizetype j = i + 1;
        while (j < size && isSpace(unit(p[j])))
            ++j;
        return simple(SqlTokenKind::Whitespace, j);
    }
    if (c == '-' && next == '-') {
        qsizetype j = i + 2;
        while (j < size && unit(p[j]) != '\n' && unit(p[j]) != '\r')
            ++j;
        return simple(SqlTokenKind::LineComment, j);
    }
    if (c == '/' && next == '*')
        return quoted(SqlTokenKind::BlockComment, Context::BlockComment, 2);
    if (c == '\'')
        return quoted(SqlTokenKind::String, Context::String, 1);
    if (c == '"')
        return quoted(SqlTokenKind::QuotedIdentifier, Context::QuotedIdentifier, 1);
    if (isNameStart(c)) {
        // A one-letter prefix right before a quote makes a string of another kind.
        if (next == '\'') {
            if (c == 'e' || c == 'E')
                return quoted(SqlTokenKind::EscapeString, Context::EscapeString, 2);
            if (c == 'b' || c == 'B' || c == 'x' || c == 'X' || c == 'n' || c == 'N')
                return quoted(SqlTokenKind::String, Context::String, 2);
        }
        if ((c == 'u' || c == 'U') && next == '&' && i + 2 < size) {
            const uint quote = unit(p[i + 2]);
            if (quote == '\'')
                return quoted(SqlTokenKind::String, Context::String, 3);
            if (quote == '"')
                return quoted(SqlTokenKind::QuotedIdentifier, Context::QuotedIdentifier, 3);
        }
        qsizetype j = i + 1;
        while (j < size && isNamePart(unit(p[j])))
            ++j;
        return simple(SqlTokenKind::Word, j);
    }
    if (c == '$') {
        if (isDigit(next)) {
            qsizetype j = i + 1;
            while (j < size && isDigit(unit(p[j])))
                ++j;
            return simple(SqlTokenKind::Parameter, j);
        }
        const qsizetype delimiterEnd = dollarDelimiterEnd(p, size, i);
        if (delimiterEnd < 0)
            return simple(SqlTokenKind::Other, i + 1);
        m_state.dollarTag = stringOf(p + i + 1, delimiterEnd - i - 2);
        return quoted(SqlTokenKind::DollarString, Context::DollarString, delimiterEnd - i);
    }
    if (isDigit(c) || (c == '.' && isDigit(next))) {
        qsizetype j = i;
        while (j < size && isDigit(unit(p[j])))
            ++j;
        if (j < size && unit(p[j]) == '.' && !(j + 1 < size && unit(p[j + 1]) == '.')) {
            ++j; // not "1..2", which is a number, two dots and a number in array slices
            while (j < size && isDigit(unit(p[j])))
                ++j;
        }
        if (j < size && (unit(p[j]) == 'e' || unit(p[j]) == 'E')) {
            qsizetype k = j + 1;
            if (k < size && (unit(p[k]) == '+' || unit(p[k]) == '-'))
                ++k;
            if (k < size && isDigit(unit(p[k]))) {
                while (k < size && isDigit(unit(p[k])))
                    ++k;
                j = k;
            }
        }
        return simple(SqlTokenKind::Number, j);
    }
    if (c == ':' && next == ':')
        return simple(SqlTokenKind::Punctuation, i + 2);
    if (isPunctuation(c))
        return simple(SqlTokenKind::Punctuation, i + 1);
    if (isOperatorChar(c)) {
        qsizetype j = i;
        bool signMayEnd = false;
        while (j < size && isOperatorChar(unit(p[j]))) {
            const uint d = unit(p[j]);
            const uint after = j + 1 < size ? unit(p[j + 1]) : 0;
            if (j > i && ((d == '-' && after == '-') || (d == '/' && after == '*')))
                break; // a comment starts inside the run
            signMayEnd = signMayEnd || allowsTrailingSign(d);
            ++j;
        }
        while (j - i > 1 && !signMayEnd && (unit(p[j - 1]) == '+' || unit(p[j - 1]) == '-'))
            --j;
        return simple(SqlTokenKind::Operator, j);
    }
    return simple(SqlTokenKind::Other, i + 1);
}

QList<SqlToken> sqlTokens(QStringView text, SqlLexerState *endState)
{
    QList<SqlToken> tokens;
    SqlLexer lexer(text);
    while (!lexer.atEnd())
        tokens.append(lexer.next());
    if (endState)
        *endState = lexer.state();
    return tokens;
}

QList<SqlToken> significantSqlTokens(QStringView text)
{
    QList<SqlToken> tokens;
    SqlLexer lexer(text);
    while (!lexer.atEnd()) {
        const SqlToken token = lexer.next();
        if (token.isSignificant())
            tokens.append(token);
    }
    return tokens;
}

namespace {

// The contents of a quoted token between its opener and its closing quote (if it has one).
QStringView quotedContents(QStringView text, const SqlToken &token, qsizetype closerLength)
{
    const qsizetype from = token.start + token.openerLength;
    const qsizetype to = token.terminated ? token.end - closerLength : token.end;
    return text.sliced(from, std::max<qsizetype>(0, to - from));
}

void appendCodePoint(QString &result, char32_t codePoint)
{
    if (codePoint == 0 || codePoint > 0x10ffff || (codePoint >= 0xd800 && codePoint <= 0xdfff))
        result += QChar::ReplacementCharacter; // PostgreSQL refuses these; the value is unusable
    else
        result += QString::fromUcs4(&codePoint, 1);
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= u'0' && u <= u'9')
        return u - u'0';
    if (u >= u'a' && u <= u'f')
        return u - u'a' + 10;
    if (u >= u'A' && u <= u'F')
        return u - u'A' + 10;
    return -1;
}

// Reads up to `count` hex digits at text[from] into `value`; returns how many there were.
qsizetype hexDigits(QStringView text, qsizetype from, qsizetype count, char32_t *value)
{
    qsizetype i = from;
    *value = 0;
    for (; i < text.size() && i - from < count && hexValue(text[i]) >= 0; ++i)
        *value = *value * 16 + char32_t(hexValue(text[i]));
    return i - from;
}

QString undoubled(QStringView contents, QChar quote)
{
    QString result;
    result.reserve(contents.size());
    for (qsizetype i = 0; i < contents.size(); ++i) {
        result += contents[i];
        if (contents[i] == quote && i + 1 < contents.size() && contents[i + 1] == quote)
            ++i;
    }
    return result;
}

// E'' escapes: \b \f \n \r \t, octal \o \oo \ooo, \xh \xhh, \uXXXX, \UXXXXXXXX, and \c for c.
QString unescaped(QStringView contents)
{
    QString result;
    result.reserve(contents.size());
    for (qsizetype i = 0; i < contents.size(); ++i) {
        const QChar c = contents[i];
        if (c == u'\'' && i + 1 < contents.size() && contents[i + 1] == u'\'') {
            result += c;
            ++i;
            continue;
        }
        if (c != u'\\' || i + 1 == contents.size()) {
            result += c;
            continue;
        }
        const QChar e = contents[++i];
        char32_t value = 0;
        if (e == u'b') {
            result += u'\b';
        } else if (e == u'f') {
            result += u'\f';
        } else if (e == u'n') {
            result += u'\n';
        } else if (e == u'r') {
            result += u'\r';
        } else if (e == u't') {
            result += u'\t';
        } else if (e >= u'0' && e <= u'7') {
            qsizetype j = i;
            for (; j < contents.size() && j - i < 3 && contents[j] >= u'0' && contents[j] <= u'7';
                 ++j)
                value = value * 8 + char32_t(contents[j].unicode() - u'0');
            appendCodePoint(result, value);
            i = j - 1;
        } else if (e == u'x' && hexDigits(contents, i + 1, 2, &value) > 0) {
            i += hexDigits(contents, i + 1, 2, &value);
            appendCodePoint(result, value);
        } else if ((e == u'u' || e == u'U')
                   && hexDigits(contents, i + 1, e == u'u' ? 4 : 8, &value)
                           == (e == u'u' ? 4 : 8)) {
            i += e == u'u' ? 4 : 8;
            appendCodePoint(result, value);
        } else {
            result += e;
        }
    }
    return result;
}

// U&'' and U&"" escapes with the default escape character: \XXXX, \+XXXXXX and \\.
QString unicodeUnescaped(const QString &contents)
{
    QString result;
    result.reserve(contents.size());
    for (qsizetype i = 0; i < contents.size(); ++i) {
        const QChar c = contents[i];
        char32_t value = 0;
        if (c != u'\\' || i + 1 == contents.size()) {
            result += c;
        } else if (contents[i + 1] == u'\\') {
            result += c;
            ++i;
        } else if (contents[i + 1] == u'+' && hexDigits(contents, i + 2, 6, &value) == 6) {
            appendCodePoint(result, value);
            i += 7;
        } else if (hexDigits(contents, i + 1, 4, &value) == 4) {
            appendCodePoint(result, value);
            i += 4;
        } else {
            result += c;
        }
    }
    return result;
}

} // namespace

QString sqlTokenValue(QStringView text, const SqlToken &token)
{
    switch (token.kind) {
    case SqlTokenKind::QuotedIdentifier: {
        const QString name = undoubled(quotedContents(text, token, 1), u'"');
        return token.openerLength == 3 ? unicodeUnescaped(name) : name;
    }
    case SqlTokenKind::String: {
        const QString value = undoubled(quotedContents(text, token, 1), u'\'');
        return token.openerLength == 3 ? unicodeUnescaped(value) : value;
    }
    case SqlTokenKind::EscapeString:
        return unescaped(quotedContents(text, token, 1));
    case SqlTokenKind::DollarString:
        return quotedContents(text, token, token.openerLength).toString();
    default:
        return text.sliced(token.start, token.length()).toString();
    }
}

qsizetype matchingSqlBracket(QStringView text, const QList<SqlToken> &tokens, qsizetype open)
{
    int depth = 0;
    for (qsizetype i = open; i < tokens.size(); ++i) {
        const SqlToken &token = tokens[i];
        if (token.kind != SqlTokenKind::Punctuation || token.length() != 1)
            continue;
        const QChar c = text[token.start];
        if (c == u'(' || c == u'[')
            ++depth;
        else if ((c == u')' || c == u']') && --depth == 0)
            return i;
    }
    return -1;
}

} // namespace trigon
