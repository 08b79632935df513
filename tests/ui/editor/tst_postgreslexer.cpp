#include "ui/editor/postgreslexer.h"

#include <QApplication>
#include <QPalette>
#include <QRegularExpression>
#include <QTest>

#include <Qsci/qsciscintilla.h>

using namespace trigon::ui;

namespace {

// The style of every byte of the editor's text, styled the way Scintilla asks for it: from the
// last styled position on, here in chunks of `linesPerChunk` lines as scrolling would.
QByteArray stylesOf(QsciScintilla &editor, int linesPerChunk = 0)
{
    if (linesPerChunk > 0) {
        for (int line = linesPerChunk; line < editor.lines(); line += linesPerChunk) {
            editor.SendScintilla(QsciScintilla::SCI_COLOURISE,
                                 editor.SendScintilla(QsciScintilla::SCI_GETENDSTYLED),
                                 editor.SendScintilla(QsciScintilla::SCI_POSITIONFROMLINE, line));
        }
    }
    editor.SendScintilla(QsciScintilla::SCI_COLOURISE,
                         editor.SendScintilla(QsciScintilla::SCI_GETENDSTYLED), -1);
    const int length = editor.length();
    QByteArray styles(length, '\0');
    for (int position = 0; position < length; ++position)
        styles[position] = char(editor.SendScintilla(QsciScintilla::SCI_GETSTYLEAT, position));
    return styles;
}

const char *const triggerFunction = R"sql(CREATE OR REPLACE FUNCTION public.orders_notify()
RETURNS trigger
LANGUAGE plpgsql
AS $body$
DECLARE
    payload text := 'it''s';
    query text := $q$SELECT 1$q$;
BEGIN
    /* a comment /* nested */
       still a comment */
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        PERFORM pg_notify('orders', json_build_object('id', NEW.id)::text);
    END IF;
    FOR i IN 1..3 LOOP
        RAISE NOTICE E'line\'s %', i; -- why not
    END LOOP;
    RETURN NEW;
END
$body$;
SELECT "odd ""name""", $1, 42;
)sql";

} // namespace

class TestPostgresLexer : public QObject
{
    Q_OBJECT
private slots:
    void stylesSnippets_data();
    void stylesSnippets();
    void restylesIncrementally_data();
    void restylesIncrementally();
    void openingCommentAtTheTopTurnsTheRestIntoAComment();
    void foldsBlocks();
    void followsThePalette();
};

