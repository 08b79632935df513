#include "core/catalog/catalogsnapshot.h"
#include "tests/common/screenshot.h"
#include "ui/editor/postgreslexer.h"
#include "ui/editor/sqleditor.h"

#include <QApplication>
#include <QPalette>
#include <QTest>

using namespace trigon;
using namespace trigon::ui;

namespace {

CatalogSnapshot shopCatalog()
{
    const auto relation = [](const char *schema, const char *name, QStringList columns) {
        CatalogRelation relation;
        relation.schema = QString::fromLatin1(schema);
        relation.name = QString::fromLatin1(name);
        for (const QString &name : columns) {
            CatalogColumn column;
            column.name = name;
            relation.columns.append(column);
        }
        return relation;
    };
    CatalogSnapshot catalog;
    for (const char *name : {"public", "audit"}) {
        CatalogSchema schema;
        schema.name = QString::fromLatin1(name);
        catalog.schemas.append(schema);
    }
    catalog.relations = {
            relation("audit", "order_log", {QStringLiteral("changed_at"), QStringLiteral("row")}),
            relation("public", "customers", {QStringLiteral("id"), QStringLiteral("name")}),
            relation("public", "orders",
                     {QStringLiteral("id"), QStringLiteral("status"), QStringLiteral("total"),
                      QStringLiteral("Shipped At")}),
    };
    return catalog;
}

const char *const notifyFunction = R"sql(-- Tell listeners when an order changes status.
CREATE OR REPLACE FUNCTION public.orders_notify_status()
RETURNS trigger
LANGUAGE plpgsql
AS $$
DECLARE
    payload jsonb;
BEGIN
    IF NEW.status IS DISTINCT FROM OLD.status THEN
        payload := json_build_object('id', NEW.id, 'status', NEW.status);
        PERFORM pg_notify('orders', payload::text);
    END IF;
    /* TG_OP is 'UPDATE' here: /* the trigger is AFTER UPDATE */ */
    RETURN NEW;
END
$$;

CREATE TRIGGER orders_notify_status
    AFTER UPDATE OF status ON public.orders
    FOR EACH ROW EXECUTE FUNCTION public.orders_notify_status();
)sql";

} // namespace

class TestSqlEditor : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void completes_data();
    void completes();
    void typingNewDotOffersTheColumns();
    void typingTgOffersTheTriggerVariables();
    void indentsAfterABlockStart();
    void outdentsBlockEnds();
    void tabInsertsFourSpaces();
    void marksAnError();
    void highlightsTheTriggerTableColumns();
    void followsTheApplicationPalette();
    void screenshot();

private:
    void grab(QWidget *widget, const QString &name);
    QPalette m_originalPalette;
};

void TestSqlEditor::initTestCase()
{
    m_originalPalette = QApplication::palette();
}

void TestSqlEditor::init()
{
    QApplication::setPalette(m_originalPalette);
}

void TestSqlEditor::grab(QWidget *widget, const QString &name)
{
    QVERIFY(trigon::test::saveScreenshot(widget, name));
}

void TestSqlEditor::completes_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QStringList>("expected"); // empty: nothing; else exactly these
    QTest::addColumn<QStringList>("included"); // among the offers

    const QStringList columns {QStringLiteral("\"Shipped At\""), QStringLiteral("id"),
                               QStringLiteral("status"), QStringLiteral("total")};
    QTest::newRow("NEW.") << QStringLiteral("BEGIN\n    IF NEW.") << columns << QStringList();
    QTest::newRow("new. in lower case") << QStringLiteral("x := new.") << columns << QStringList();
    QTest::newRow("OLD.st") << QStringLiteral("OLD.st") << QStringList {QStringLiteral("status")}
                            << QStringList();
    QTest::newRow("TG_")
            << QStringLiteral("RAISE NOTICE '%', TG_")
            << QStringList {QStringLiteral("TG_ARGV"),       QStringLiteral("TG_EVENT"),
                            QStringLiteral("TG_LEVEL"),      QStringLiteral("TG_NAME"),
                            QStringLiteral("TG_NARGS"),      QStringLiteral("TG_OP"),
                            QStringLiteral("TG_RELID"),      QStringLiteral("TG_RELNAME"),
                            QStringLiteral("TG_TABLE_NAME"), QStringLiteral("TG_TABLE_SCHEMA"),
                            QStringLiteral("TG_TAG"),        QStringLiteral("TG_WHEN")}
            << QStringList();
    QTest::newRow("tg_o") << QStringLiteral("IF tg_o") << QStringList {QStringLiteral("TG_OP")}
                          << QStringList();
    QTest::newRow("keywords and tables")
            << QStringLiteral("SELECT * FROM or") << QStringList()
            << QStringList {QStringLiteral("ORDER"), QStringLiteral("orders"),
                            QStringLiteral("order_log"), QStringLiteral("OR")};
    QTest::newRow("keyword") << QStringLiteral("PERF") << QStringList {QStringLiteral("PERFORM")}
                             << QStringList();
    QTest::newRow("table columns")
            << QStringLiteral("SELECT customers.")
            << QStringList {QStringLiteral("id"), QStringLiteral("name")} << QStringList();
    QTest::newRow("schema tables") << QStringLiteral("INSERT INTO audit.")
                                   << QStringList {QStringLiteral("order_log")} << QStringList();
    QTest::newRow("nothing in a string")
            << QStringLiteral("SELECT 'NEW.") << QStringList() << QStringList();
    QTest::newRow("nothing in a comment")
            << QStringLiteral("-- NEW.") << QStringList() << QStringList();
    QTest::newRow("nothing in a dollar string")
            << QStringLiteral("SELECT $x$ NEW.") << QStringList() << QStringList();
    QTest::newRow("code in a function body")
            << QStringLiteral("AS $$\nBEGIN\n  RETURN NEW.to")
            << QStringList {QStringLiteral("total")} << QStringList();
}

