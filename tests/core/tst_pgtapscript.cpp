// The pgTAP script of trigon-cli test --pgtap: what each expectation becomes, the exact plan, the
// quoting, and the shop example as a golden file. tests/deploy/tst_pgtap.cpp runs scripts with
// pg_prove.
#include "core/io/designfile.h"
#include "core/sql/pgtapscript.h"

#include <QFile>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace trigon;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(trigon::TriggerTestCase)

namespace {

// Run with TRIGON_REGENERATE_GOLDEN=1 to rewrite the reference after a deliberate change.
const QString goldenFile = QStringLiteral(TRIGON_TEST_DATA_DIR "/pgtap/shop.sql");

TriggerDesign touchTrigger()
{
    TriggerDesign trigger;
    trigger.name = u"t_touch"_s;
    trigger.table = {u"public"_s, u"t"_s};
    trigger.timing = TriggerTiming::Before;
    trigger.events = {TriggerEvent::Update};
    trigger.actions = {SetTimestampAction {}};
    return trigger;
}

// N of SELECT plan(N).
int plannedTests(const QString &script)
{
    const QRegularExpressionMatch match
            = QRegularExpression(u"\\nSELECT plan\\((\\d+)\\);\\n"_s).match(script);
    return match.hasMatch() ? match.captured(1).toInt() : -1;
}

// The statements that print a test: a line starting with a SELECT of a pgTAP function (or of the
// script's own ok() for notifications).
int testStatements(const QString &script)
{
    static const QRegularExpression test(
            u"^SELECT (has_trigger|trigger_is|is|lives_ok|throws_ok|throws_like|skip"
            "|trigon_test_capture\\.notified)\\("_s,
            QRegularExpression::MultilineOption);
    int count = 0;
    for (auto match = test.globalMatch(script); match.hasNext(); match.next())
        ++count;
    return count;
}

TriggerTestCase testCase(const QString &action)
{
    TriggerTestCase test;
    test.name = u"c"_s;
    test.action = action;
    return test;
}

} // namespace

