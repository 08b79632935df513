#include "core/sql/tablewrites.h"

#include "core/sql/sqllexer.h"

#include <utility>

namespace trigon {

namespace {

// Reads the significant tokens of one piece of code. Each write is found by the words that only a
// statement has (INSERT INTO, UPDATE name SET, DELETE FROM, MERGE INTO), so the same keywords in
// FOR UPDATE, ON DELETE CASCADE, DO UPDATE SET or a trigger's event list do not count.
class WriteScanner
{
public:
    WriteScanner(QStringView code, QList<SqlToken> tokens)
        : m_code(code)
        , m_tokens(std::move(tokens))
    { }

    QList<TableWrite> scan()
    {
        for (qsizetype i = 0; i < m_tokens.size(); ++i) {
            const QString keyword = word(i);
            if (keyword == u"insert" && word(i + 1) == u"into")
                readInsert(i + 2);
            else if (keyword == u"update")
                readUpdate(i + 1);
            else if (keyword == u"delete" && word(i + 1) == u"from")
                readTarget(i + 2, TriggerEvent::Delete);
            else if (keyword == u"merge" && word(i + 1) == u"into")
                readMerge(i + 2);
            else if (keyword == u"truncate")
                readTruncate(i + 1);
            else if (keyword == u"execute")
                readDynamicSql(i + 1);
        }
        return m_writes;
    }

private:
    // The token's text in lower case when it is an unquoted word, else empty.
    QString word(qsizetype i) const
    {
        if (i < 0 || i >= m_tokens.size() || m_tokens[i].kind != SqlTokenKind::Word)
            return {};
        const SqlToken &token = m_tokens[i];
        return m_code.mid(token.start, token.length()).toString().toLower();
    }

    bool isPunctuation(qsizetype i, QStringView text) const
    {
        if (i < 0 || i >= m_tokens.size())
            return false;
        const SqlToken &token = m_tokens[i];
        return (token.kind == SqlTokenKind::Punctuation || token.kind == SqlTokenKind::Operator)
                && m_code.mid(token.start, token.length()) == text;
    }

    // Whether the token can name a table or column: a quoted name, or a word that is not one of
    // the keywords that follow where a name may stand.
    bool isName(qsizetype i) const
    {
        if (i < 0 || i >= m_tokens.size())
            return false;
        if (m_tokens[i].kind == SqlTokenKind::QuotedIdentifier)
            return true;
        static constexpr QStringView keywords[]
                = {u"set",    u"only",   u"as",      u"where",     u"from", u"using",
                   u"values", u"select", u"default", u"returning", u"on",   u"table"};
        const QString text = word(i);
        if (text.isEmpty())
            return false;
        for (QStringView keyword : keywords) {
            if (text == keyword)
                return false;
        }
        return true;
    }

    // A name as PostgreSQL stores it: unquoted words fold to lower case.
    QString name(qsizetype i) const
    {
        if (m_tokens[i].kind == SqlTokenKind::QuotedIdentifier)
            return sqlTokenValue(m_code, m_tokens[i]);
        return word(i);
    }

    // Reads [ONLY] [schema.]table at i into `write`; returns the index after it, or -1.
    qsizetype readTable(qsizetype i, TableWrite &write) const
    {
        if (word(i) == u"only")
            ++i;
        if (!isName(i))
            return -1;
        if (isPunctuation(i + 1, u".") && isName(i + 2)) {
            write.table = {name(i), name(i + 2)};
            write.qualified = true;
            return i + 3;
        }
        write.table = {QString(), name(i)};
        write.qualified = false;
        return i + 1;
    }

    qsizetype readTarget(qsizetype i, TriggerEvent event)
    {
        TableWrite write;
        write.event = event;
        const qsizetype after = readTable(i, write);
        if (after >= 0)
            m_writes.append(write);
        return after;
    }

    // The index of the `;` ending the statement that contains i (or of the bracket closing the
    // one it sits in, as for a statement inside WITH ... AS (...)), or the end of the tokens.
    qsizetype statementEnd(qsizetype i) const
    {
        int depth = 0;
        for (; i < m_tokens.size(); ++i) {
            if (isPunctuation(i, u"(") || isPunctuation(i, u"["))
                ++depth;
            else if (isPunctuation(i, u")") || isPunctuation(i, u"]")) {
                if (--depth < 0)
                    return i;
            } else if (depth == 0 && isPunctuation(i, u";"))
                return i;
        }
        return i;
    }

    // The columns of SET a = ..., b = ... or SET (a, b) = (...) from i; empty when they cannot be
    // told, which counts as any column.
    QStringList setColumns(qsizetype i) const
    {
        QStringList columns;
        const qsizetype end = statementEnd(i);
        while (i < end) {
            if (isPunctuation(i, u"(")) {
                for (++i; i < end && isName(i); i += 2) {
                    columns.append(name(i));
                    if (!isPunctuation(i + 1, u","))
                        break;
                }
                ++i; // onto the closing parenthesis, so that the value is skipped at depth 0
            } else if (isName(i)) {
                columns.append(name(i));
            } else {
                return {};
            }
            // Skip the value up to the next comma at this depth, or to the end of the SET list.
            int depth = 0;
            for (++i; i < end; ++i) {
                if (isPunctuation(i, u"(") || isPunctuation(i, u"["))
                    ++depth;
                else if (isPunctuation(i, u")") || isPunctuation(i, u"]"))
                    --depth;
                else if (depth == 0
                         && (isPunctuation(i, u",") || word(i) == u"from" || word(i) == u"where"
                             || word(i) == u"returning"))
                    break;
            }
            if (i >= end || !isPunctuation(i, u","))
                break;
            ++i;
        }
        return columns;
    }