void TestSqlEditor::completes()
{
    QFETCH(QString, text);
    QFETCH(QStringList, expected);
    QFETCH(QStringList, included);

    SqlEditor editor;
    editor.setCatalog(shopCatalog());
    editor.setTriggerTable(QStringLiteral("public"), QStringLiteral("orders"));
    editor.setText(text);
    const QStringList offered = editor.completionsAt(editor.length());
    if (included.isEmpty()) {
        QCOMPARE(offered, expected);
    } else {
        for (const QString &item : included)
            QVERIFY2(offered.contains(item), qPrintable(item));
    }
}

void TestSqlEditor::typingNewDotOffersTheColumns()
{
    SqlEditor editor;
    editor.setCatalog(shopCatalog());
    editor.setTriggerTable(QStringLiteral("public"), QStringLiteral("orders"));
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(&editor, QStringLiteral("NEW."));
    QVERIFY(editor.SendScintilla(QsciScintilla::SCI_AUTOCACTIVE));
    QTest::keyClick(&editor, Qt::Key_Down); // past "Shipped At", which sorts first
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.text(), QStringLiteral("NEW.id"));
    QVERIFY(!editor.SendScintilla(QsciScintilla::SCI_AUTOCACTIVE));
}

void TestSqlEditor::typingTgOffersTheTriggerVariables()
{
    SqlEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(&editor, QStringLiteral("tg_op"));
    // The whole word is typed: no list left in the way of Return.
    QVERIFY(!editor.SendScintilla(QsciScintilla::SCI_AUTOCACTIVE));
    editor.clear();
    QTest::keyClicks(&editor, QStringLiteral("tg_ta"));
    QVERIFY(editor.SendScintilla(QsciScintilla::SCI_AUTOCACTIVE));
    QTest::keyClick(&editor, Qt::Key_Return);
    QCOMPARE(editor.text(), QStringLiteral("TG_TABLE_NAME"));
}

void TestSqlEditor::indentsAfterABlockStart()
{
    SqlEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    QTest::keyClicks(&editor, QStringLiteral("BEGIN"));
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, QStringLiteral("x := 1;"));
    QTest::keyClick(&editor, Qt::Key_Return);
    QTest::keyClicks(&editor, QStringLiteral("y := 2;"));
    QCOMPARE(editor.text(), QStringLiteral("BEGIN\n    x := 1;\n    y := 2;"));
}

void TestSqlEditor::outdentsBlockEnds()
{
    SqlEditor editor;
    editor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&editor));
    for (const char *line :
         {"BEGIN", "IF x THEN", "y := 1;", "ELSE", "y := 2;", "END IF;", "RETURN NEW;", "END;"}) {
        QTest::keyClicks(&editor, QString::fromLatin1(line));
        QTest::keyClick(&editor, Qt::Key_Return);
    }
    QCOMPARE(editor.text(),
             QStringLiteral("BEGIN\n"
                            "    IF x THEN\n"
                            "        y := 1;\n"
                            "    ELSE\n"
                            "        y := 2;\n"
                            "    END IF;\n"
                            "    RETURN NEW;\n"
                            "END;\n"));
}

void TestSqlEditor::tabInsertsFourSpaces()
{
    SqlEditor editor;
    QTest::keyClick(&editor, Qt::Key_Tab);
    QCOMPARE(editor.text(), QStringLiteral("    "));
}