class TestPgTapScript : public QObject
{
    Q_OBJECT

private slots:
    void expectations_data()
    {
        QTest::addColumn<TriggerTestCase>("test");
        QTest::addColumn<int>("caseTests"); // besides the trigger's 7 structure checks
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<QStringList>("unexpected");

        const QString update = u"UPDATE t SET x = 1"_s;
        TriggerTestCase succeeds = testCase(update);
        succeeds.setup = u"INSERT INTO t VALUES (1, 'it''s')"_s;
        QTest::newRow("setup and action")
                << succeeds << 2
                << QStringList {u"SELECT lives_ok('INSERT INTO t VALUES (1, ''it''''s'')', "
                                "'public.t t_touch: c: the setup runs');\n"_s,
                                u"SELECT lives_ok('UPDATE t SET x = 1', "
                                "'public.t t_touch: c: the action succeeds');\n"_s,
                                u"\nSAVEPOINT trigon_case;\n"_s,
                                u"\nROLLBACK TO SAVEPOINT trigon_case;\n"_s}
                << QStringList {u"trigon_fired"_s, u"query_rows"_s, u"trigon.bypass"_s};

        TriggerTestCase sqlState = testCase(update);
        sqlState.raises = RaisesExpectation {QString(), u"P0001"_s};
        QTest::newRow("raises a SQLSTATE")
                << sqlState << 1
                << QStringList {u"SELECT throws_ok('UPDATE t SET x = 1', 'P0001', NULL, "
                                "'public.t t_touch: c: the action fails with SQLSTATE P0001');"_s}
                << QStringList {u"throws_like"_s, u"lives_ok"_s};

        TriggerTestCase message = testCase(update);
        message.raises = RaisesExpectation {u"50% off_it\\"_s, QString()};
        QTest::newRow("raises a message")
                << message << 1
                << QStringList {u"SELECT throws_like('UPDATE t SET x = 1', E'%50\\\\% off\\\\_it"
                                "\\\\\\\\%', "_s}
                << QStringList {u"throws_ok"_s};

        TriggerTestCase both = testCase(update);
        both.raises = RaisesExpectation {u"final"_s, u"P0042"_s};
        QTest::newRow("raises both")
                << both << 2
                << QStringList {u"throws_ok('UPDATE t SET x = 1', 'P0042', NULL, "_s,
                                u"throws_like('UPDATE t SET x = 1', '%final%', "_s}
                << QStringList {};

        TriggerTestCase anyError = testCase(update);
        anyError.raises = RaisesExpectation {};
        QTest::newRow("raises anything")
                << anyError << 1
                << QStringList {u"throws_ok('UPDATE t SET x = 1', NULL, NULL, "
                                "'public.t t_touch: c: the action fails');"_s}
                << QStringList {};

        TriggerTestCase query = testCase(update);
        query.queries
                = {{u"SELECT a, b FROM t ORDER BY a"_s, {{u"1"_s, u"x y"_s}, {u"2"_s, QString()}}},
                   {u"SELECT a FROM t WHERE false"_s, {}}};
        QTest::newRow("queries")
                << query << 3
                << QStringList {u"SELECT is(trigon_test_capture.query_rows('SELECT a, b FROM t "
                                "ORDER BY a'), array_to_string(ARRAY[ROW('1'::text, 'x y'::text)"
                                "::text, ROW('2'::text, ''::text)::text]::text[], chr(10)), "_s,
                                u"array_to_string(ARRAY[]::text[], chr(10))"_s,
                                u"CREATE FUNCTION trigon_test_capture.query_rows("_s}
                << QStringList {};

        TriggerTestCase count = testCase(update);
        count.rowCounts = {{TableRef {u"audit"_s, u"Log"_s}, -2}};
        QTest::newRow("row count")
                << count << 2
                << QStringList {u"INSERT INTO pg_temp.trigon_counts (n, total) VALUES (0, "
                                "trigon_test_capture.row_count('audit.\"Log\"'));\n"_s,
                                u"SELECT is(trigon_test_capture.row_count('audit.\"Log\"') - "
                                "(SELECT total FROM pg_temp.trigon_counts WHERE n = 0), "
                                "-2::bigint, 'public.t t_touch: c: the row count of audit.Log "
                                "changes by -2');"_s}
                << QStringList {};

        TriggerTestCase notification = testCase(update);
        notification.notifications = {{u"orders"_s, QJsonObject {{u"id"_s, 3}}}};
        QTest::newRow("notification")
                << notification << 2
                << QStringList {u"SELECT trigon_test_capture.notified('orders', "
                                "'{\"id\":3}'::jsonb, 'public.t t_touch: c: a notification on "
                                "orders with {\"id\":3}');"_s,
                                u"CREATE FUNCTION trigon_test_capture.notified("_s,
                                u"CREATE FUNCTION trigon_test_capture.pg_notify("_s}
                << QStringList {};

        TriggerTestCase notice = testCase(update);
        notice.notices = {u"hello"_s};
        QTest::newRow("notice is skipped")
                << notice << 2
                << QStringList {u"SELECT skip('public.t t_touch: c: the notice \"hello\" is not "
                                "checked: "_s}
                << QStringList {};

        TriggerTestCase fired = testCase(update);
        fired.firedOrder = QStringList {u"t_touch"_s, u"t_touch"_s};
        QTest::newRow("fired")
                << fired << 2
                << QStringList {u"SELECT is(ARRAY(SELECT trigger_name FROM pg_temp.trigon_fired "
                                "ORDER BY n), ARRAY['t_touch', 't_touch']::text[], "_s,
                                u"PERFORM trigon_test_capture.trigon_fired("_s,
                                u"\nDELETE FROM pg_temp.trigon_fired;\nSELECT lives_ok("_s}
                << QStringList {};

        TriggerTestCase firedButFails = fired;
        firedButFails.raises = RaisesExpectation {};
        QTest::newRow("fired when the action fails")
                << firedButFails << 2
                << QStringList {u"SELECT skip('public.t t_touch: c: the design triggers that "
                                "fire, in order: not checked: an action that fails"_s}
                << QStringList {u"ARRAY(SELECT trigger_name"_s};

        TriggerTestCase bypass = testCase(update);
        bypass.bypass = {u"t_touch"_s};
        QTest::newRow("bypass")
                << bypass << 2
                << QStringList {u"SELECT lives_ok('SELECT trigon.bypass(''t_touch'', ''test case "
                                "c'')', 'public.t t_touch: c: bypasses t_touch');"_s,
                                u"CREATE OR REPLACE FUNCTION trigon.bypass("_s}
                << QStringList {};
    }