    void readInsert(qsizetype i)
    {
        TableWrite write;
        write.event = TriggerEvent::Insert;
        const qsizetype after = readTable(i, write);
        if (after < 0)
            return;
        m_writes.append(write);
        // INSERT ... ON CONFLICT ... DO UPDATE SET also fires the table's UPDATE triggers.
        const qsizetype end = statementEnd(after);
        for (qsizetype j = after; j + 1 < end; ++j) {
            if (word(j) == u"do" && word(j + 1) == u"update") {
                write.event = TriggerEvent::Update;
                write.columns = word(j + 2) == u"set" ? setColumns(j + 3) : QStringList();
                m_writes.append(write);
                return;
            }
        }
    }

    void readUpdate(qsizetype i)
    {
        TableWrite write;
        write.event = TriggerEvent::Update;
        qsizetype after = readTable(i, write);
        if (after < 0)
            return;
        if (word(after) == u"as")
            ++after;
        if (isName(after))
            ++after; // an alias
        if (word(after) != u"set")
            return;
        write.columns = setColumns(after + 1);
        m_writes.append(write);
    }

    void readMerge(qsizetype i)
    {
        TableWrite target;
        const qsizetype after = readTable(i, target);
        if (after < 0)
            return;
        const qsizetype end = statementEnd(after);
        for (qsizetype j = after; j + 1 < end; ++j) {
            if (word(j) != u"then")
                continue;
            const QString change = word(j + 1);
            TableWrite write = target;
            if (change == u"insert")
                write.event = TriggerEvent::Insert;
            else if (change == u"update")
                write.event = TriggerEvent::Update;
            else if (change == u"delete")
                write.event = TriggerEvent::Delete;
            else
                continue; // DO NOTHING
            if (write.event == TriggerEvent::Update && word(j + 2) == u"set")
                write.columns = setColumns(j + 3);
            m_writes.append(write);
        }
    }

    void readTruncate(qsizetype i)
    {
        if (word(i) == u"table")
            ++i;
        for (;;) {
            const qsizetype after = readTarget(i, TriggerEvent::Truncate);
            if (after < 0 || !isPunctuation(after, u","))
                return;
            i = after + 1;
        }
    }

    // EXECUTE 'constant SQL' or EXECUTE format('constant SQL with %s', ...).
    void readDynamicSql(qsizetype i)
    {
        if (word(i) == u"format" && isPunctuation(i + 1, u"("))
            i += 2;
        if (i >= m_tokens.size())
            return;
        const SqlToken &token = m_tokens[i];
        if (token.kind != SqlTokenKind::String && token.kind != SqlTokenKind::EscapeString
            && token.kind != SqlTokenKind::DollarString)
            return;
        const QString dynamic = sqlTokenValue(m_code, token);
        m_writes.append(WriteScanner(dynamic, significantSqlTokens(dynamic)).scan());
    }

    QStringView m_code;
    QList<SqlToken> m_tokens;
    QList<TableWrite> m_writes;
};

} // namespace

QList<TableWrite> tableWritesInSql(QStringView code)
{
    return WriteScanner(code, significantSqlTokens(code)).scan();
}

PlpgsqlReading readPlpgsql(QStringView code)
{
    const QList<SqlToken> tokens = significantSqlTokens(code);
    const auto isWord = [&](qsizetype i, QStringView word) {
        return tokens[i].kind == SqlTokenKind::Word
                && code.mid(tokens[i].start, tokens[i].length()).compare(word, Qt::CaseInsensitive)
                == 0;
    };
    const auto text = [&](qsizetype i) {
        return code.mid(tokens[i].start, tokens[i].length());
    };
    PlpgsqlReading reading;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        reading.mentionsTriggerDepth
                = reading.mentionsTriggerDepth || isWord(i, u"pg_trigger_depth");
        if (i + 1 < tokens.size() && isWord(i, u"return") && isWord(i + 1, u"null"))
            reading.returnsNull = true;
        // NEW.x := ...
        if (i + 3 < tokens.size() && isWord(i, u"new") && text(i + 1) == u"."
            && text(i + 3).startsWith(u':'))
            reading.assignsNewRow = true;
    }
    reading.writes = WriteScanner(code, tokens).scan();
    return reading;
}

bool returnsNull(QStringView code)
{
    return readPlpgsql(code).returnsNull;
}

bool mentionsTriggerDepth(QStringView code)
{
    return readPlpgsql(code).mentionsTriggerDepth;
}

} // namespace trigon
