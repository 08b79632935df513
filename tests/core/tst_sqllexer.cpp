#include "core/analysis/sqlexpression.h"
#include "core/analysis/sqlstatements.h"
#include "core/model/condition.h"
#include "core/sql/sqllexer.h"

#include <QTest>

using namespace trigon;

namespace {

// A token written as kind:text, e.g. "Word:SELECT", so that a row reads like the text it cuts.
QString describe(QStringView text, const SqlToken &token)
{
    static const char *const names[]
            = {"Whitespace", "LineComment",  "BlockComment", "Word",      "QuotedIdentifier",
               "String",     "EscapeString", "DollarString", "Parameter", "Number",
               "Operator",   "Punctuation",  "Other"};
    QString result = QLatin1String(names[int(token.kind)]) + u':'
            + text.sliced(token.start, token.length()).toString();
    if (!token.terminated)
        result += QLatin1String(" (open)");
    return result;
}

QStringList describeSignificant(const QString &text)
{
    QStringList result;
    for (const SqlToken &token : sqlTokens(text)) {
        if (token.kind != SqlTokenKind::Whitespace)
            result.append(describe(text, token));
    }
    return result;
}

} // namespace

class TestSqlLexer : public QObject
{
    Q_OBJECT

private slots:
    void cutsTokens_data();
    void cutsTokens();
    void readsValues_data();
    void readsValues();
    void carriesStateFromLineToLine_data();
    void carriesStateFromLineToLine();
    void readsUtf8AsUtf16();
    void resumesAsCode();
    void splitsStatements_data();
    void splitsStatements();
    void findsRowReferences_data();
    void findsRowReferences();
    void findsTransactionControl_data();
    void findsTransactionControl();
    void keepsAnExpressionInItsClause_data();
    void keepsAnExpressionInItsClause();
};

void TestSqlLexer::cutsTokens_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("tokens"); // whitespace left out

    const auto row = [](const char *name, const char *text, QStringList tokens) {
        QTest::newRow(name) << QString::fromUtf8(text) << tokens;
    };
    row("words and a number", "SELECT 1.5e-3", {"Word:SELECT", "Number:1.5e-3"});
    row("exponent without digits is a name after the number", "SELECT 2e",
        {"Word:SELECT", "Number:2", "Word:e"});
    row("cast", "x::int", {"Word:x", "Punctuation:::", "Word:int"});
    row("parameter", "$1 + $12", {"Parameter:$1", "Operator:+", "Parameter:$12"});
    row("dollar inside a name", "AS$$x", {"Word:AS$$x"});
    row("dollar quote", "$$it's$$", {"DollarString:$$it's$$"});
    row("tagged dollar quote holding $$", "$x$ a $$ b $x$;",
        {"DollarString:$x$ a $$ b $x$", "Punctuation:;"});
    // The statement splitter and the import read "$a$x$" as a quote that never closes.
    row("closing tag right after a dollar", "$x$a$x$", {"DollarString:$x$a$x$"});
    row("tag with digits", "$t1$ x $t1$", {"DollarString:$t1$ x $t1$"});
    row("a tag cannot start with a digit", "$1x$", {"Parameter:$1", "Word:x$"});
    row("lone dollar", "$ x", {"Other:$", "Word:x"});
    row("doubled quote", "'it''s'", {"String:'it''s'"});
    row("backslash ends nothing in a plain string", R"('a\' b)", {R"(String:'a\')", "Word:b"});
    // The statement splitter and the catalog loader stopped at the backslashed quote.
    row("E string", R"(E'a\'b' c)", {R"(EscapeString:E'a\'b')", "Word:c"});
    row("lower-case e string", R"(e'\\' d)", {R"(EscapeString:e'\\')", "Word:d"});
    row("a name ending in e is no prefix", "abe'x'", {"Word:abe", "String:'x'"});
    row("bit, hex and national strings", "B'01' X'ff' N'n'",
        {"String:B'01'", "String:X'ff'", "String:N'n'"});
    row("unicode string", R"(U&'d\0061t' u&"n")",
        {R"(String:U&'d\0061t')", "QuotedIdentifier:u&\"n\""});
    row("quoted identifier", R"("a""b c".x)",
        {R"(QuotedIdentifier:"a""b c")", "Punctuation:.", "Word:x"});
    // The splitter's regular expression and the catalog loader ended this comment at the first */.
    row("nested comment", "/* a /* b */ c */ x", {"BlockComment:/* a /* b */ c */", "Word:x"});
    row("line comment", "x -- a; note\ny", {"Word:x", "LineComment:-- a; note", "Word:y"});
    row("operators", "a >= b <> c", {"Word:a", "Operator:>=", "Word:b", "Operator:<>", "Word:c"});
    row("an operator does not end in a sign", "a=-1",
        {"Word:a", "Operator:=", "Operator:-", "Number:1"});
    row("unless it holds one of ~!@#%^&|`?", "a@-b", {"Word:a", "Operator:@-", "Word:b"});
    row("a comment starts inside an operator run", "a+--c\nb",
        {"Word:a", "Operator:+", "LineComment:--c", "Word:b"});
    row("non-ASCII names", "größe+ñ", {"Word:größe", "Operator:+", "Word:ñ"});
    row("unterminated string", "'abc", {"String:'abc (open)"});
    row("unterminated comment", "/* a /* b */", {"BlockComment:/* a /* b */ (open)"});
    row("unterminated dollar quote", "$f$ body $g$", {"DollarString:$f$ body $g$ (open)"});
    row("semicolons in strings stay inside", "'a;b'; $$;$$;",
        {"String:'a;b'", "Punctuation:;", "DollarString:$$;$$", "Punctuation:;"});
    row("stray backslash", "\\x", {"Other:\\", "Word:x"});
}

