#pragma once

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

namespace trigon {

// What a piece of PostgreSQL text is, as PostgreSQL's own scanner (scan.l) cuts it.
enum class SqlTokenKind : quint8 {
    Whitespace,
    LineComment,      // -- up to the end of the line, the line break excluded
    BlockComment,     // /* ... */, which nest
    Word,             // a keyword or an unquoted name; holds $ after its first character
    QuotedIdentifier, // "..." or U&"..."
    String,           // '...', also with a B, X, N or U& prefix
    EscapeString,     // E'...', whose backslashes escape
    DollarString,     // $$...$$ or $tag$...$tag$, delimiters included
    Parameter,        // $1
    Number,
    Operator,    // a run of + - * / < > = ~ ! @ # % ^ & | ` ?, cut as PostgreSQL cuts it
    Punctuation, // one of ( ) [ ] { } , ; : . or ::
    Other,       // any other character: a stray backslash, a $ that starts nothing
};

// One token: [start, end) in code units of the text lexed (UTF-16 or UTF-8 bytes).
struct SqlToken
{
    SqlTokenKind kind = SqlTokenKind::Whitespace;
    qsizetype start = 0;
    qsizetype end = 0;
    // The length of what opens the token: the prefix and quote of a string ("E'" is 2), the
    // "$tag$" of a dollar string, "/*". 0 for a token that continues from an earlier text.
    qsizetype openerLength = 0;
    // False when the text ended inside the token; the lexer's state then says what it was in.
    bool terminated = true;

    qsizetype length() const { return end - start; }
    bool continued() const { return openerLength == 0 && isQuoted(); }
    bool isQuoted() const
    {
        return kind == SqlTokenKind::BlockComment || kind == SqlTokenKind::QuotedIdentifier
                || kind == SqlTokenKind::String || kind == SqlTokenKind::EscapeString
                || kind == SqlTokenKind::DollarString;
    }
    // Neither whitespace nor a comment.
    bool isSignificant() const
    {
        return kind != SqlTokenKind::Whitespace && kind != SqlTokenKind::LineComment
                && kind != SqlTokenKind::BlockComment;
    }
    friend bool operator==(const SqlToken &, const SqlToken &) = default;
};

// What the end of a text is inside of; lexing the next text (the next line) from it goes on
// where this one stopped, as KSyntaxHighlighting carries a State from line to line.
struct SqlLexerState
{
    enum class Context : quint8 {
        Code,
        BlockComment,
        String,
        EscapeString,
        QuotedIdentifier,
        DollarString,
    };
    Context context = Context::Code;
    int commentDepth = 0; // of a block comment: 1 in /* ..., 2 in /* /* ...
    QString dollarTag;    // of a dollar string, without its dollars; empty for $$

    bool insideToken() const { return context != Context::Code; }
    friend bool operator==(const SqlLexerState &, const SqlLexerState &) = default;
};

// The one PostgreSQL lexer: the renderer, statement splitting, import, the catalog's WHEN
// extraction and the editor's highlighting all cut text with it. It reads UTF-16 (QString) or
// UTF-8 (the editor's bytes) the same way, since every character that matters is ASCII and every
// other one may be part of a name. It never fails: text that ends inside a token ends the token
// unterminated, and the state says what it was.
class SqlLexer
{
public:
    explicit SqlLexer(QStringView text, SqlLexerState state = {});
    explicit SqlLexer(QByteArrayView utf8, SqlLexerState state = {});

    bool atEnd() const { return m_position >= m_size; }
    // The next token; call only when !atEnd().
    SqlToken next();
    // The state after the last token returned.
    const SqlLexerState &state() const { return m_state; }
    qsizetype position() const { return m_position; }

    // Goes on at `position` as in code. The editor uses it to read a function body, which is a
    // dollar string to SQL, as code after its opening delimiter.
    void resumeAsCode(qsizetype position);

private:
    template<typename Char>
    SqlToken lex(const Char *p);
    template<typename Char>
    void scanQuoted(const Char *p, SqlToken &token);

    const char16_t *m_utf16 = nullptr;
    const char *m_utf8 = nullptr;
    qsizetype m_size = 0;
    qsizetype m_position = 0;
    SqlLexerState m_state;
};

// Every token of `text`; `endState`, when given, receives the state at its end.
QList<SqlToken> sqlTokens(QStringView text, SqlLexerState *endState = nullptr);
// Only the tokens that are neither whitespace nor comments.
QList<SqlToken> significantSqlTokens(QStringView text);

// The value a token stands for: a name or string without its quotes, doubled quotes undoubled
// and escapes (E'', U&) resolved; a dollar string's contents; any other token's text as it is.
QString sqlTokenValue(QStringView text, const SqlToken &token);

// The index of the token closing the parenthesis or bracket at tokens[open], -1 when none.
qsizetype matchingSqlBracket(QStringView text, const QList<SqlToken> &tokens, qsizetype open);

} // namespace trigon
