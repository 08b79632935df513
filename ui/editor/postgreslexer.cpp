#include "ui/editor/postgreslexer.h"

#include "core/sql/sqllexer.h"

#include <QGuiApplication>
#include <QPalette>

#include <Qsci/qsciscintilla.h>

#include <algorithm>

namespace trigon::ui {

namespace {

// Words that are styled as keywords. Non-reserved words that are common column names (name,
// key, type, data, level, action, message) are left out on purpose: in a trigger body they are
// far more often columns than keywords.
const QSet<QByteArray> &keywordSet()
{
    static const QSet<QByteArray> words = [] {
        const char *const list[] = {
                // SQL
                "abort", "add", "all", "alter", "analyse", "analyze", "and", "any", "array", "as",
                "asc", "atomic", "authorization", "before", "after", "begin", "between", "both",
                "by", "cascade", "case", "cast", "check", "collate", "column", "comment", "commit",
                "concurrently", "conflict", "constraint", "copy", "create", "cross", "current",
                "current_date", "current_role", "current_time", "current_timestamp", "current_user",
                "cursor", "deallocate", "declare", "default", "deferrable", "deferred", "definer",
                "delete", "desc", "disable", "distinct", "do", "drop", "each", "else", "enable",
                "end", "escape", "event", "except", "exclude", "execute", "exists", "explain",
                "extension", "false", "fetch", "filter", "first", "for", "foreign", "from", "full",
                "function", "grant", "group", "having", "if", "ilike", "immediate", "immutable",
                "in", "index", "initially", "inner", "insert", "instead", "intersect", "into",
                "invoker", "is", "isnull", "join", "language", "last", "lateral", "leading", "left",
                "like", "limit", "listen", "local", "lock", "materialized", "natural", "new", "not",
                "nothing", "notify", "notnull", "nowait", "null", "nulls", "of", "offset", "old",
                "on", "only", "or", "order", "outer", "over", "owner", "partition", "placing",
                "prepare", "primary", "procedure", "procedures", "publication", "references",
                "referencing", "release", "rename", "replace", "restrict", "returning", "returns",
                "revoke", "right", "role", "rollback", "routine", "row", "rows", "savepoint",
                "schema", "security", "select", "sequence", "session_user", "set", "setof", "share",
                "similar", "some", "stable", "start", "statement", "strict", "table", "tablesample",
                "temp", "temporary", "then", "to", "trailing", "transaction", "trigger", "true",
                "truncate", "union", "unique", "unlisten", "unlogged", "update", "user", "using",
                "vacuum", "values", "variadic", "view", "volatile", "when", "where", "window",
                "with", "within", "work",
                // PL/pgSQL
                "alias", "assert", "close", "constant", "continue", "debug", "diagnostics", "elsif",
                "elseif", "exception", "exit", "foreach", "found", "get", "info", "log", "loop",
                "move", "next", "notice", "open", "perform", "query", "raise", "record", "return",
                "reverse", "row_count", "slice", "sqlerrm", "sqlstate", "stacked", "warning",
                "while", "plpgsql",
                // Trigger variables
                "tg_argv", "tg_event", "tg_level", "tg_name", "tg_nargs", "tg_op", "tg_relid",
                "tg_relname", "tg_table_name", "tg_table_schema", "tg_tag", "tg_when"};
        QSet<QByteArray> set;
        for (const char *word : list)
            set.insert(QByteArray(word));
        return set;
    }();
    return words;
}

const QSet<QByteArray> &typeSet()
{
    static const QSet<QByteArray> words = [] {
        const char *const list[]
                = {"bigint",  "bigserial",     "bit",       "bool",        "boolean",
                   "box",     "bpchar",        "bytea",     "char",        "character",
                   "cidr",    "circle",        "date",      "daterange",   "decimal",
                   "double",  "event_trigger", "float",     "float4",      "float8",
                   "inet",    "int",           "int2",      "int4",        "int4range",
                   "int8",    "int8range",     "integer",   "interval",    "json",
                   "jsonb",   "line",          "lseg",      "macaddr",     "money",
                   "numeric", "numrange",      "oid",       "path",        "point",
                   "polygon", "precision",     "real",      "refcursor",   "regclass",
                   "regproc", "regtype",       "serial",    "smallint",    "smallserial",
                   "text",    "time",          "timestamp", "timestamptz", "timetz",
                   "tsquery", "tsrange",       "tstzrange", "tsvector",    "uuid",
                   "varbit",  "varchar",       "varying",   "void",        "xml",
                   "zone",    "anyelement",    "anyarray"};
        QSet<QByteArray> set;
        for (const char *word : list)
            set.insert(QByteArray(word));
        return set;
    }();
    return words;
}

constexpr int foldBase = QsciScintillaBase::SC_FOLDLEVELBASE;
constexpr int maximumDepth = QsciScintillaBase::SC_FOLDLEVELNUMBERMASK - foldBase;

} // namespace

// The lexer's state between two lines, stored per line (at its end) as Scintilla's line state and
// packed into one int: the SQL lexer's context 3 bits, in-body 1, comment depth 6, previous 2, the
// body's and the string's dollar tag 9 bits each (ids from tagId()).
struct PostgresLexer::State
{
    // What came before, as far as folding and function bodies care.
    enum class Previous { StatementStart, AsOrDo, End, Other };