    void expectations()
    {
        QFETCH(TriggerTestCase, test);
        QFETCH(int, caseTests);
        QFETCH(QStringList, expected);
        QFETCH(QStringList, unexpected);
        TriggerDesign trigger = touchTrigger();
        trigger.tests = {test};
        const QString script = renderPgTapScript({trigger});
        QCOMPARE(plannedTests(script), 7 + caseTests);
        QCOMPARE(testStatements(script), 7 + caseTests);
        for (const QString &text : expected)
            QVERIFY2(script.contains(text), qPrintable(text + u"\nnot in\n"_s + script));
        for (const QString &text : unexpected)
            QVERIFY2(!script.contains(text), qPrintable(text));
    }

    void structure()
    {
        TriggerDesign trigger = touchTrigger();
        trigger.events = {TriggerEvent::Delete, TriggerEvent::Update, TriggerEvent::Insert};
        trigger.columns = {u"b"_s, u"a"_s};
        trigger.timing = TriggerTiming::After;
        trigger.level = TriggerLevel::Statement;
        trigger.enabled = TriggerEnabled::Replica;
        const QString script = renderPgTapScript({trigger});
        QCOMPARE(plannedTests(script), 7);
        const QString row = u" FROM trigon_test_capture.triggers WHERE relation = "
                            "to_regclass('public.t') AND name = 't_touch'), "_s;
        for (const QString &text : {
                     u"SELECT has_trigger('public', 't', 't_touch', 'public.t has the trigger "
                     "t_touch');\n"_s,
                     u"SELECT trigger_is('public', 't', 't_touch', 'public', 't__t_touch', "
                     "'public.t t_touch executes public.t__t_touch()');\n"_s,
                     u"(SELECT events"_s + row
                             + u"'INSERT OR UPDATE OF a, b OR DELETE', 'public.t t_touch fires on "
                               "INSERT OR UPDATE OF a, b OR DELETE');\n"_s,
                     u"(SELECT timing"_s + row + u"'AFTER', "_s,
                     u"(SELECT level"_s + row + u"'STATEMENT', "_s,
                     u"(SELECT condition"_s + row
                             + u"trigon_test_capture.designed_condition('public.t', 't_touch', "
                               "'DROP TRIGGER IF EXISTS t_touch ON public.t;\nCREATE OR REPLACE "
                               "TRIGGER t_touch\n"_s,
                     u"(SELECT enabled"_s + row
                             + u"'R', 'public.t t_touch has the enabled state replica "
                               "(pg_trigger.tgenabled R)');\n"_s,
             })
            QVERIFY2(script.contains(text), qPrintable(text + u"\nnot in\n"_s + script));
        // Without cases, none of the cases' helpers.
        QVERIFY(!script.contains(u"SAVEPOINT"_s));
        QVERIFY(!script.contains(u"keep_tally"_s));
    }

    void wholeScript()
    {
        TriggerDesign trigger = touchTrigger();
        trigger.tests = {testCase(u"UPDATE t SET x = 1"_s), testCase(u"DELETE FROM t"_s)};
        const QString script = renderPgTapScript({trigger});
        QVERIFY(script.startsWith(u"-- pgTAP tests of 1 trigger(s), written by Trigon"_s));
        QVERIFY(script.contains(u"\n\nBEGIN;\nCREATE EXTENSION IF NOT EXISTS pgtap;\nSELECT "
                                "plan(9);\n\n"_s));
        QVERIFY(script.endsWith(u"\nSELECT * FROM finish();\nROLLBACK;\n"_s));
        // The designs go in first, as a deploy installs them, and untraced: no case asks.
        QVERIFY(script.contains(u"CREATE OR REPLACE FUNCTION public.t__t_touch()"_s));
        QVERIFY(!script.contains(u"trigon_fired"_s));
        // Every case is undone, and pgTAP's count kept across that.
        QCOMPARE(script.count(u"\nSAVEPOINT trigon_case;\n"_s), 2);
        QCOMPARE(script.count(u"\nDO $tally$ BEGIN PERFORM trigon_test_capture.keep_tally(); END "
                              "$tally$;\nROLLBACK TO SAVEPOINT trigon_case;\nRELEASE SAVEPOINT "
                              "trigon_case;\nDO $tally$ BEGIN PERFORM "
                              "trigon_test_capture.restore_tally(); END $tally$;\n"_s),
                 2);
    }

