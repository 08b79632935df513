// Hostile names for every identifier Trigon writes: each deploys and works, or the validator
// refuses it with a clear message. Never an SQL error, never an injection.

#include "tests/behaviour/deployhelper.h"

#include "core/analysis/designvalidator.h"
#include "core/sql/quoting.h"
#include "core/sql/scriptrenderer.h"

#include <QTest>

using namespace trigon;
using namespace trigon::test;

namespace {

// The design: every identifier is `name` (the log table and channel derive from it).
TriggerDesign hostileTrigger(const QString &name)
{
    TriggerDesign trigger;
    trigger.name = name;
    trigger.table = {name, name};
    trigger.tableColumns = {{QStringLiteral("id"), QStringLiteral("integer"), false, true},
                            {name, QStringLiteral("text"), false, false}};
    trigger.timing = TriggerTiming::After;
    trigger.events = {TriggerEvent::Update};
    trigger.columns = {name};
    trigger.arguments = {name};
    trigger.comment = name;
    QEntry forbidden = *QEntry::fromKey(QStringLiteral("new__x__df"));
    forbidden.field.column = name;
    forbidden.literal = QStringLiteral("forbidden ' value");
    trigger.condition = Condition::allOf(
            {Condition::change(ConditionKind::AnyChange, {name}), Condition::q({forbidden})});
    InsertAction insert;
    insert.table = {name, name.left(50) + QStringLiteral(" log")};
    insert.values
            = {{name, PayloadValue::column(RowVersion::New, name)},
               {QStringLiteral("arg"), PayloadValue::sqlExpression(QStringLiteral("TG_ARGV[0]"))}};
    NotifyAction notify;
    notify.channel = name;
    notify.payload = {{name, PayloadValue::column(RowVersion::New, name)}};
    trigger.actions = {insert, notify};
    return trigger;
}

} // namespace

