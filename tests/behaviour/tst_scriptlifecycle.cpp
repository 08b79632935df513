// What install and uninstall scripts leave in the catalog: enabled states, comment markers that
// match the definition hashes, constraint triggers that wait for COMMIT, scripts for older targets,
// re-installation after a design change, and a clean uninstall.

#include "tests/behaviour/deployhelper.h"

#include "core/model/presets.h"
#include "core/sql/definitionmarker.h"
#include "core/sql/scriptrenderer.h"

#include <QTest>

using namespace trigon;
using namespace trigon::test;

namespace {

void createTable(TestDatabase &db)
{
    db.mustExec(QStringLiteral(
            "CREATE TABLE items (id integer PRIMARY KEY, qty integer, updated_at timestamptz);"
            "INSERT INTO items VALUES (1, 1, NULL);"));
}

TriggerDesign touchTrigger()
{
    return triggerFromJson(
            R"({"name": "items_touch", "table": {"schema": "public", "name": "items"},
        "timing": "before", "events": ["update"],
        "actions": [{"kind": "set_timestamp", "columns": ["updated_at"]}]})");
}

QString runScript(TestDatabase &db, const QString &script)
{
    const pg::QueryResult result = db.connection().execScript(script);
    return result.ok() ? QString() : result.error().toString();
}

} // namespace

class TestScriptLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void enabledStates_data()
    {
        QTest::addColumn<QString>("enabled");
        QTest::addColumn<QString>("tgenabled");
        QTest::addColumn<bool>("fires");
        QTest::newRow("origin") << "origin"
                                << "O" << true;
        QTest::newRow("disabled") << "disabled"
                                  << "D" << false;
        QTest::newRow("replica") << "replica"
                                 << "R" << false; // sessions are origin by default
        QTest::newRow("always") << "always"
                                << "A" << true;
    }

    void enabledStates()
    {
        QFETCH(QString, enabled);
        QFETCH(QString, tgenabled);
        QFETCH(bool, fires);
        TestDatabase db;
        createTable(db);
        TriggerDesign trigger = touchTrigger();
        trigger.enabled = *enabledFromName(enabled);
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(scalar(db,
                        QStringLiteral(
                                "SELECT tgenabled FROM pg_trigger WHERE tgname = 'items_touch'")),
                 tgenabled);
        db.mustExec(QStringLiteral("UPDATE items SET qty = 2"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT updated_at IS NOT NULL FROM items")),
                 fires ? QStringLiteral("t") : QStringLiteral("f"));

        // Installing the design again after it changed back to origin enables the trigger again.
        trigger.enabled = TriggerEnabled::Origin;
        QVERIFY(deploy(db, {trigger}).isEmpty());
        QCOMPARE(scalar(db,
                        QStringLiteral(
                                "SELECT tgenabled FROM pg_trigger WHERE tgname = 'items_touch'")),
                 QStringLiteral("O"));
    }

    void markersMatchHashes()
    {
        TestDatabase db;
        createTable(db);
        TriggerDesign trigger = touchTrigger();
        trigger.comment = QStringLiteral("keeps updated_at honest\nsecond line");
        QVERIFY(deploy(db, {trigger}).isEmpty());
        const ObjectComment onTrigger = parseObjectComment(
                scalar(db,
                       QStringLiteral("SELECT obj_description(oid, 'pg_trigger') FROM pg_trigger "
                                      "WHERE tgname = 'items_touch'")));
        QCOMPARE(onTrigger.text, trigger.comment);
        QVERIFY(onTrigger.marker);
        QCOMPARE(onTrigger.marker->kind, DefinitionMarker::ObjectKind::Trigger);
        QCOMPARE(onTrigger.marker->hash, triggerDefinitionHash(trigger));
        const ObjectComment onFunction = parseObjectComment(scalar(
                db,
                QStringLiteral(
                        "SELECT obj_description('public.items__items_touch()'::regprocedure, "
                        "'pg_proc')")));
        QVERIFY(onFunction.marker);
        QCOMPARE(onFunction.marker->kind, DefinitionMarker::ObjectKind::Function);
        QCOMPARE(onFunction.marker->hash, functionDefinitionHash(trigger));

        // The deployed definition is the one the hash was made from.
        const QString deployed = scalar(db,
                                        QStringLiteral("SELECT pg_get_triggerdef(oid) FROM "
                                                       "pg_trigger WHERE tgname = 'items_touch'"));
        QVERIFY2(deployed.startsWith(
                         QLatin1String("CREATE TRIGGER items_touch BEFORE UPDATE ON public.items")),
                 qPrintable(deployed));
    }

    void olderTargets_data()
    {
        QTest::addColumn<int>("version");
        QTest::newRow("10") << 10;
        QTest::newRow("13") << 13;
        QTest::newRow("14") << 14;
    }

    void olderTargets()
    {
        // PostgreSQL 15 still understands what older targets get (EXECUTE PROCEDURE, DROP +
        // CREATE).
        QFETCH(int, version);
        TestDatabase db;
        createTable(db);
        RenderOptions options;
        options.serverVersion = version;
        const QString script = renderInstallScript(QList<TriggerDesign> {touchTrigger()}, options);
        for (int run = 0; run < 2; ++run) {
            const QString error = runScript(db, script);
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QCOMPARE(scalar(db,
                        QStringLiteral(
                                "SELECT count(*) FROM pg_trigger WHERE tgname = 'items_touch'")),
                 QStringLiteral("1"));
    }

    void deferredConstraintTrigger()
    {
        TestDatabase db;
        createTable(db);
        const TriggerDesign trigger = triggerFromJson(R"({"name": "items_qty_positive",
            "table": {"schema": "public", "name": "items"}, "timing": "after", "events": ["insert", "update"],
            "constraint": {"deferrable": true, "initially": "deferred"},
            "actions": [{"kind": "validate", "check": {"sql": "(SELECT qty FROM items WHERE id = NEW.id) > 0"},
                         "message": "qty must end up positive"}]})");
        const QString error = deploy(db, {trigger});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // Deferred: the row may pass through an invalid state within the transaction.
        QVERIFY(db.connection().exec(QStringLiteral("BEGIN")).ok());
        QVERIFY(db.connection().exec(QStringLiteral("UPDATE items SET qty = 0")).ok());
        QVERIFY(db.connection().exec(QStringLiteral("UPDATE items SET qty = 5")).ok());
        QVERIFY(db.connection().exec(QStringLiteral("COMMIT")).ok());
        QVERIFY(db.connection().exec(QStringLiteral("BEGIN")).ok());
        QVERIFY(db.connection().exec(QStringLiteral("UPDATE items SET qty = 0")).ok());
        const pg::QueryResult commit = db.connection().exec(QStringLiteral("COMMIT"));
        QVERIFY(!commit.ok());
        QCOMPARE(commit.error().message, QStringLiteral("qty must end up positive"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT qty FROM items")), QStringLiteral("5"));
    }

    void designChangeReplaces()
    {
        TestDatabase db;
        createTable(db);
        TriggerDesign trigger = touchTrigger();
        QVERIFY(deploy(db, {trigger}).isEmpty());
        trigger.events = {TriggerEvent::Insert};
        trigger.actions.append(ProtectAction {QStringLiteral("no inserts"), QString()});
        QVERIFY(deploy(db, {trigger}).isEmpty());
        QCOMPARE(scalar(db,
                        QStringLiteral(
                                "SELECT count(*) FROM pg_trigger WHERE tgname = 'items_touch'")),
                 QStringLiteral("1"));
        QVERIFY(db.connection().exec(QStringLiteral("UPDATE items SET qty = 3")).ok());
        QCOMPARE(scalar(db, QStringLiteral("SELECT updated_at IS NULL FROM items")),
                 QStringLiteral("t"));
        QCOMPARE(db.connection()
                         .exec(QStringLiteral("INSERT INTO items VALUES (2, 1, NULL)"))
                         .error()
                         .message,
                 QStringLiteral("no inserts"));
    }

    void presetsWorkTogether()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral(
                "CREATE TABLE accounts (id integer PRIMARY KEY, owner text, status text, "
                "is_deleted boolean NOT NULL DEFAULT false, updated_at timestamptz);"
                "INSERT INTO accounts (id, owner, status) VALUES (1, 'ann', 'new');"));
        const TableRef table {QStringLiteral("public"), QStringLiteral("accounts")};
        const QList<TableColumn> columns {
                {QStringLiteral("id"), QStringLiteral("integer"), false, true},
                {QStringLiteral("owner"), QStringLiteral("text"), false, false},
                {QStringLiteral("status"), QStringLiteral("text"), false, false},
                {QStringLiteral("is_deleted"), QStringLiteral("boolean"), false, false},
                {QStringLiteral("updated_at"), QStringLiteral("timestamptz"), true, false}};
        const TableRef auditTable {QStringLiteral("public"), QStringLiteral("accounts_audit")};
        const QList<TriggerDesign> triggers {
                presets::readOnly(table, columns, {QStringLiteral("owner")}),
                presets::updatedAt(table, columns),
                presets::softDelete(table, columns),
                presets::stateMachine(table, columns, QStringLiteral("status"),
                                      {{QStringLiteral("new"), QStringLiteral("open")}}),
                presets::auditRows(table, columns, auditTable),
                presets::notifyChanges(table, columns, QStringLiteral("accounts"))};
        const QString error = deploy(db, triggers);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        db.mustExec(QStringLiteral("LISTEN accounts"));

        QCOMPARE(db.connection()
                         .exec(QStringLiteral("UPDATE accounts SET owner = 'bob'"))
                         .error()
                         .message,
                 QStringLiteral("owner cannot be changed"));
        QVERIFY(!db.connection()
                         .exec(QStringLiteral("UPDATE accounts SET status = 'closed'"))
                         .ok());
        db.connection().takeNotifications();
        db.mustExec(QStringLiteral("UPDATE accounts SET status = 'open'"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT updated_at IS NOT NULL FROM accounts")),
                 QStringLiteral("t"));
        db.mustExec(QStringLiteral("DELETE FROM accounts"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT is_deleted FROM accounts")),
                 QStringLiteral("t"));
        // The audit saw the status change and the soft delete (an UPDATE), each with only the
        // changed fields; the notifications carried the key.
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT string_agg(operation || ':' || (SELECT "
                                       "string_agg(k, ',' ORDER BY k) "
                                       "FROM jsonb_object_keys(new_data) k), ' ' ORDER BY id) FROM "
                                       "accounts_audit")),
                 QStringLiteral("UPDATE:status,updated_at UPDATE:is_deleted,updated_at"));
        const QList<pg::Notification> notifications = db.connection().takeNotifications();
        QCOMPARE(notifications.size(), 2);
        QVERIFY(notifications.first().payload.contains(QLatin1String("\"id\" : 1")));
    }

    void uninstallLeavesNothing()
    {
        TestDatabase db;
        createTable(db);
        const QString before = scalar(db, QStringLiteral("SELECT count(*) FROM pg_proc"));
        const TriggerDesign audit = triggerFromJson(
                R"({"name": "items_audit", "table": {"schema": "public", "name": "items"},
            "timing": "after", "events": ["insert"], "actions": [{"kind": "audit", "create_table": true}]})");
        const QList<TriggerDesign> triggers {touchTrigger(), audit};
        QVERIFY(deploy(db, triggers).isEmpty());
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal")),
                 QStringLiteral("2"));
        for (int run = 0; run < 2; ++run) { // uninstalling twice is fine too
            const QString error = runScript(db, renderUninstallScript(triggers, {}));
            QVERIFY2(error.isEmpty(), qPrintable(error));
        }
        QCOMPARE(scalar(db,
                        QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal")),
                 QStringLiteral("0"));
        QCOMPARE(scalar(db, QStringLiteral("SELECT count(*) FROM pg_proc")), before);
        // The audit table keeps its data.
        QCOMPARE(
                scalar(db, QStringLiteral("SELECT to_regclass('public.trigon_audit') IS NOT NULL")),
                QStringLiteral("t"));
    }
};

QTEST_GUILESS_MAIN(TestScriptLifecycle)
#include "tst_scriptlifecycle.moc"
