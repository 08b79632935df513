// Every action kind deployed to the throwaway server and exercised: the test checks what the
// database did, not what the SQL looks like.

#include "tests/behaviour/deployhelper.h"

#include "core/model/presets.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace trigon;
using namespace trigon::test;

namespace {

const QByteArray ordersColumns = R"("table": {"schema": "public", "name": "orders"},
    "table_columns": [{"name": "id", "type": "integer", "key": true}, {"name": "status", "type": "text"},
                      {"name": "note", "type": "text"}, {"name": "deleted", "type": "boolean"},
                      {"name": "updated_at", "type": "timestamptz", "auto": true}])";

void createOrders(TestDatabase &db)
{
    db.mustExec(QStringLiteral(
            "CREATE TABLE orders (id integer PRIMARY KEY, status text, note text, "
            "deleted boolean NOT NULL DEFAULT false, updated_at timestamptz);"
            "INSERT INTO orders (id, status, note) VALUES (1, 'paid', 'a'), (2, 'draft', 'b');"));
}

QJsonObject jsonObject(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

} // namespace

class TestActionBehaviour : public QObject
{
    Q_OBJECT

private slots:
    void protect()
    {
        TestDatabase db;
        createOrders(db);
        const TriggerDesign trigger
                = triggerFromJson(R"({"name": "orders_protect_paid", )" + ordersColumns + R"(,
            "timing": "before", "events": ["update"],
            "condition": {"and": [{"q": {"old__status": "paid"}}, {"any_change": {"exclude_auto": true}}]},
            "actions": [{"kind": "protect", "message": "paid orders are final", "sqlstate": "P0042"}]})");
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));

        pg::QueryResult result
                = db.connection().exec(QStringLiteral("UPDATE orders SET note = 'x' WHERE id = 1"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, QStringLiteral("paid orders are final"));
        QCOMPARE(result.error().sqlState, QStringLiteral("P0042"));
        // Not paid: allowed. Only the auto column changes: allowed (exclude_auto).
        QVERIFY(db.connection()
                        .exec(QStringLiteral("UPDATE orders SET note = 'x' WHERE id = 2"))
                        .ok());
        QVERIFY(db.connection()
                        .exec(QStringLiteral("UPDATE orders SET updated_at = now() WHERE id = 1"))
                        .ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT note FROM orders WHERE id = 1")),
                 QStringLiteral("a"));
    }

    void protectDefaultMessage()
    {
        TestDatabase db;
        createOrders(db);
        const TriggerDesign trigger
                = triggerFromJson(R"({"name": "no_delete", )" + ordersColumns + R"(,
            "timing": "before", "events": ["delete"], "actions": [{"kind": "protect"}]})");
        QVERIFY(deploy(db, {trigger}).isEmpty());
        const pg::QueryResult result = db.connection().exec(QStringLiteral("DELETE FROM orders"));
        QVERIFY(!result.ok());
        QCOMPARE(result.error().message, QStringLiteral("DELETE on orders is not allowed"));
        QCOMPARE(result.error().sqlState, QStringLiteral("P0001"));
    }

    void softDelete()
    {
        TestDatabase db;
        createOrders(db);
        const TriggerDesign trigger
                = triggerFromJson(R"({"name": "orders_soft_delete", )" + ordersColumns + R"(,
            "timing": "before", "events": ["delete"],
            "actions": [{"kind": "soft_delete", "column": "deleted", "value": true, "key": ["id"]}]})");
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const pg::QueryResult result
                = db.connection().exec(QStringLiteral("DELETE FROM orders WHERE id = 1"));
        QVERIFY(result.ok());
        QCOMPARE(result.rowsAffected(), 0); // the DELETE itself was skipped
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("2"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT deleted FROM orders WHERE id = 1")),
                 QStringLiteral("t"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT deleted FROM orders WHERE id = 2")),
                 QStringLiteral("f"));
    }

    void stateMachine()
    {
        TestDatabase db;
        createOrders(db);
        const TriggerDesign trigger
                = triggerFromJson(R"({"name": "orders_fsm", )" + ordersColumns + R"(,
            "timing": "before", "events": ["update"],
            "actions": [{"kind": "fsm", "column": "status",
                         "transitions": [{"from": "draft", "to": "paid"}, {"from": "paid", "to": "shipped"}]}]})");
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(db.connection()
                        .exec(QStringLiteral("UPDATE orders SET status = 'paid' WHERE id = 2"))
                        .ok());
        QVERIFY(db.connection()
                        .exec(QStringLiteral("UPDATE orders SET note = 'same state' WHERE id = 2"))
                        .ok());
        const pg::QueryResult refused = db.connection().exec(
                QStringLiteral("UPDATE orders SET status = 'draft' WHERE id = 1"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message,
                 QStringLiteral("status cannot change from paid to draft"));
        const pg::QueryResult toNull = db.connection().exec(
                QStringLiteral("UPDATE orders SET status = NULL WHERE id = 1"));
        QVERIFY(!toNull.ok());
        QVERIFY(db.connection()
                        .exec(QStringLiteral("UPDATE orders SET status = 'shipped' WHERE id = 1"))
                        .ok());
    }

    void setTimestamp()
    {
        TestDatabase db;
        createOrders(db);
        const TriggerDesign trigger
                = triggerFromJson(R"({"name": "orders_touch", )" + ordersColumns + R"(,
            "timing": "before", "events": ["insert", "update", "delete"],
            "actions": [{"kind": "set_timestamp", "columns": ["updated_at"]}]})");
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(QStringLiteral("INSERT INTO orders (id, status) VALUES (3, 'x')"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT updated_at IS NOT NULL FROM orders WHERE id = 3")),
                 QStringLiteral("t"));
        db.mustExec(QStringLiteral("BEGIN; UPDATE orders SET note = 'n' WHERE id = 1;"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT updated_at = now() FROM orders WHERE id = 1")),
                 QStringLiteral("t"));
        db.mustExec(QStringLiteral("COMMIT"));
        QVERIFY(db.connection().exec(QStringLiteral("DELETE FROM orders WHERE id = 2")).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("2"));
    }

    void validate()
    {
        TestDatabase db;
        createOrders(db);
        const TriggerDesign trigger
                = triggerFromJson(R"({"name": "orders_validate", )" + ordersColumns + R"(,
            "timing": "before", "events": ["insert", "update"],
            "actions": [{"kind": "validate", "check": {"q": {"new__note__startswith": "ok"}},
                         "message": "notes start with ok"}]})");
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const pg::QueryResult refused = db.connection().exec(
                QStringLiteral("INSERT INTO orders (id, note) VALUES (5, 'bad')"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QStringLiteral("notes start with ok"));
        QCOMPARE(refused.error().sqlState, QStringLiteral("23514"));
        QVERIFY(db.connection()
                        .exec(QStringLiteral("INSERT INTO orders (id, note) VALUES (5, 'ok then')"))
                        .ok());
        // As in a CHECK constraint, NULL passes.
        QVERIFY(db.connection()
                        .exec(QStringLiteral("INSERT INTO orders (id, note) VALUES (6, NULL)"))
                        .ok());
    }

    void insert()
    {
        TestDatabase db;
        createOrders(db);
        db.mustExec(QStringLiteral(
                "CREATE TABLE order_log (order_id integer, op text, at timestamptz, who text, "
                "kind text, n integer, extra jsonb, doubled integer, row_data jsonb)"));
        const TriggerDesign trigger
                = triggerFromJson(R"({"name": "orders_log", )" + ordersColumns + R"(,
            "timing": "after", "events": ["update"],
            "actions": [{"kind": "insert", "table": {"schema": "public", "name": "order_log"},
                         "values": {"order_id": {"new": "id"}, "op": {"tg": "op"}, "at": {"now": true},
                                    "who": {"setting": "app.current_user_id"}, "kind": "it\u0027s",
                                    "n": 7, "extra": {"a": [1, "b"]}, "doubled": {"sql": "NEW.id * 2"},
                                    "row_data": {"row": "old"}}}]})");
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(QStringLiteral(
                "SET app.current_user_id = 'alice'; UPDATE orders SET note = 'z' WHERE id = 2"));
        const pg::QueryResult row = db.mustExec(
                QStringLiteral("SELECT order_id, op, at IS NOT NULL, who, kind, n, extra::text, "
                               "doubled, row_data->>'note' FROM order_log"));
        QCOMPARE(row.rowCount(), 1);
        QCOMPARE(row.rows().first(),
                 (QStringList {QStringLiteral("2"), QStringLiteral("UPDATE"), QStringLiteral("t"),
                               QStringLiteral("alice"), QStringLiteral("it's"), QStringLiteral("7"),
                               QStringLiteral("{\"a\": [1, \"b\"]}"), QStringLiteral("4"),
                               QStringLiteral("b")}));
    }

    void customSql()
    {
        TestDatabase db;
        createOrders(db);
        const TriggerDesign trigger
                = triggerFromJson(R"({"name": "orders_upper", )" + ordersColumns + R"(,
            "timing": "before", "events": ["insert"],
            "actions": [{"kind": "sql", "declarations": "suffix text := '!';",
                         "body": "NEW.note := upper(NEW.note) || suffix || TG_ARGV[0];"}],
            "arguments": ["?"]})");
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(QStringLiteral("INSERT INTO orders (id, note) VALUES (9, 'hey')"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT note FROM orders WHERE id = 9")),
                 QStringLiteral("HEY!?"));
    }

    void auditRows()
    {
        TestDatabase db;
        createOrders(db);
        const TriggerDesign trigger
                = triggerFromJson(R"({"name": "orders_audit", )" + ordersColumns + R"(,
            "timing": "after", "events": ["insert", "update", "delete"],
            "actions": [{"kind": "audit", "table": {"schema": "public", "name": "audit_log"}, "create_table": true}]})");
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(QStringLiteral("SET app.current_user_id = '42'"));
        db.mustExec(QStringLiteral("INSERT INTO orders (id, status) VALUES (3, 'new')"));
        db.mustExec(QStringLiteral("UPDATE orders SET status = 'paid' WHERE id = 3"));
        db.mustExec(QStringLiteral("DELETE FROM orders WHERE id = 3"));
        const pg::QueryResult rows = db.mustExec(QStringLiteral(
                "SELECT table_schema, table_name, operation, old_data->>'status', "
                "new_data->>'status', "
                "db_user = current_user, app_user, changed_at IS NOT NULL, transaction_id > 0 "
                "FROM audit_log ORDER BY id"));
        QCOMPARE(rows.rowCount(), 3);
        QCOMPARE(rows.value(0, 2), QStringLiteral("INSERT"));
        QVERIFY(rows.isNull(0, 3));
        QCOMPARE(rows.value(0, 4), QStringLiteral("new"));
        QCOMPARE(rows.value(1, 2), QStringLiteral("UPDATE"));
        QCOMPARE(rows.value(1, 3), QStringLiteral("new"));
        QCOMPARE(rows.value(1, 4), QStringLiteral("paid"));
        QCOMPARE(rows.value(2, 2), QStringLiteral("DELETE"));
        QVERIFY(rows.isNull(2, 4));
        for (int i = 0; i < 3; ++i) {
            QCOMPARE(rows.value(i, 0), QStringLiteral("public"));
            QCOMPARE(rows.value(i, 1), QStringLiteral("orders"));
            QCOMPARE(rows.value(i, 5), QStringLiteral("t"));
            QCOMPARE(rows.value(i, 6), QStringLiteral("42"));
            QCOMPARE(rows.value(i, 7), QStringLiteral("t"));
            QCOMPARE(rows.value(i, 8), QStringLiteral("t"));
        }
        // The marker on the audit table Trigon created.
        QVERIFY(scalar(db,
                       QStringLiteral("SELECT obj_description('audit_log'::regclass, 'pg_class')"))
                        .contains(QLatin1String("trigon:1 table blake2b:")));
    }

    void auditChangedFields()
    {
        TestDatabase db;
        createOrders(db);
        const TriggerDesign trigger
                = triggerFromJson(R"({"name": "orders_audit", )" + ordersColumns + R"(,
            "timing": "after", "events": ["update"],
            "actions": [{"kind": "audit", "mode": "changed_fields", "user_setting": "",
                         "table": {"schema": "public", "name": "audit_log"}, "create_table": true}]})");
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(QStringLiteral("UPDATE orders SET note = 'changed' WHERE id = 1"));
        const pg::QueryResult rows
                = db.mustExec(QStringLiteral("SELECT old_data, new_data, app_user FROM audit_log"));
        QCOMPARE(rows.rowCount(), 1);
        QCOMPARE(jsonObject(rows.value(0, 0)), jsonObject(QStringLiteral(R"({"note": "a"})")));
        QCOMPARE(jsonObject(rows.value(0, 1)),
                 jsonObject(QStringLiteral(R"({"note": "changed"})")));
        QVERIFY(rows.isNull(0, 2));
    }

    void auditStatementLevel()
    {
        TestDatabase db;
        createOrders(db);
        db.mustExec(QStringLiteral(
                "INSERT INTO orders (id, status) SELECT g, 'draft' FROM generate_series(3, 10) g"));
        const TriggerDesign trigger
                = triggerFromJson(R"({"name": "orders_bulk_audit", )" + ordersColumns + R"(,
            "timing": "after", "events": ["update"], "level": "statement",
            "referencing": {"old": "old_orders", "new": "new_orders"},
            "condition": {"any_change": {"fields": ["status"]}},
            "actions": [{"kind": "audit", "table": {"schema": "public", "name": "audit_log"}, "create_table": true}]})");
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Eight rows updated, but only three change their status: one audit row with three each.
        db.mustExec(QStringLiteral(
                "UPDATE orders SET note = 'bulk', "
                "status = CASE WHEN id <= 5 THEN 'paid' ELSE status END WHERE id >= 3"));
        const pg::QueryResult rows = db.mustExec(QStringLiteral(
                "SELECT operation, jsonb_array_length(old_data), jsonb_array_length(new_data), "
                "(SELECT string_agg(e->>'id', ',' ORDER BY (e->>'id')::int) FROM "
                "jsonb_array_elements(new_data) e) "
                "FROM audit_log"));
        QCOMPARE(rows.rowCount(), 1);
        QCOMPARE(rows.rows().first(),
                 (QStringList {QStringLiteral("UPDATE"), QStringLiteral("3"), QStringLiteral("3"),
                               QStringLiteral("3,4,5")}));
        // A statement whose rows do not match leaves no audit row.
        db.mustExec(QStringLiteral("UPDATE orders SET note = 'again'"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM audit_log")), QStringLiteral("1"));
    }

    void auditStatementLevelWithoutCondition()
    {
        // Without a condition each transition table is aggregated on its own; a statement that
        // touches no row writes no audit row.
        TestDatabase db;
        createOrders(db);
        const TableRef table {QStringLiteral("public"), QStringLiteral("orders")};
        const TableRef auditTable {QStringLiteral("public"), QStringLiteral("bulk_audit")};
        const TriggerDesign base = triggerFromJson(R"({"name": "x", )" + ordersColumns + R"(,
            "timing": "after", "events": ["insert"]})");
        QList<TriggerDesign> triggers;
        for (TriggerEvent event :
             {TriggerEvent::Insert, TriggerEvent::Update, TriggerEvent::Delete})
            triggers.append(presets::auditStatements(table, base.tableColumns, event, auditTable));
        const QString error = deploy(db, triggers);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(
                QStringLiteral("INSERT INTO orders (id, status) VALUES (3, 'new'), (4, 'new')"));
        db.mustExec(QStringLiteral("UPDATE orders SET note = 'n' WHERE id >= 3"));
        db.mustExec(QStringLiteral("UPDATE orders SET note = 'none' WHERE id > 100"));
        db.mustExec(QStringLiteral("DELETE FROM orders WHERE id = 4"));
        const pg::QueryResult rows = db.mustExec(QStringLiteral(
                "SELECT operation, COALESCE(jsonb_array_length(old_data), 0), "
                "COALESCE(jsonb_array_length(new_data), 0) FROM bulk_audit ORDER BY id"));
        QCOMPARE(rows.rows(),
                 (QList<QStringList> {
                         {QStringLiteral("INSERT"), QStringLiteral("0"), QStringLiteral("2")},
                         {QStringLiteral("UPDATE"), QStringLiteral("2"), QStringLiteral("2")},
                         {QStringLiteral("DELETE"), QStringLiteral("1"), QStringLiteral("0")}}));
    }

    void insertStatementLevel()
    {
        TestDatabase db;
        createOrders(db);
        db.mustExec(QStringLiteral("CREATE TABLE paid_log (order_id integer, note text)"));
        const TriggerDesign trigger
                = triggerFromJson(R"({"name": "orders_paid_log", )" + ordersColumns + R"(,
            "timing": "after", "events": ["insert"], "level": "statement",
            "referencing": {"old": null, "new": "inserted"},
            "condition": {"q": {"new__status": "paid"}},
            "actions": [{"kind": "insert", "table": {"schema": "public", "name": "paid_log"},
                         "values": {"order_id": {"new": "id"}, "note": {"new": "note"}}},
                        {"kind": "validate", "check": {"sql": "NEW.note IS NOT NULL"}, "message": "paid needs a note"}]})");
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(QStringLiteral("INSERT INTO orders (id, status, note) VALUES (3, 'paid', 'x'), "
                                   "(4, 'draft', NULL), (5, 'paid', 'y')"));
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT string_agg(order_id || note, ',' ORDER BY order_id) "
                                       "FROM paid_log")),
                 QStringLiteral("3x,5y"));
        const pg::QueryResult refused = db.connection().exec(
                QStringLiteral("INSERT INTO orders (id, status) VALUES (6, 'paid')"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QStringLiteral("paid needs a note"));
    }

    void notify()
    {
        TestDatabase db;
        createOrders(db);
        const TriggerDesign trigger
                = triggerFromJson(R"({"name": "orders_notify", )" + ordersColumns + R"(,
            "timing": "after", "events": ["update"],
            "condition": {"any_change": {"fields": ["status"]}},
            "actions": [{"kind": "notify", "channel": "order events",
                         "payload": {"id": {"new": "id"}, "from": {"old": "status"}, "to": {"new": "status"},
                                     "op": {"tg": "op"}, "table": {"tg": "table_name"}, "schema": {"tg": "table_schema"},
                                     "when": {"tg": "when"}, "level": {"tg": "level"}, "trigger": {"tg": "name"},
                                     "user": {"setting": "app.user_name"}, "source": "trigon", "at": {"now": true}}}]})");
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(QStringLiteral("LISTEN \"order events\""));
        db.connection().takeNotifications();
        db.mustExec(QStringLiteral("BEGIN; SET LOCAL app.user_name = 'bob'; UPDATE orders SET "
                                   "status = 'shipped' WHERE id = 1; "
                                   "UPDATE orders SET note = 'no status change' WHERE id = 2;"));
        QVERIFY2(db.connection().takeNotifications().isEmpty(),
                 "NOTIFY is delivered only on commit");
        db.mustExec(QStringLiteral("COMMIT"));
        const QList<pg::Notification> notifications = db.connection().takeNotifications();
        QCOMPARE(notifications.size(), 1);
        QCOMPARE(notifications.first().channel, QStringLiteral("order events"));
        QJsonObject payload = jsonObject(notifications.first().payload);
        QVERIFY(payload.contains(QLatin1String("at")));
        payload.remove(QStringLiteral("at"));
        QCOMPARE(payload,
                 jsonObject(QStringLiteral(
                         R"({"id": 1, "from": "paid", "to": "shipped", "op": "UPDATE",
            "table": "orders", "schema": "public", "when": "AFTER", "level": "ROW", "trigger": "orders_notify",
            "user": "bob", "source": "trigon"})")));

        // Rolled back: never delivered.
        db.mustExec(
                QStringLiteral("BEGIN; UPDATE orders SET status = 'lost' WHERE id = 1; ROLLBACK;"));
        QVERIFY(db.connection().takeNotifications().isEmpty());
    }

    void statementLevelNotifyAndProtect()
    {
        TestDatabase db;
        createOrders(db);
        const TriggerDesign notify
                = triggerFromJson(R"({"name": "orders_bulk_notify", )" + ordersColumns + R"(,
            "timing": "after", "events": ["update"], "level": "statement",
            "referencing": {"old": null, "new": "changed"},
            "condition": {"q": {"new__status": "shipped"}},
            "actions": [{"kind": "notify", "channel": "shipping",
                         "payload": {"op": {"tg": "op"}, "level": {"tg": "level"}}}]})");
        const TriggerDesign protect
                = triggerFromJson(R"({"name": "orders_no_bulk_delete", )" + ordersColumns + R"(,
            "timing": "after", "events": ["delete"], "level": "statement",
            "referencing": {"old": "gone", "new": null},
            "condition": {"q": {"old__status": "paid"}},
            "actions": [{"kind": "protect", "message": "paid orders stay"}]})");
        const QString error = deploy(db, {notify, protect});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(QStringLiteral("LISTEN shipping"));
        db.connection().takeNotifications();
        // One notification for a statement that ships two rows; none when no row ships.
        db.mustExec(QStringLiteral("UPDATE orders SET status = 'shipped'"));
        QList<pg::Notification> notifications = db.connection().takeNotifications();
        QCOMPARE(notifications.size(), 1);
        QCOMPARE(jsonObject(notifications.first().payload),
                 jsonObject(QStringLiteral(R"({"op": "UPDATE", "level": "STATEMENT"})")));
        db.mustExec(QStringLiteral("UPDATE orders SET status = 'draft'"));
        QVERIFY(db.connection().takeNotifications().isEmpty());
        // Deleting drafts is fine; a statement that deletes a paid order fails as a whole.
        QVERIFY(db.connection().exec(QStringLiteral("DELETE FROM orders WHERE id = 2")).ok());
        db.mustExec(QStringLiteral("UPDATE orders SET status = 'paid' WHERE id = 1"));
        const pg::QueryResult refused = db.connection().exec(QStringLiteral("DELETE FROM orders"));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().message, QStringLiteral("paid orders stay"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM orders")), QStringLiteral("1"));
    }

    void notifyOverflow_data()
    {
        QTest::addColumn<QString>("overflow");
        QTest::addColumn<bool>("statementFails");
        QTest::addColumn<bool>("delivered");
        QTest::newRow("truncate") << "truncate" << false << true;
        QTest::newRow("skip") << "skip" << false << false;
        QTest::newRow("error") << "error" << true << false;
    }

    void notifyOverflow()
    {
        QFETCH(QString, overflow);
        QFETCH(bool, statementFails);
        QFETCH(bool, delivered);
        TestDatabase db;
        createOrders(db);
        const TriggerDesign trigger
                = triggerFromJson(QByteArray(R"({"name": "orders_notify", )" + ordersColumns + R"(,
            "timing": "after", "events": ["update"],
            "actions": [{"kind": "notify", "channel": "big", "on_overflow": "OVERFLOW",
                         "payload": {"row": {"row": "new"}}}]})")
                                          .replace("OVERFLOW", overflow.toUtf8()));
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(QStringLiteral("LISTEN big"));
        // A small payload goes through whatever the overflow setting.
        db.mustExec(QStringLiteral("UPDATE orders SET note = 'small' WHERE id = 1"));
        QCOMPARE(db.connection().takeNotifications().size(), 1);
        db.connection().takeNotices();
        const pg::QueryResult result = db.connection().exec(
                QStringLiteral("UPDATE orders SET note = repeat('x', 9000) WHERE id = 1"));
        QCOMPARE(!result.ok(), statementFails);
        const QList<pg::Notification> notifications = db.connection().takeNotifications();
        QCOMPARE(notifications.size(), delivered ? 1 : 0);
        if (delivered) {
            const QJsonObject payload = jsonObject(notifications.first().payload);
            QCOMPARE(payload.value(QLatin1String("truncated")).toBool(), true);
            QVERIFY(payload.value(QLatin1String("bytes")).toInt() >= 9000);
            QCOMPARE(payload.value(QLatin1String("table")).toString(), QStringLiteral("orders"));
        }
        if (overflow == QLatin1String("skip")) {
            const QList<pg::Notice> notices = db.connection().takeNotices();
            QCOMPARE(notices.size(), 1);
            QCOMPARE(notices.first().severity, QStringLiteral("WARNING"));
        }
    }
};

QTEST_GUILESS_MAIN(TestActionBehaviour)
#include "tst_actionbehaviour.moc"