void TestSqlLexer::cutsTokens()
{
    QFETCH(QString, text);
    QFETCH(QStringList, tokens);
    QCOMPARE(describeSignificant(text), tokens);

    // The tokens cover the text without a gap.
    qsizetype position = 0;
    for (const SqlToken &token : sqlTokens(text)) {
        QCOMPARE(token.start, position);
        QVERIFY(token.end > token.start);
        position = token.end;
    }
    QCOMPARE(position, text.size());
}

void TestSqlLexer::readsValues_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("value");

    QTest::newRow("word") << "Orders"
                          << "Orders";
    QTest::newRow("quoted name") << R"("say ""hi""")"
                                 << R"(say "hi")";
    QTest::newRow("string") << "'it''s'"
                            << "it's";
    QTest::newRow("E escapes") << R"(E'a\nb\t\'\\\x41\101\u00e9')"
                               << QString::fromUtf8("a\nb\t'\\AAé");
    QTest::newRow("E doubled quote") << R"(E'it''s')"
                                     << "it's";
    QTest::newRow("unicode escapes") << R"(U&'d\0061t\+000061 \\')"
                                     << R"(data \)";
    QTest::newRow("unicode name") << R"(U&"\00e9t")" << QString::fromUtf8("ét");
    QTest::newRow("dollar string") << "$t$ a 'b' $t$"
                                   << " a 'b' ";
    QTest::newRow("empty dollar string") << "$$$$"
                                         << "";
    QTest::newRow("open string") << "'abc"
                                 << "abc";
}

void TestSqlLexer::readsValues()
{
    QFETCH(QString, text);
    QFETCH(QString, value);
    const QList<SqlToken> tokens = sqlTokens(text);
    QCOMPARE(tokens.size(), 1);
    QCOMPARE(sqlTokenValue(text, tokens.first()), value);
}

void TestSqlLexer::carriesStateFromLineToLine_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("states"); // at the end of each line

    QTest::newRow("function body") << "CREATE FUNCTION f() AS $body$\nBEGIN\nEND $body$;"
                                   << QStringList {"dollar body", "dollar body", "code"};
    QTest::newRow("tag that is not the one open")
            << "$a$\n$b$\n$a$" << QStringList {"dollar a", "dollar a", "code"};
    QTest::newRow("nested comment") << "/* a\n/* b\n*/\n*/ x"
                                    << QStringList {"comment 1", "comment 2", "comment 1", "code"};
    QTest::newRow("string over lines") << "'a\nb'\nc" << QStringList {"string", "code", "code"};
    QTest::newRow("E string with an escaped quote at the line's end")
            << "E'a\\'\nb'" << QStringList {"escape string", "code"};
    QTest::newRow("quoted name over lines") << "\"a\nb\"" << QStringList {"name", "code"};
    QTest::newRow("line comment ends at the line") << "-- 'a\nb" << QStringList {"code", "code"};
}

void TestSqlLexer::carriesStateFromLineToLine()
{
    QFETCH(QString, text);
    QFETCH(QStringList, states);

    const auto describeState = [](const SqlLexerState &state) {
        switch (state.context) {
        case SqlLexerState::Context::Code:
            return QStringLiteral("code");
        case SqlLexerState::Context::BlockComment:
            return QStringLiteral("comment %1").arg(state.commentDepth);
        case SqlLexerState::Context::String:
            return QStringLiteral("string");
        case SqlLexerState::Context::EscapeString:
            return QStringLiteral("escape string");
        case SqlLexerState::Context::QuotedIdentifier:
            return QStringLiteral("name");
        case SqlLexerState::Context::DollarString:
            return QStringLiteral("dollar ") + state.dollarTag;
        }
        return QString();
    };

    // Line by line, each line (with its line break) lexed from the state the one before ended in.
    QStringList lineStates;
    QStringList lineTokens;
    SqlLexerState state;
    for (const QString &line : text.split(u'\n')) {
        const QString withBreak = lineStates.size() + 1 < states.size() ? line + u'\n' : line;
        SqlLexer lexer(withBreak, state);
        while (!lexer.atEnd())
            lineTokens.append(describe(withBreak, lexer.next()));
        state = lexer.state();
        lineStates.append(describeState(state));
    }
    QCOMPARE(lineStates, states);

    // The whole text at once ends in the same state.
    SqlLexerState whole;
    sqlTokens(text, &whole);
    QCOMPARE(whole, state);
}

void TestSqlLexer::readsUtf8AsUtf16()
{
    // The editor lexes UTF-8 bytes, the renderer UTF-16: the same cuts, in their own code units.
    const QString text = QString::fromUtf8(
            "SELECT 'größe', \"ñame\" FROM $é$ x $é$ -- ü\n/* ß */ U&'\\00e9' $1 größe::text");
    const QByteArray utf8 = text.toUtf8();
    SqlLexer bytes(utf8);
    const QList<SqlToken> tokens = sqlTokens(text);
    for (const SqlToken &token : tokens) {
        QVERIFY(!bytes.atEnd());
        const SqlToken byteToken = bytes.next();
        QCOMPARE(byteToken.kind, token.kind);
        QCOMPARE(QString::fromUtf8(utf8.mid(byteToken.start, byteToken.length())),
                 text.mid(token.start, token.length()));
    }
    QVERIFY(bytes.atEnd());
}

void TestSqlLexer::resumesAsCode()
{
    const QString text = QStringLiteral("AS $$ SELECT ';' $$;");
    SqlLexer lexer(text);
    SqlToken token;
    do {
        token = lexer.next();
    } while (token.kind != SqlTokenKind::DollarString);
    QCOMPARE(token.openerLength, 2);
    lexer.resumeAsCode(token.start + token.openerLength);
    QStringList rest;
    while (!lexer.atEnd()) {
        const SqlToken next = lexer.next();
        if (next.kind != SqlTokenKind::Whitespace)
            rest.append(describe(text, next));
    }
    QCOMPARE(rest, (QStringList {"Word:SELECT", "String:';'", "DollarString:$$; (open)"}));
}

void TestSqlLexer::splitsStatements_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QStringList>("statements");

    QTest::newRow("two") << "SELECT 1; SELECT 2;" << QStringList {"SELECT 1;", "SELECT 2;"};
    QTest::newRow("no final semicolon")
            << "SELECT 1;\nSELECT 2" << QStringList {"SELECT 1;", "SELECT 2"};
    QTest::newRow("semicolon in a body")
            << "CREATE FUNCTION f() AS $f$ BEGIN NULL; END $f$ LANGUAGE plpgsql; SELECT 1;"
            << QStringList {"CREATE FUNCTION f() AS $f$ BEGIN NULL; END $f$ LANGUAGE plpgsql;",
                            "SELECT 1;"};
    // The old splitter split inside the E string at the escaped quote.
    QTest::newRow("E string with an escaped quote")
            << R"(SELECT E'a\';b'; SELECT 2;)" << QStringList {R"(SELECT E'a\';b';)", "SELECT 2;"};
    // The old splitter ended the comment at the inner */ and split at the ; after it.
    QTest::newRow("nested comment")
            << "/* a /* b */ ; */ SELECT 1;" << QStringList {"/* a /* b */ ; */ SELECT 1;"};
    QTest::newRow("comments only are dropped")
            << "SELECT 1; -- done\n/* end */;" << QStringList {"SELECT 1;"};
    QTest::newRow("quoted name with a semicolon")
            << R"(CREATE TABLE "a;b"(); SELECT 2)"
            << QStringList {R"(CREATE TABLE "a;b"();)", "SELECT 2"};
}

void TestSqlLexer::splitsStatements()
{
    QFETCH(QString, script);
    QFETCH(QStringList, statements);
    QCOMPARE(splitSqlStatements(script), statements);
}

void TestSqlLexer::findsRowReferences_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<bool>("oldRow");
    QTest::addColumn<bool>("newRow");

    QTest::newRow("both") << "OLD.a <> NEW.a" << true << true;
    QTest::newRow("space before the dot") << "new .a > 0" << false << true;
    QTest::newRow("in a string") << "'old.a' = new.b" << false << true;
    QTest::newRow("in a quoted name") << "\"old.x\".a" << false << false;
    QTest::newRow("part of a name") << "cold.a = renew.b" << false << false;
    // The old scanner did not know comments or dollar quotes.
    QTest::newRow("in a comment") << "/* old.a */ true" << false << false;
    QTest::newRow("in a dollar quote") << "$$old.a$$ = new.a" << false << true;
}

void TestSqlLexer::findsRowReferences()
{
    QFETCH(QString, sql);
    QFETCH(bool, oldRow);
    QFETCH(bool, newRow);
    QCOMPARE(sqlReferencesRow(sql, RowVersion::Old), oldRow);
    QCOMPARE(sqlReferencesRow(sql, RowVersion::New), newRow);
}

void TestSqlLexer::findsTransactionControl_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QString>("statement");

    QTest::newRow("none") << "INSERT INTO t VALUES (1); UPDATE t SET a = 2" << QString();
    QTest::newRow("commit") << "INSERT INTO t VALUES (1); commit; DROP TABLE t"
                            << QStringLiteral("commit;");
    QTest::newRow("end") << "END" << QStringLiteral("END");
    QTest::newRow("abort") << "ABORT;" << QStringLiteral("ABORT;");
    QTest::newRow("begin") << "SELECT 1; BEGIN;" << QStringLiteral("BEGIN;");
    QTest::newRow("start transaction")
            << "START TRANSACTION" << QStringLiteral("START TRANSACTION");
    QTest::newRow("rollback") << "ROLLBACK WORK" << QStringLiteral("ROLLBACK WORK");
    QTest::newRow("rollback to a savepoint")
            << "SAVEPOINT s; ROLLBACK TO SAVEPOINT s; RELEASE s" << QString();
    QTest::newRow("prepare transaction")
            << "PREPARE TRANSACTION 'x'" << QStringLiteral("PREPARE TRANSACTION 'x'");
    QTest::newRow("prepare a statement") << "PREPARE q AS SELECT 1" << QString();
    QTest::newRow("commit prepared")
            << "COMMIT PREPARED 'x'" << QStringLiteral("COMMIT PREPARED 'x'");
    QTest::newRow("after a comment")
            << "/* c */ -- c\n COMMIT" << QStringLiteral("/* c */ -- c\n COMMIT");
    QTest::newRow("in a string") << "SELECT 'COMMIT; BEGIN'" << QString();
    QTest::newRow("in a DO block") << "DO $$BEGIN PERFORM 1; COMMIT; END$$" << QString();
}

void TestSqlLexer::findsTransactionControl()
{
    QFETCH(QString, script);
    QFETCH(QString, statement);
    QCOMPARE(transactionControlStatement(script), statement);
}

void TestSqlLexer::keepsAnExpressionInItsClause_data()
{
    QTest::addColumn<QString>("sql");
    QTest::addColumn<QString>("problem"); // the start of the message after "the SQL condition "

    QTest::newRow("comparison") << "new.status IS DISTINCT FROM old.status" << QString();
    QTest::newRow("nested parentheses") << "(new.a > 1 AND (new.b OR NOT new.c))" << QString();
    QTest::newRow("case") << "CASE WHEN new.a THEN true ELSE false END" << QString();
    QTest::newRow("a qualified keyword") << "new.update > old.update" << QString();
    QTest::newRow("keywords in a string") << "new.note <> 'x); COMMIT; --'" << QString();
    QTest::newRow("parenthesis in a quoted name") << "new.\")\" = 1" << QString();
    QTest::newRow("parenthesis in a block comment") << "/* ) */ true" << QString();
    QTest::newRow("a word holding a keyword")
            << "new.update_count > 0 AND new.dropped" << QString();

    QTest::newRow("the probe's escape")
            << "true) EXECUTE FUNCTION f(); CREATE TABLE x(); COMMIT; BEGIN; SELECT (true"
            << QStringLiteral("closes a parenthesis it did not open (at character 5)");
    QTest::newRow("balanced but two statements")
            << "true); COMMIT; SELECT (true" << QStringLiteral("closes a parenthesis");
    QTest::newRow("semicolon") << "new.a > 1; DROP TABLE t" << QStringLiteral("holds a \";\"");
    QTest::newRow("statement keyword") << "(new.a) IS NOT NULL AND commit IS NULL"
                                       << QStringLiteral("holds the statement keyword COMMIT");
    QTest::newRow("line comment") << "true -- )" << QStringLiteral("holds a -- comment");
    QTest::newRow("left open") << "((new.a > 1)" << QStringLiteral("leaves 1 parenthesis(es) open");
    QTest::newRow("unterminated string") << "new.a = 'x" << QStringLiteral("ends inside a string");
    QTest::newRow("unterminated dollar string")
            << "new.a = $q$x" << QStringLiteral("ends inside a string");
    QTest::newRow("unterminated name")
            << "new.\"a = 1" << QStringLiteral("ends inside a quoted name");
    QTest::newRow("unterminated comment")
            << "true /* )" << QStringLiteral("ends inside a /* comment");
}

void TestSqlLexer::keepsAnExpressionInItsClause()
{
    QFETCH(QString, sql);
    QFETCH(QString, problem);
    const QString found = sqlExpressionProblem(sql);
    if (problem.isEmpty())
        QVERIFY2(found.isEmpty(), qPrintable(found));
    else
        QVERIFY2(found.startsWith(QLatin1String("the SQL condition ") + problem),
                 qPrintable(found));
}

QTEST_GUILESS_MAIN(TestSqlLexer)
#include "tst_sqllexer.moc"