class TestHostileIdentifiers : public QObject
{
    Q_OBJECT

private slots:
    void names_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("refusal"); // empty: must deploy and work
        QTest::newRow("double quotes") << "say \"hi\""
                                       << "";
        QTest::newRow("single quote") << "it's"
                                      << "";
        QTest::newRow("dot") << "a.b"
                             << "";
        QTest::newRow("spaces") << "order lines"
                                << "";
        QTest::newRow("capitals") << "CamelCase"
                                  << "";
        QTest::newRow("unicode") << QStringLiteral("Ünïcödé") << "";
        QTest::newRow("emoji") << QStringLiteral("\U0001F600 smile") << "";
        QTest::newRow("reserved word") << "select"
                                       << "";
        QTest::newRow("user") << "user"
                              << "";
        QTest::newRow("new") << "new"
                             << "";
        QTest::newRow("injection") << "x\"; DROP TABLE y; --"
                                   << "";
        QTest::newRow("dollar quote") << "$function$"
                                      << "";
        QTest::newRow("backslash") << "back\\slash"
                                   << "";
        QTest::newRow("percent") << "100%"
                                 << "";
        QTest::newRow("newline") << "two\nlines"
                                 << "";
        QTest::newRow("63 bytes") << QString(63, u'n') << "";
        QTest::newRow("64 bytes") << QString(64, u'n') << "64 bytes long";
        QTest::newRow("64 bytes of unicode") << QString(32, QChar(0x00fc)) << "64 bytes long";
        QTest::newRow("NUL") << QStringLiteral("a") + QChar(0) + QStringLiteral("b")
                             << "NUL character";
        QTest::newRow("empty") << ""
                               << "is empty";
    }

    void names()
    {
        QFETCH(QString, name);
        QFETCH(QString, refusal);
        const TriggerDesign trigger = hostileTrigger(name);
        const QList<Diagnostic> diagnostics = validateTrigger(trigger, 0);
        if (!refusal.isEmpty()) {
            QVERIFY(hasErrors(diagnostics));
            bool found = false;
            for (const Diagnostic &diagnostic : diagnostics)
                found = found
                        || (diagnostic.isError() && diagnostic.field == QLatin1String("name")
                            && diagnostic.message.contains(refusal));
            QVERIFY2(found, qPrintable(diagnostics.first().toString()));
            return;
        }
        TestDatabase db;
        // The server quotes the setup itself (format %I), independently of Trigon's quoting.
        const QStringList setup = {
                QStringLiteral("SELECT format('CREATE SCHEMA %I', $1::text)"),
                QStringLiteral("SELECT format('CREATE TABLE %I.%I (id integer PRIMARY KEY, %I "
                               "text)', $1::text, $1::text, $1::text)"),
                QStringLiteral("SELECT format('CREATE TABLE %I.%I (%I text, arg text)', $1::text, "
                               "left($1::text, 50) || ' log', $1::text)"),
                QStringLiteral(
                        "SELECT format('INSERT INTO %I.%I VALUES (1, ''a'')', $1::text, $1::text)"),
                QStringLiteral("SELECT format('LISTEN %I', $1::text)")};
        for (const QString &statement : setup)
            db.mustExec(scalar(db, statement, {name}));

        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = $1"),
                        {name}),
                 QStringLiteral("1"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT obj_description(oid, 'pg_trigger') FROM pg_trigger "
                                       "WHERE tgname = $1"),
                        {name})
                         .section(QStringLiteral("\n\n"), 0, 0),
                 name);

        db.connection().takeNotifications();
        db.mustExec(scalar(db,
                           QStringLiteral("SELECT format('UPDATE %I.%I SET %I = ''b''', $1::text, "
                                          "$1::text, $1::text)"),
                           {name}));
        const QString logged = scalar(
                db,
                scalar(db,
                       QStringLiteral(
                               "SELECT format('SELECT string_agg(%I || ''|'' || arg, '','') "
                               "FROM %I.%I', $1::text, $1::text, left($1::text, 50) || ' log')"),
                       {name}));
        QCOMPARE(logged, QStringLiteral("b|") + name);
        const QList<pg::Notification> notifications = db.connection().takeNotifications();
        QCOMPARE(notifications.size(), 1);
        QCOMPARE(notifications.first().channel, name);

        // The condition still holds back what it should.
        db.mustExec(scalar(db,
                           QStringLiteral("SELECT format('UPDATE %I.%I SET %I = ''forbidden '''' "
                                          "value''', $1::text, $1::text, $1::text)"),
                           {name}));
        QCOMPARE(scalar(db,
                        scalar(db,
                               QStringLiteral("SELECT format('SELECT count(*) FROM %I.%I', "
                                              "$1::text, left($1::text, 50) || ' log')"),
                               {name})),
                 QStringLiteral("1"));

        // And the uninstall script takes it all away again.
        const pg::QueryResult removed = db.connection().execScript(
                renderUninstallScript(QList<TriggerDesign> {trigger}, {}));
        QVERIFY2(removed.ok(), qPrintable(removed.error().toString()));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_trigger WHERE tgname = $1"),
                        {name}),
                 QStringLiteral("0"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_proc WHERE proname = $1"),
                        {triggerFunctionName(trigger)}),
                 QStringLiteral("0"));
    }

    void keywordsMatchTheServer()
    {
        // Every keyword the server cannot take bare as a column name must be quoted.
        TestDatabase db;
        const pg::QueryResult keywords = db.mustExec(
                QStringLiteral("SELECT word FROM pg_get_keywords() WHERE catcode <> 'U'"));
        QVERIFY(keywords.rowCount() > 50);
        for (const QStringList &row : keywords.rows())
            QVERIFY2(isKeyword(row.first()), qPrintable(row.first()));
    }
};

QTEST_GUILESS_MAIN(TestHostileIdentifiers)
#include "tst_hostileidentifiers.moc"