void TestPostgresLexer::stylesSnippets_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("needle"); // the style of its first character is checked
    QTest::addColumn<int>("occurrence");
    QTest::addColumn<int>("style");

    const auto row = [](const char *name, const char *text, const char *needle, int style,
                        int occurrence = 1) {
        QTest::newRow(name) << QString::fromUtf8(text) << QString::fromUtf8(needle) << occurrence
                            << style;
    };
    row("keyword", "SELECT 1;", "SELECT", PostgresLexer::Keyword);
    row("keyword, lower case", "select a from t", "from", PostgresLexer::Keyword);
    row("identifier", "select a from t", "t", PostgresLexer::Identifier, 2);
    row("type after cast", "SELECT x::timestamptz", "timestamptz", PostgresLexer::Type);
    row("operator", "a >= b", ">=", PostgresLexer::Operator);
    row("number", "SELECT 1.5e-3", "1.5", PostgresLexer::Number);
    row("number exponent", "SELECT 1.5e-3", "-3", PostgresLexer::Number);
    row("string", "SELECT 'it''s here', x", "here", PostgresLexer::String);
    row("after a string with ''", "SELECT 'it''s here', x", "x", PostgresLexer::Identifier);
    row("E string prefix", R"(SELECT E'a\'b', y)", "E'", PostgresLexer::String);
    row("E string escaped quote", R"(SELECT E'a\'b', y)", "b'", PostgresLexer::String);
    row("after an E string", R"(SELECT E'a\'b', y)", "y", PostgresLexer::Identifier);
    row("backslash in a plain string ends nothing", R"(SELECT 'a\', z)", "z",
        PostgresLexer::Identifier);
    row("quoted identifier", R"(SELECT "a""b c" FROM t)", "b c", PostgresLexer::QuotedIdentifier);
    row("after a quoted identifier", R"(SELECT "a""b c" FROM t)", "FROM", PostgresLexer::Keyword);
    row("parameter", "SELECT $1 + 2", "$1", PostgresLexer::Parameter);
    row("line comment", "SELECT 1; -- a note\nSELECT 2", "note", PostgresLexer::LineComment);
    row("after a line comment", "SELECT 1; -- a note\nSELECT 2", "SELECT", PostgresLexer::Keyword,
        2);
    row("block comment", "/* a\n b */ SELECT", "b", PostgresLexer::BlockComment);
    row("after a block comment", "/* a\n b */ SELECT", "SELECT", PostgresLexer::Keyword);
    row("nested comment", "/* outer /* inner */ still */ SELECT", "still",
        PostgresLexer::BlockComment);
    row("after a nested comment", "/* outer /* inner */ still */ SELECT", "SELECT",
        PostgresLexer::Keyword);
    row("dollar string", "SELECT $$it's$$, z", "it", PostgresLexer::DollarString);
    row("after a dollar string", "SELECT $$it's$$, z", "z", PostgresLexer::Identifier);
    row("tagged dollar string", "SELECT $x$ a $$ b $x$, z", "b", PostgresLexer::DollarString);
    row("body delimiter", triggerFunction, "$body$", PostgresLexer::BodyDelimiter);
    row("body keyword", triggerFunction, "PERFORM", PostgresLexer::Keyword);
    row("body declare", triggerFunction, "DECLARE", PostgresLexer::Keyword);
    row("body string", triggerFunction, "'orders'", PostgresLexer::String);
    row("body string with ''", triggerFunction, "s';", PostgresLexer::String);
    row("body type", triggerFunction, "text", PostgresLexer::Type);
    row("dollar string inside a body", triggerFunction, "SELECT 1", PostgresLexer::DollarString);
    row("body after an inner dollar string", triggerFunction, "BEGIN", PostgresLexer::Keyword);
    row("nested comment in a body", triggerFunction, "still", PostgresLexer::BlockComment);
    row("E string in a body", triggerFunction, "s %", PostgresLexer::String);
    row("comment after an E string", triggerFunction, "why", PostgresLexer::LineComment);
    row("TG-style keyword NEW", triggerFunction, "NEW", PostgresLexer::Keyword);
    row("catalog column after NEW.", triggerFunction, "status", PostgresLexer::CatalogName);
    row("catalog table", "UPDATE orders SET total = 0", "orders", PostgresLexer::CatalogName);
    row("body end", triggerFunction, "$body$", PostgresLexer::BodyDelimiter, 2);
    row("after the body", triggerFunction, "SELECT \"", PostgresLexer::Keyword);
    row("quoted identifier after the body", triggerFunction, "odd",
        PostgresLexer::QuotedIdentifier);
    row("parameter after the body", triggerFunction, "$1", PostgresLexer::Parameter);
    row("body of DO", "DO $$ BEGIN PERFORM 1; END $$;", "PERFORM", PostgresLexer::Keyword);
    row("function body on the next line", "CREATE FUNCTION f() RETURNS int AS\n$$\nSELECT 1\n$$",
        "SELECT", PostgresLexer::Keyword);
    row("AS$$ is one identifier", "SELECT 1 AS$$x", "AS$$x", PostgresLexer::Identifier);
    row("non-ASCII identifier", "SELECT größe FROM t", "größe", PostgresLexer::Identifier);
    row("keyword after non-ASCII", "SELECT größe FROM t", "FROM", PostgresLexer::Keyword);
}

void TestPostgresLexer::stylesSnippets()
{
    QFETCH(QString, text);
    QFETCH(QString, needle);
    QFETCH(int, occurrence);
    QFETCH(int, style);

    QsciScintilla editor;
    editor.setUtf8(true);
    auto *lexer = new PostgresLexer(&editor);
    lexer->setCatalogNames(
            {QStringLiteral("Orders"), QStringLiteral("status"), QStringLiteral("total")});
    editor.setLexer(lexer);
    editor.setText(text);
    const QByteArray styles = stylesOf(editor);

    const QByteArray bytes = text.toUtf8();
    qsizetype position = -1;
    for (int i = 0; i < occurrence; ++i) {
        position = bytes.indexOf(needle.toUtf8(), position + 1);
        QVERIFY2(position >= 0, "needle not found");
    }
    QCOMPARE(int(styles[position]), style);
}

void TestPostgresLexer::restylesIncrementally_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("index");
    QTest::addColumn<QString>("inserted");

    QTest::newRow("comment opener in the body") << 5 << 0 << QStringLiteral("/*");
    QTest::newRow("comment closer ends the outer comment early") << 8 << 17 << QStringLiteral("*/");
    QTest::newRow("quote opens a string") << 10 << 4 << QStringLiteral("'");
    QTest::newRow("double quote opens a name") << 12 << 8 << QStringLiteral("\"");
    QTest::newRow("dollar quote opens a string") << 13 << 4 << QStringLiteral("$$");
    QTest::newRow("tag ends the body early") << 7 << 0 << QStringLiteral("$body$");
    QTest::newRow("E string") << 16 << 4 << QStringLiteral("E'\\'");
    QTest::newRow("body opened on an earlier line") << 3 << 0 << QStringLiteral("AS $x$\n");
}