void TestSqlEditor::marksAnError()
{
    SqlEditor editor;
    editor.setText(QStringLiteral("NEW.status = 'x'\nAND OLD.total >> 5"));
    const QString message = QStringLiteral("syntax error at or near \">>\"");
    editor.setErrorMarker(1, 14, message);
    QVERIFY(editor.hasErrorMarker());
    QCOMPARE(editor.errorLine(), 1);
    QCOMPARE(editor.errorMessage(), message);
    QCOMPARE(editor.annotation(1), message);
    QVERIFY(editor.markersAtLine(1) != 0);
    const int start = editor.positionFromLineIndex(1, 14);
    const auto marked = [&editor](int position) {
        return editor.SendScintilla(QsciScintilla::SCI_INDICATORVALUEAT, editor.errorIndicator(),
                                    position)
                != 0;
    };
    QVERIFY(!marked(start - 1));
    QVERIFY(marked(start));
    QVERIFY(!marked(editor.length() - 1)); // only the token at fault, ">>" not the 5

    editor.setErrorMarker(0, 100, QStringLiteral("missing THEN")); // past the end of the line
    QCOMPARE(editor.errorLine(), 0);
    QVERIFY(editor.annotation(1).isEmpty());
    QVERIFY(marked(editor.positionFromLineIndex(0, 15)));

    editor.clearErrorMarker();
    QVERIFY(!editor.hasErrorMarker());
    QVERIFY(editor.annotation(0).isEmpty());
    QCOMPARE(editor.markersAtLine(0), 0u);
    QVERIFY(!marked(editor.positionFromLineIndex(0, 15)));
}

void TestSqlEditor::highlightsTheTriggerTableColumns()
{
    SqlEditor editor;
    editor.setText(QStringLiteral("SELECT status, name FROM orders"));
    editor.setCatalog(shopCatalog());
    editor.setTriggerTable(QStringLiteral("public"), QStringLiteral("orders"));
    const auto styleAt = [&editor](int position) {
        editor.SendScintilla(QsciScintilla::SCI_COLOURISE, 0, -1);
        return int(editor.SendScintilla(QsciScintilla::SCI_GETSTYLEAT, position));
    };
    QCOMPARE(styleAt(7), int(PostgresLexer::CatalogName));  // status
    QCOMPARE(styleAt(15), int(PostgresLexer::Identifier));  // name: a column of customers
    QCOMPARE(styleAt(25), int(PostgresLexer::CatalogName)); // orders
    QCOMPARE(editor.sqlLexer()->catalogNames(),
             (QStringList {QStringLiteral("customers"), QStringLiteral("id"),
                           QStringLiteral("order_log"), QStringLiteral("orders"),
                           QStringLiteral("shipped at"), QStringLiteral("status"),
                           QStringLiteral("total")}));
    editor.setTriggerTable(QString(), QString());
    QCOMPARE(styleAt(15), int(PostgresLexer::CatalogName)); // every table's columns now
}

void TestSqlEditor::followsTheApplicationPalette()
{
    SqlEditor editor;
    QVERIFY(!editor.sqlLexer()->isDark());
    QPalette dark;
    dark.setColor(QPalette::Window, QColor(0x2d2d2d));
    dark.setColor(QPalette::Base, QColor(0x1e1e1e));
    dark.setColor(QPalette::Text, QColor(0xd4d4d4));
    QApplication::setPalette(dark);
    QCoreApplication::processEvents();
    QVERIFY(editor.sqlLexer()->isDark());
    QCOMPARE(editor.sqlLexer()->paper(PostgresLexer::Keyword), QColor(0x1e1e1e));
}

void TestSqlEditor::screenshot()
{
    for (const bool dark : {false, true}) {
        if (dark) {
            QPalette palette;
            palette.setColor(QPalette::Window, QColor(0x2b2b2b));
            palette.setColor(QPalette::WindowText, QColor(0xdddddd));
            palette.setColor(QPalette::Base, QColor(0x1e1e1e));
            palette.setColor(QPalette::Text, QColor(0xd4d4d4));
            palette.setColor(QPalette::Highlight, QColor(0x264f78));
            palette.setColor(QPalette::HighlightedText, QColor(0xffffff));
            QApplication::setPalette(palette);
        }
        SqlEditor editor;
        editor.setCatalog(shopCatalog());
        editor.setTriggerTable(QStringLiteral("public"), QStringLiteral("orders"));
        editor.setText(QString::fromUtf8(notifyFunction));
        editor.resize(820, 560);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        editor.setCursorPosition(8, 12);
        if (dark) // the condition builder's view of a text that does not parse
            editor.setErrorMarker(10, 36, QStringLiteral("column \"payload\" is of type jsonb"));
        grab(&editor, dark ? QStringLiteral("editor-dark") : QStringLiteral("editor"));
    }
}

QTEST_MAIN(TestSqlEditor)
#include "tst_sqleditor.moc"
