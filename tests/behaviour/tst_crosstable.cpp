// Conditions that read other tables: WHEN cannot hold a subquery, so Trigon tests that part in
// the function and leaves the rest in WHEN; what WHEN refuses otherwise (aggregates, window and
// set-returning functions, another table's columns) and a subquery it cannot move are errors,
// as they are on the server.

#include "tests/behaviour/deployhelper.h"

#include "core/analysis/designvalidator.h"
#include "core/io/designfile.h"
#include "core/pg/deployer.h"
#include "core/sql/scriptrenderer.h"
#include "core/sql/whenexpression.h"

#include <QTest>

using namespace trigon;
using namespace trigon::test;

namespace {

void createShop(TestDatabase &db)
{
    db.mustExec(QStringLiteral(
            "CREATE TABLE customers (id integer PRIMARY KEY, frozen boolean NOT NULL);"
            "INSERT INTO customers VALUES (1, false), (2, true);"
            "CREATE TABLE orders (id integer PRIMARY KEY, customer_id integer, total numeric);"));
}

// Refuses orders (with a positive total) of frozen customers.
const QByteArray frozenCustomer
        = "\"condition\": {\"and\": [{\"q\": {\"new__total__gt\": 0}}, {\"sql\": \"EXISTS (SELECT "
          "1 "
          "FROM customers c WHERE c.id = NEW.customer_id AND c.frozen)\"}]},"
          " \"actions\": [{\"kind\": \"protect\", \"message\": \"the customer is frozen\"}]";

QString errorsOf(const TriggerDesign &design)
{
    QStringList errors;
    for (const Diagnostic &diagnostic : validateTrigger(design, 0)) {
        if (diagnostic.isError())
            errors.append(diagnostic.message);
    }
    return errors.join(u'\n');
}

} // namespace