// Whatever the edit, styling from the edited line on with the stored line states gives what a
// fresh editor gives for the same text, and undoing the edit brings the old styles back.
void TestPostgresLexer::restylesIncrementally()
{
    QFETCH(int, line);
    QFETCH(int, index);
    QFETCH(QString, inserted);

    for (int linesPerChunk : {0, 1, 3}) {
        QsciScintilla editor;
        editor.setUtf8(true);
        editor.setLexer(new PostgresLexer(&editor));
        editor.setText(QString::fromUtf8(triggerFunction));
        const QByteArray original = stylesOf(editor, linesPerChunk);

        editor.insertAt(inserted, line, index);
        const QByteArray edited = stylesOf(editor, linesPerChunk);

        QsciScintilla fresh;
        fresh.setUtf8(true);
        fresh.setLexer(new PostgresLexer(&fresh));
        fresh.setText(editor.text());
        QCOMPARE(edited, stylesOf(fresh));
        for (int l = 0; l < editor.lines(); ++l) {
            QVERIFY2(editor.SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, l)
                             == fresh.SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, l),
                     qPrintable(QStringLiteral("fold level of line %1 when styled in chunks of %2")
                                        .arg(l)
                                        .arg(linesPerChunk)));
        }

        editor.undo();
        QCOMPARE(editor.text(), QString::fromUtf8(triggerFunction));
        QCOMPARE(stylesOf(editor, linesPerChunk), original);
    }
}

void TestPostgresLexer::openingCommentAtTheTopTurnsTheRestIntoAComment()
{
    QsciScintilla editor;
    editor.setUtf8(true);
    editor.setLexer(new PostgresLexer(&editor));
    // Without comments of its own, so that nothing can close the new one.
    editor.setText(
            QString::fromUtf8(triggerFunction)
                    .remove(QRegularExpression(QStringLiteral("/\\*.*\\*/"),
                                               QRegularExpression::DotMatchesEverythingOption)));
    const QByteArray original = stylesOf(editor);
    QVERIFY(!original.contains(char(PostgresLexer::BlockComment)));

    editor.insertAt(QStringLiteral("/*"), 0, 0);
    const QByteArray commented = stylesOf(editor);
    QCOMPARE(commented, QByteArray(commented.size(), char(PostgresLexer::BlockComment)));

    editor.setSelection(0, 0, 0, 2);
    editor.removeSelectedText();
    QCOMPARE(stylesOf(editor), original);
}

void TestPostgresLexer::foldsBlocks()
{
    QsciScintilla editor;
    editor.setUtf8(true);
    editor.setLexer(new PostgresLexer(&editor));
    editor.setText(QString::fromUtf8(triggerFunction));
    stylesOf(editor);

    const auto level = [&editor](int line) {
        return int(editor.SendScintilla(QsciScintilla::SCI_GETFOLDLEVEL, line));
    };
    const auto isHeader = [&](int line) {
        return (level(line) & QsciScintilla::SC_FOLDLEVELHEADERFLAG) != 0;
    };
    const auto depth = [&](int line) {
        return (level(line) & QsciScintilla::SC_FOLDLEVELNUMBERMASK)
                - QsciScintilla::SC_FOLDLEVELBASE;
    };
    QVERIFY(isHeader(3));  // AS $body$
    QVERIFY(isHeader(7));  // BEGIN
    QVERIFY(isHeader(8));  // a two-line comment
    QVERIFY(isHeader(10)); // IF ... THEN
    QVERIFY(isHeader(13)); // FOR ... LOOP
    QVERIFY(!isHeader(11));
    QCOMPARE(depth(11), 3); // body, BEGIN, IF
    QCOMPARE(depth(12), 2); // END IF;
    QCOMPARE(depth(17), 1); // END
    QCOMPARE(depth(18), 0); // $body$;
    QCOMPARE(depth(19), 0);
}

void TestPostgresLexer::followsThePalette()
{
    PostgresLexer lexer;
    QPalette light;
    light.setColor(QPalette::Window, QColor(0xefefef));
    light.setColor(QPalette::Base, Qt::white);
    light.setColor(QPalette::Text, Qt::black);
    lexer.applyPalette(light);
    QVERIFY(!lexer.isDark());
    const QColor lightKeyword = lexer.color(PostgresLexer::Keyword);
    QCOMPARE(lexer.paper(PostgresLexer::Keyword), QColor(Qt::white));

    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2d2d2d));
    dark.setColor(QPalette::Base, QColor(0x1e1e1e));
    dark.setColor(QPalette::Text, QColor(0xd4d4d4));
    lexer.applyPalette(dark);
    QVERIFY(lexer.isDark());
    QVERIFY(lexer.color(PostgresLexer::Keyword) != lightKeyword);
    QCOMPARE(lexer.paper(PostgresLexer::String), QColor(0x1e1e1e));
    QCOMPARE(lexer.color(PostgresLexer::Default), QColor(0xd4d4d4));
    // Every token stays readable on the dark background.
    for (int style = PostgresLexer::Default; style <= PostgresLexer::CatalogName; ++style)
        QVERIFY2(lexer.color(style).lightness() > 110, qPrintable(lexer.description(style)));
}

QTEST_MAIN(TestPostgresLexer)
#include "tst_postgreslexer.moc"