    SqlLexerState::Context context = SqlLexerState::Context::Code;
    bool inBody = false; // inside a dollar-quoted function body styled as code
    int commentDepth = 0;
    Previous previous = Previous::StatementStart;
    int bodyTag = 0;
    int stringTag = 0;

    int encode() const
    {
        return int(context) | (int(inBody) << 3) | (std::min(commentDepth, 63) << 4)
                | (int(previous) << 10) | (bodyTag << 12) | (stringTag << 21);
    }
    static State decode(int value)
    {
        State state;
        state.context = SqlLexerState::Context(value & 0x7);
        state.inBody = (value >> 3) & 0x1;
        state.commentDepth = (value >> 4) & 0x3f;
        state.previous = Previous((value >> 10) & 0x3);
        state.bodyTag = (value >> 12) & 0x1ff;
        state.stringTag = (value >> 21) & 0x1ff;
        return state;
    }
};

PostgresLexer::PostgresLexer(QObject *parent)
    : QsciLexerCustom(parent)
    , m_baseFont(QFont(QStringLiteral("monospace")))
{
    m_tags.append(QByteArray()); // id 0: $$
    m_tagIds.insert(QByteArray(), 0);
    setAutoIndentStyle(QsciScintilla::AiMaintain);
    applyPalette(QGuiApplication::palette());
}

const char *PostgresLexer::language() const
{
    return "PostgreSQL";
}

QString PostgresLexer::description(int style) const
{
    switch (Style(style)) {
    case Default:
        return tr("Default");
    case LineComment:
        return tr("Line comment");
    case BlockComment:
        return tr("Block comment");
    case Keyword:
        return tr("Keyword");
    case Type:
        return tr("Type name");
    case Identifier:
        return tr("Identifier");
    case QuotedIdentifier:
        return tr("Quoted identifier");
    case String:
        return tr("String");
    case DollarString:
        return tr("Dollar-quoted string");
    case BodyDelimiter:
        return tr("Function body delimiter");
    case Number:
        return tr("Number");
    case Operator:
        return tr("Operator");
    case Parameter:
        return tr("Parameter");
    case CatalogName:
        return tr("Table or column");
    case ErrorAnnotation:
        return tr("Error");
    }
    return QString();
}

int PostgresLexer::braceStyle() const
{
    return Operator;
}

const char *PostgresLexer::wordCharacters() const
{
    return "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
}

QColor PostgresLexer::defaultColor(int style) const
{
    // Two schemes after Visual Studio Code's Light+ and Dark+, which most of our users know.
    const bool d = m_dark;
    switch (Style(style)) {
    case Default:
    case Identifier:
        return m_text;
    case LineComment:
    case BlockComment:
        return QColor(d ? 0x7f8c98 : 0x6a737d);
    case Keyword:
        return QColor(d ? 0x569cd6 : 0x0000ff);
    case Type:
        return QColor(d ? 0x4ec9b0 : 0x267f99);
    case QuotedIdentifier:
        return QColor(d ? 0x9cdcfe : 0x001080);
    case String:
    case DollarString:
        return QColor(d ? 0xce9178 : 0xa31515);
    case BodyDelimiter:
        return QColor(d ? 0xc586c0 : 0xaf00db);
    case Number:
        return QColor(d ? 0xb5cea8 : 0x098658);
    case Operator:
        return QColor(d ? 0xb4b4b4 : 0x505050);
    case Parameter:
        return QColor(d ? 0x4fc1ff : 0x0070c1);
    case CatalogName:
        return QColor(d ? 0xdcdcaa : 0x795e26);
    case ErrorAnnotation:
        return QColor(d ? 0xffb4b4 : 0xa4000f);
    }
    return m_text;
}

QColor PostgresLexer::defaultPaper(int style) const
{
    if (style == ErrorAnnotation)
        return QColor(m_dark ? 0x4b1f24 : 0xfde7e9);
    return m_paper;
}

QFont PostgresLexer::defaultFont(int style) const
{
    QFont font = m_baseFont;
    switch (Style(style)) {
    case Keyword:
    case BodyDelimiter:
        font.setBold(true);
        break;
    case LineComment:
    case BlockComment:
        font.setItalic(true);
        break;
    default:
        break;
    }
    return font;
}

void PostgresLexer::applyPalette(const QPalette &palette)
{
    m_dark = palette.color(QPalette::Window).lightness() < 128;
    m_text = palette.color(QPalette::Text);
    m_paper = palette.color(QPalette::Base);
    setDefaultColor(m_text);
    setDefaultPaper(m_paper);
    for (int style = Default; style <= ErrorAnnotation; ++style) {
        setColor(defaultColor(style), style);
        setPaper(defaultPaper(style), style);
    }
}

void PostgresLexer::setBaseFont(const QFont &font)
{
    m_baseFont = font;
    setDefaultFont(font);
    for (int style = Default; style <= ErrorAnnotation; ++style)
        setFont(defaultFont(style), style);
}

void PostgresLexer::setCatalogNames(const QStringList &names)
{
    QSet<QByteArray> set;
    for (const QString &name : names)
        set.insert(name.toLower().toUtf8());
    if (set == m_catalogNames)
        return;
    m_catalogNames = std::move(set);
    restyleAll();
}

QStringList PostgresLexer::catalogNames() const
{
    QStringList names;
    for (const QByteArray &name : m_catalogNames)
        names.append(QString::fromUtf8(name));
    names.sort();
    return names;
}

bool PostgresLexer::isKeyword(const QByteArray &lowerCaseWord)
{
    return keywordSet().contains(lowerCaseWord);
}

bool PostgresLexer::isTypeName(const QByteArray &lowerCaseWord)
{
    return typeSet().contains(lowerCaseWord);
}

QStringList PostgresLexer::keywordList()
{
    QStringList list;
    for (const QByteArray &word : keywordSet())
        list.append(QString::fromLatin1(word).toUpper());
    list.sort();
    return list;
}

void PostgresLexer::restyleAll()
{
    if (editor())
        editor()->recolor();
}

int PostgresLexer::tagId(const QByteArray &tag)
{
    const auto found = m_tagIds.constFind(tag);
    if (found != m_tagIds.constEnd())
        return *found;
    // The id has 9 bits in the line state. A text with more than 511 different tags shares the
    // last id among the rest: their bodies may then end early, which is only a matter of colour.
    if (m_tags.size() > 0x1ff)
        return 0x1ff;
    const int id = int(m_tags.size());
    m_tags.append(tag);
    m_tagIds.insert(tag, id);
    return id;
}

void PostgresLexer::styleText(int start, int end)
{
    QsciScintilla *scintilla = editor();
    if (!scintilla || end < start)
        return;
    // Restart at the start of a line: the state at the end of the line before was stored when it
    // was styled, and Scintilla only asks for text after the last styled position.
    const int firstLine = int(scintilla->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, start));
    int lastLine = int(scintilla->SendScintilla(QsciScintilla::SCI_LINEFROMPOSITION, end));
    const int from = int(scintilla->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, firstLine));
    const int to = int(scintilla->SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, lastLine))
            + int(scintilla->SendScintilla(QsciScintilla::SCI_LINELENGTH, lastLine));
    // An empty last line is never asked for (there is nothing to style), but it needs its fold
    // level all the same.
    if (to == scintilla->length())
        lastLine = int(scintilla->SendScintilla(QsciScintilla::SCI_GETLINECOUNT)) - 1;
    QByteArray text = scintilla->bytes(from, to);
    text.truncate(to - from); // bytes() appends a terminating zero

    State state;
    int depth = 0;
    if (firstLine > 0) {
        state = State::decode(
                int(scintilla->SendScintilla(QsciScintilla::SCI_GETLINESTATE, firstLine - 1)));
        const int previousLevel
                = int(scintilla->SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, firstLine - 1));
        // The depth at the end of a line is kept in the upper 16 bits of its fold level.
        depth = std::max(
                0, ((previousLevel >> 16) & QsciScintilla::SC_FOLDLEVELNUMBERMASK) - foldBase);
    }

    QByteArray styles;
    styles.reserve(text.size());
    int offset = 0;
    for (int line = firstLine; line <= lastLine; ++line) {
        const int length = int(scintilla->SendScintilla(QsciScintilla::SCI_LINELENGTH, line));
        int minimumDepth = depth;
        lexLine(text.constData() + offset, std::min(length, int(text.size()) - offset), state,
                depth, minimumDepth, styles);
        offset += length;
        scintilla->SendScintilla(QsciScintilla::SCI_SETLINESTATE, line, state.encode());
        int level = (foldBase + minimumDepth) | ((foldBase + depth) << 16);
        if (depth > minimumDepth)
            level |= QsciScintilla::SC_FOLDLEVELHEADERFLAG;
        scintilla->SendScintilla(QsciScintilla::SCI_SETFOLDLEVEL, line, level);
    }

    startStyling(from);
    for (int i = 0; i < styles.size();) {
        int j = i + 1;
        while (j < styles.size() && styles[j] == styles[i])
            ++j;
        setStyling(j - i, styles[i]);
        i = j;
    }
}