class TestCrossTable : public QObject
{
    Q_OBJECT

private slots:
    // Row level: the comparison stays in WHEN, the subquery is the function's first test.
    void protectsOrdersOfFrozenCustomersPerRow()
    {
        TestDatabase db;
        createShop(db);
        const TriggerDesign design = triggerFromJson(
                "{\"name\": \"frozen\", \"table\": {\"name\": \"orders\"}, \"timing\": "
                "\"before\", \"events\": [\"insert\", \"update\"], "
                + frozenCustomer + "}");
        const QString sql = renderTriggerInstall(design, RenderOptions {});
        QVERIFY2(sql.contains(QLatin1String("WHEN (NEW.total > 0)")), qPrintable(sql));
        QVERIFY2(sql.contains(QLatin1String("IF NOT coalesce((EXISTS (SELECT 1 FROM customers c "
                                            "WHERE c.id = NEW.customer_id AND c.frozen)), false)")),
                 qPrintable(sql));
        const QList<Diagnostic> diagnostics = validateTrigger(design, 0);
        QVERIFY(!hasErrors(diagnostics));
        QVERIFY(std::any_of(diagnostics.cbegin(), diagnostics.cend(), [](const Diagnostic &d) {
            return d.message.contains(QLatin1String("tested in the function"));
        }));
        const QString error = deploy(db, {design});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        db.mustExec(QStringLiteral("INSERT INTO orders VALUES (1, 1, 10)"));
        const pg::QueryResult refused
                = db.connection().exec(QStringLiteral("INSERT INTO orders VALUES (2, 2, 10)"));
        QVERIFY(!refused.ok());
        QVERIFY2(refused.error().message.contains(QLatin1String("the customer is frozen")),
                 qPrintable(refused.error().message));
        // WHEN still filters: no total, no test.
        db.mustExec(QStringLiteral("INSERT INTO orders VALUES (3, 2, 0)"));
        QVERIFY(!db.connection()
                         .exec(QStringLiteral("UPDATE orders SET customer_id = 2, total = 5 "
                                              "WHERE id = 1"))
                         .ok());
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY id) FROM "
                                       "orders")),
                 QStringLiteral("1,3"));
    }

    // Statement level: over the transition table, one statement with one frozen customer's
    // order among others is refused whole.
    void protectsOrdersOfFrozenCustomersPerStatement()
    {
        TestDatabase db;
        createShop(db);
        const TriggerDesign design = triggerFromJson(
                "{\"name\": \"frozen_bulk\", \"table\": {\"name\": \"orders\"}, \"timing\": "
                "\"after\", \"events\": [\"insert\"], \"level\": \"statement\", \"referencing\": "
                "{\"old\": null, \"new\": \"new_rows\"}, "
                + frozenCustomer + "}");
        QVERIFY2(errorsOf(design).isEmpty(), qPrintable(errorsOf(design)));
        const QString error = deploy(db, {design});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(QStringLiteral("INSERT INTO orders VALUES (1, 1, 10), (2, 1, 20)"));
        QVERIFY(!db.connection()
                         .exec(QStringLiteral("INSERT INTO orders VALUES (3, 1, 10), (4, 2, 5)"))
                         .ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("2"));
    }

    // The condition builder's "a row in another table": EXISTS for frozen customers, and wrapped
    // in not, NOT EXISTS for orders whose customer is missing (as a foreign key would).
    void rowInAnotherTable()
    {
        TestDatabase db;
        createShop(db);
        const TriggerDesign frozen = triggerFromJson(
                "{\"name\": \"frozen\", \"table\": {\"name\": \"orders\"}, \"timing\": "
                "\"before\", \"events\": [\"insert\"], \"condition\": {\"exists\": {\"table\": "
                "{\"name\": \"customers\"}, \"match\": {\"id\": \"new__customer_id\"}, "
                "\"where\": \"other.frozen\"}}, \"actions\": [{\"kind\": \"protect\", "
                "\"message\": \"frozen\"}]}");
        const TriggerDesign orphan = triggerFromJson(
                "{\"name\": \"orphan\", \"table\": {\"name\": \"orders\"}, \"timing\": "
                "\"before\", \"events\": [\"insert\"], \"condition\": {\"not\": {\"exists\": "
                "{\"table\": {\"name\": \"customers\"}, \"match\": {\"id\": "
                "\"new__customer_id\"}}}}, \"actions\": [{\"kind\": \"protect\", \"message\": "
                "\"no such customer\"}]}");
        const QString sql = renderTriggerInstall(frozen, RenderOptions {});
        QVERIFY2(sql.contains(QLatin1String(
                         "EXISTS (SELECT 1 FROM public.customers AS other WHERE other.id = "
                         "NEW.customer_id AND (other.frozen))")),
                 qPrintable(sql));
        QVERIFY2(!sql.contains(QLatin1String("WHEN")), qPrintable(sql));
        const QString error = deploy(db, {frozen, orphan});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(QStringLiteral("INSERT INTO orders VALUES (1, 1, 10)"));
        const pg::QueryResult refusedFrozen
                = db.connection().exec(QStringLiteral("INSERT INTO orders VALUES (2, 2, 10)"));
        QVERIFY(!refusedFrozen.ok());
        QVERIFY(refusedFrozen.error().message.contains(QLatin1String("frozen")));
        const pg::QueryResult refusedOrphan
                = db.connection().exec(QStringLiteral("INSERT INTO orders VALUES (3, 9, 10)"));
        QVERIFY(!refusedOrphan.ok());
        QVERIFY(refusedOrphan.error().message.contains(QLatin1String("no such customer")));
    }

    void refusesAnExistsWithoutAMatch()
    {
        TriggerDesign design = triggerFromJson(
                "{\"name\": \"t\", \"table\": {\"name\": \"orders\"}, \"timing\": \"before\", "
                "\"events\": [\"insert\"], \"actions\": [{\"kind\": \"protect\"}]}");
        design.condition = Condition::exists(
                TableRef {QStringLiteral("public"), QStringLiteral("customers")}, {});
        QVERIFY2(errorsOf(design).contains(QLatin1String("name at least one column of "
                                                         "public.customers")),
                 qPrintable(errorsOf(design)));
    }

    // Where the function cannot test the subquery, lint refuses it as the server would.
    void refusesASubqueryItCannotMove_data()
    {
        QTest::addColumn<QByteArray>("members");
        QTest::addColumn<QString>("expected");
        QTest::newRow("instead of")
                << QByteArray("\"table\": {\"name\": \"order_view\"}, \"timing\": \"instead_of\", "
                              "\"events\": [\"insert\"], \"actions\": [{\"kind\": \"protect\"}]")
                << "an INSTEAD OF trigger has no WHEN to move it from";
        QTest::newRow("constraint trigger, existing function")
                << QByteArray(
                           "\"table\": {\"name\": \"orders\"}, \"timing\": \"after\", "
                           "\"events\": [\"insert\"], \"constraint\": {\"deferrable\": true, "
                           "\"initially\": \"deferred\"}, \"function\": {\"name\": \"check_it\"}")
                << "but the trigger executes the existing function public.check_it()";
    }

    void refusesASubqueryItCannotMove()
    {
        QFETCH(QByteArray, members);
        QFETCH(QString, expected);
        const TriggerDesign design = triggerFromJson(
                "{\"name\": \"t\", " + members
                + ", \"condition\": {\"sql\": \"EXISTS (SELECT 1 FROM customers)\"}}");
        QVERIFY2(errorsOf(design).contains(expected), qPrintable(errorsOf(design)));
    }

    // What WHEN refuses besides subqueries, found by the lexer as the server's parser would.
    void refusesWhatWhenCannotHold_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("expected");
        QTest::newRow("aggregate") << "count(*) > 1"
                                   << "aggregate function count()";
        QTest::newRow("window") << "row_number() OVER () > 1"
                                << "window function row_number()";
        QTest::newRow("set-returning") << "generate_series(1, NEW.id) > 1"
                                       << "set-returning function generate_series()";
        QTest::newRow("other table") << "customers.frozen"
                                     << "not customers.frozen";
        QTest::newRow("quoted other table") << "\"Customers\".frozen"
                                            << "not \"Customers\".frozen";
    }

    void refusesWhatWhenCannotHold()
    {
        QFETCH(QString, sql);
        QFETCH(QString, expected);
        TriggerDesign design = triggerFromJson(
                "{\"name\": \"t\", \"table\": {\"name\": \"orders\"}, \"timing\": \"before\", "
                "\"events\": [\"insert\"], \"actions\": [{\"kind\": \"protect\"}]}");
        design.condition = Condition::rawSql(sql);
        QVERIFY2(errorsOf(design).contains(expected), qPrintable(errorsOf(design)));
    }

    // A function the design lists in "table_reading_functions" reads another table: its call
    // is tested in the function, where the row's snapshot is the transaction's, not in WHEN.
    void tableReadingFunctionIsTestedInTheFunction()
    {
        TestDatabase db;
        createShop(db);
        db.mustExec(QStringLiteral(
                "CREATE TABLE flags (customer_id integer PRIMARY KEY);"
                "INSERT INTO flags VALUES (2);"
                "CREATE TABLE shipments (order_id integer PRIMARY KEY);"
                "CREATE FUNCTION my_flagged(customer integer) RETURNS boolean LANGUAGE sql "
                "STABLE AS 'SELECT EXISTS (SELECT 1 FROM flags WHERE customer_id = customer)';"));
        // Ships the orders of customers who are not flagged.
        const DesignReadResult read = parseDesign(
                "{\"format\": \"trigon\", \"version\": 1, \"table_reading_functions\": "
                "[\"my_flagged\"], \"triggers\": [{\"name\": \"ship\", \"table\": "
                "{\"name\": \"orders\"}, \"timing\": \"after\", \"events\": [\"insert\"], "
                "\"condition\": {\"and\": [{\"q\": {\"new__total__gt\": 0}}, {\"sql\": "
                "\"NOT my_flagged(NEW.customer_id)\"}]}, \"actions\": [{\"kind\": \"sql\", "
                "\"body\": \"INSERT INTO shipments VALUES (NEW.id);\"}]}]}");
        QVERIFY2(read.ok(), qPrintable(read.error.toString()));
        const QList<TriggerDesign> designs = read.document->triggers;
        const QString sql = renderTriggerInstall(designs.first(), RenderOptions {});
        QVERIFY2(sql.contains(QLatin1String("WHEN (NEW.total > 0)")), qPrintable(sql));
        QVERIFY2(sql.contains(QLatin1String("IF NOT coalesce((NOT my_flagged(NEW.customer_id)), "
                                            "false)")),
                 qPrintable(sql));
        const qsizetype when = sql.indexOf(QLatin1String("WHEN ("));
        QVERIFY(!sql.mid(when).contains(QLatin1String("my_flagged")));
        const QList<Diagnostic> diagnostics = validateDesign(*read.document);
        QVERIFY(!hasErrors(diagnostics));

        const QString error = deploy(db, designs);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Installed as designed: status and drift render the same split.
        pg::PgError planError;
        const std::optional<pg::PreparedPlan> plan
                = pg::preparePlan(db.connection(), designs, {}, &planError);
        QVERIFY2(plan, qPrintable(planError.toString()));
        QVERIFY2(plan->plan.isEmpty(), qPrintable(plan->plan.script()));

        db.mustExec(QStringLiteral("INSERT INTO orders VALUES (1, 1, 10), (2, 2, 10), "
                                   "(3, 1, 0)"));
        // A flag set in the same transaction counts: the function reads the transaction's view.
        db.mustExec(QStringLiteral("BEGIN"));
        db.mustExec(QStringLiteral("INSERT INTO flags VALUES (1)"));
        db.mustExec(QStringLiteral("INSERT INTO orders VALUES (4, 1, 10)"));
        db.mustExec(QStringLiteral("DELETE FROM flags WHERE customer_id = 2"));
        db.mustExec(QStringLiteral("INSERT INTO orders VALUES (5, 2, 10)"));
        db.mustExec(QStringLiteral("COMMIT"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT string_agg(order_id::text, ',' ORDER BY order_id) "
                                       "FROM shipments")),
                 QStringLiteral("1,5"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("5"));
    }

    // What the scan must not mistake for another table or a subquery.
    void acceptsWhatWhenCanHold_data()
    {
        QTest::addColumn<QString>("sql");
        QTest::newRow("new and old") << "NEW.total > OLD.total";
        QTest::newRow("qualified function") << "pg_catalog.lower(NEW.note) = 'x'";
        QTest::newRow("qualified cast") << "NEW.total::pg_catalog.numeric > 0";
        QTest::newRow("strings") << "NEW.note <> 'SELECT customers.x FROM t'";
        QTest::newRow("composite field") << "(NEW.address).city IS NOT NULL";
        QTest::newRow("function named like a table column") << "coalesce(NEW.total, 0) > 0";
    }

    void acceptsWhatWhenCanHold()
    {
        QFETCH(QString, sql);
        const WhenExpressionReads reads = scanWhenExpression(sql);
        QVERIFY(!reads.subquery);
        QCOMPARE(reads.aggregate, QString());
        QCOMPARE(reads.window, QString());
        QCOMPARE(reads.setReturning, QString());
        QCOMPARE(reads.otherTable, QString());
    }
};

QTEST_GUILESS_MAIN(TestCrossTable)
#include "tst_crosstable.moc"