    void deployed()
    {
        TriggerDesign trigger = touchTrigger();
        TriggerTestCase test = testCase(u"UPDATE t SET x = 1"_s);
        test.firedOrder = QStringList {u"t_touch"_s};
        trigger.tests = {test};
        PgTapOptions options;
        options.installDesigns = false;
        const QString script = renderPgTapScript({trigger}, options);
        QCOMPARE(plannedTests(script), 9);
        QVERIFY(!script.contains(u"CREATE OR REPLACE FUNCTION public.t__t_touch()"_s));
        QVERIFY(!script.contains(u"trigon_fired"_s));
        QVERIFY(script.contains(u"-- The triggers are tested as they are deployed.\n"_s));
        QVERIFY(script.contains(u"SELECT skip('public.t t_touch: c: the design triggers that fire, "
                                "in order: not checked: the triggers are tested as deployed"_s));
        // The designed WHEN clause is still the server's reading of the design.
        QVERIFY(script.contains(u"trigon_test_capture.designed_condition('public.t', 't_touch', "
                                "'DROP TRIGGER IF EXISTS t_touch ON public.t;\nCREATE OR REPLACE "
                                "TRIGGER t_touch\n"_s));
    }

    void serverVersion()
    {
        PgTapOptions options;
        options.serverVersion = 130000;
        const QString script = renderPgTapScript({touchTrigger()}, options);
        QVERIFY(script.contains(u"\nCREATE TRIGGER t_touch\n"_s));
        QVERIFY(!script.contains(u"CREATE OR REPLACE TRIGGER"_s));
    }

    void hostileNames()
    {
        TriggerDesign trigger = touchTrigger();
        trigger.name = u"it's \"x\" %1"_s;
        trigger.table = {u"public"_s, u"Order Lines"_s};
        TriggerTestCase test = testCase(u"SELECT 1"_s);
        test.name = u"%2 case"_s;
        test.rowCounts = {{trigger.table, 1}};
        trigger.tests = {test};
        const QString script = renderPgTapScript({trigger});
        for (const QString &text : {
                     u"SELECT has_trigger('public', 'Order Lines', 'it''s \"x\" %1', "
                     "'public.Order Lines has the trigger it''s \"x\" %1');\n"_s,
                     u"to_regclass('public.\"Order Lines\"') AND name = 'it''s \"x\" %1'"_s,
                     u"'DROP TRIGGER IF EXISTS \"it''s \"\"x\"\" %1\" ON public.\"Order Lines\";"_s,
                     u"trigon_test_capture.row_count('public.\"Order Lines\"') - (SELECT total "
                     u"FROM "
                     "pg_temp.trigon_counts WHERE n = 0), 1::bigint, 'public.Order Lines it''s "
                     "\"x\" %1: %2 case: the row count of public.Order Lines changes by 1');\n"_s,
             })
            QVERIFY2(script.contains(text), qPrintable(text + u"\nnot in\n"_s + script));
    }

    void severalTables()
    {
        TriggerDesign trigger = touchTrigger();
        trigger.name = u"touch"_s;
        trigger.table = {};
        trigger.tables = {DesignTable {TableRef {u"public"_s, u"a"_s}, {}},
                          DesignTable {TableRef {u"shop"_s, u"b"_s}, {}}};
        const QString script = renderPgTapScript({trigger});
        QCOMPARE(plannedTests(script), 14);
        QVERIFY(script.contains(
                u"SELECT trigger_is('public', 'a', 'touch', 'public', 'touch', "_s));
        QVERIFY(script.contains(u"SELECT trigger_is('shop', 'b', 'touch', 'public', 'touch', "_s));
    }

    void golden()
    {
        const DesignReadResult read
                = readDesignFile(QStringLiteral(TRIGON_EXAMPLES_DIR "/shop.trigon.json"));
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        const QString script = renderPgTapScript(read.document->triggers);
        QFile file(goldenFile);
        if (qEnvironmentVariableIntValue("TRIGON_REGENERATE_GOLDEN") == 1) {
            QVERIFY2(file.open(QIODevice::WriteOnly), qPrintable(file.errorString()));
            file.write(script.toUtf8());
            return;
        }
        QVERIFY2(file.open(QIODevice::ReadOnly),
                 qPrintable(goldenFile + u" is missing; run with TRIGON_REGENERATE_GOLDEN=1"_s));
        const QStringList expected = QString::fromUtf8(file.readAll()).split(u'\n');
        const QStringList actual = script.split(u'\n');
        for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i)
            QVERIFY2(actual.value(i) == expected.value(i),
                     qPrintable(u"line %1\n  expected: %2\n  actual:   %3"_s.arg(
                             QString::number(i + 1), expected.value(i), actual.value(i))));
    }
};

QTEST_GUILESS_MAIN(TestPgTapScript)
#include "tst_pgtapscript.moc"