void PostgresLexer::lexLine(const char *text, int length, State &state, int &depth,
                            int &minimumDepth, QByteArray &styles)
{
    using Previous = State::Previous;
    const auto style = [&styles](qsizetype count, Style s) {
        styles.append(count, char(s));
    };
    const auto open = [&depth] {
        depth = std::min(depth + 1, maximumDepth);
    };
    const auto close = [&depth, &minimumDepth] {
        depth = std::max(depth - 1, 0);
        minimumDepth = std::min(minimumDepth, depth);
    };

    SqlLexerState lexerState;
    lexerState.context = state.context;
    lexerState.commentDepth = state.commentDepth;
    if (state.context == SqlLexerState::Context::DollarString)
        lexerState.dollarTag = QString::fromUtf8(m_tags.value(state.stringTag));
    SqlLexer lexer(QByteArrayView(text, length), lexerState);
    while (!lexer.atEnd()) {
        const SqlToken token = lexer.next();
        const QByteArrayView tokenText(text + token.start, token.length());
        switch (token.kind) {
        case SqlTokenKind::Whitespace:
        case SqlTokenKind::Other:
            style(token.length(), Default);
            break;
        case SqlTokenKind::LineComment:
            style(token.length(), LineComment);
            break;
        case SqlTokenKind::BlockComment:
            // One fold from the comment's opening to its end, however deeply it nests.
            if (token.openerLength > 0)
                open();
            if (token.terminated)
                close();
            style(token.length(), BlockComment);
            break;
        case SqlTokenKind::String:
        case SqlTokenKind::EscapeString:
            style(token.length(), String);
            state.previous = Previous::Other;
            break;
        case SqlTokenKind::QuotedIdentifier:
            style(token.length(), QuotedIdentifier);
            state.previous = Previous::Other;
            break;
        case SqlTokenKind::DollarString: {
            if (token.openerLength == 0) { // a string continued from an earlier line
                style(token.length(), DollarString);
                break;
            }
            const int tag = tagId(QByteArray(text + token.start + 1, token.openerLength - 2));
            if (state.inBody && tag == state.bodyTag) {
                state.inBody = false;
                state.previous = Previous::Other;
                close();
            } else if (!state.inBody && state.previous == Previous::AsOrDo) {
                state.inBody = true;
                state.bodyTag = tag;
                state.previous = Previous::StatementStart;
                open();
            } else {
                style(token.length(), DollarString);
                state.stringTag = tag;
                state.previous = Previous::Other;
                break;
            }
            // A function body's delimiter: what follows it is code.
            style(token.openerLength, BodyDelimiter);
            lexer.resumeAsCode(token.start + token.openerLength);
            break;
        }
        case SqlTokenKind::Parameter:
            style(token.length(), Parameter);
            state.previous = Previous::Other;
            break;
        case SqlTokenKind::Number:
            style(token.length(), Number);
            state.previous = Previous::Other;
            break;
        case SqlTokenKind::Operator:
        case SqlTokenKind::Punctuation: {
            style(token.length(), Operator);
            if (tokenText == "(")
                open();
            else if (tokenText == ")")
                close();
            // `;` ends a statement, `>>` ends a block label: either way an IF may follow.
            state.previous = tokenText == ";" || tokenText.endsWith(">>")
                    ? Previous::StatementStart
                    : Previous::Other;
            break;
        }
        case SqlTokenKind::Word: {
            const QByteArray word = tokenText.toByteArray().toLower();
            const bool afterDot = token.start > 0 && text[token.start - 1] == '.';
            Style wordStyle = Identifier;
            if (afterDot)
                wordStyle = m_catalogNames.contains(word) ? CatalogName : Identifier;
            else if (isKeyword(word))
                wordStyle = Keyword;
            else if (m_catalogNames.contains(word))
                wordStyle = CatalogName;
            else if (isTypeName(word))
                wordStyle = Type;
            style(token.length(), wordStyle);

            const Previous previous = state.previous;
            state.previous = Previous::Other;
            if (wordStyle != Keyword)
                break;
            // Folding: blocks open at BEGIN, CASE, LOOP and a statement's IF, and close at END
            // (END IF, END LOOP and END CASE close once). A top-level BEGIN; is a transaction,
            // closed by COMMIT or ROLLBACK.
            if (word == "as" || word == "do") {
                state.previous = Previous::AsOrDo;
            } else if (word == "begin") {
                open();
                state.previous = Previous::StatementStart;
            } else if (word == "case") {
                if (previous != Previous::End)
                    open();
            } else if (word == "loop") {
                if (previous != Previous::End) {
                    open();
                    state.previous = Previous::StatementStart;
                }
            } else if (word == "if") {
                if (previous == Previous::StatementStart)
                    open();
            } else if (word == "end") {
                close();
                state.previous = Previous::End;
            } else if (word == "commit" || word == "rollback") {
                if (!state.inBody)
                    close();
            } else if (word == "then" || word == "else" || word == "declare"
                       || word == "exception") {
                state.previous = Previous::StatementStart;
            }
            break;
        }
        }
    }
    state.context = lexer.state().context;
    state.commentDepth = lexer.state().commentDepth;
    if (state.context == SqlLexerState::Context::DollarString)
        state.stringTag = tagId(lexer.state().dollarTag.toUtf8());
}

} // namespace trigon::ui
