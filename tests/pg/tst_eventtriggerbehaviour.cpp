#include "core/analysis/designvalidator.h"
#include "core/model/designdocument.h"
#include "core/pg/blockingconnection.h"
#include "core/sql/eventtriggerscript.h"
#include "core/sql/scriptrenderer.h"
#include "tests/common/testdatabase.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QTest>

#include <memory>
#include <optional>

using namespace trigon;
using namespace trigon::pg;
using namespace Qt::StringLiterals;
using trigon::test::TestDatabase;

// What event triggers Trigon installs do on a real server: each test installs a document with
// renderInstallScript() in a database of its own, runs DDL and reads what happened; cleanup()
// uninstalls it with renderUninstallScript() and checks that nothing of it is left (an event
// trigger left behind would block the DDL of its tags).

namespace {

NamedValue value(const QString &name, const PayloadValue &payload)
{
    return NamedValue {name, payload};
}

// INSERT INTO public.ddl_log (tag, identity, event) for each object of the command.
InsertAction logAction()
{
    InsertAction insert;
    insert.table = TableRef {u"public"_s, u"ddl_log"_s};
    insert.values = {value(u"tag"_s, PayloadValue::ddl(u"command_tag"_s)),
                     value(u"identity"_s, PayloadValue::ddl(u"object_identity"_s)),
                     value(u"event"_s, PayloadValue::ddl(u"event"_s))};
    return insert;
}

const QString createLogTable
        = u"CREATE TABLE public.ddl_log (tag text, identity text, event text)"_s;

EventTriggerDesign eventTrigger(const QString &name, DdlEvent event, const QStringList &tags,
                                const QList<EventAction> &actions)
{
    EventTriggerDesign design;
    design.name = name;
    design.event = event;
    design.tags = tags;
    design.actions = actions;
    return design;
}

} // namespace

class TestEventTriggerBehaviour : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();

    void logsCreatedTables_data();
    void logsCreatedTables();
    void protectRefusesDropSchema();
    void notifiesDroppedObjects();
    void seesTableRewrites();
    void attachesNewTables();
    void uninstallLeavesNothing();
    void serverAcceptsCommandTags_data();
    void serverAcceptsCommandTags();
    void loginNeedsPostgres17();

private:
    BlockingConnection &connection() { return m_db->connection(); }
    RenderOptions options() const
    {
        RenderOptions options;
        options.serverVersion = m_db->connection().serverVersion();
        return options;
    }
    // Installs `document` (uninstalled again by cleanup()); the server's error and the script
    // when it fails.
    QString install(const DesignDocument &document);
    // What Trigon's objects are left: event triggers, trigon_event__ functions, table triggers.
    QString leftovers();

    std::unique_ptr<TestDatabase> m_db;
    std::optional<DesignDocument> m_installed;
};

void TestEventTriggerBehaviour::init()
{
    m_db = std::make_unique<TestDatabase>(u"evtbehaviour"_s);
    m_installed.reset();
}

void TestEventTriggerBehaviour::cleanup()
{
    QString failure;
    if (m_installed) {
        const QString script = renderUninstallScript(*m_installed, options());
        const QueryResult removed = connection().execScript(script);
        if (!removed.ok())
            failure = u"uninstall failed: "_s + removed.error().toString() + u'\n' + script;
        else
            failure = leftovers();
        m_installed.reset();
    }
    m_db.reset();
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
}

QString TestEventTriggerBehaviour::install(const DesignDocument &document)
{
    const QString script = renderInstallScript(document, options());
    const QueryResult installed = connection().execScript(script);
    if (!installed.ok()) {
        connection().exec(u"ROLLBACK"_s); // the script's transaction
        return installed.error().toString() + u'\n' + script;
    }
    m_installed = document;
    return {};
}

QString TestEventTriggerBehaviour::leftovers()
{
    const QueryResult left = connection().exec(
            u"SELECT (SELECT string_agg(evtname, ', ') FROM pg_event_trigger),"
            " (SELECT string_agg(proname, ', ') FROM pg_proc"
            "   WHERE proname LIKE 'trigon\\_event\\_\\_%'),"
            " (SELECT string_agg(tgrelid::regclass || '.' || tgname, ', ') FROM pg_trigger"
            "   WHERE NOT tgisinternal)"_s);
    if (!left.ok())
        return left.error().toString();
    QStringList found;
    const QStringList what = {u"event triggers"_s, u"functions"_s, u"triggers"_s};
    for (int column = 0; column < what.size(); ++column) {
        if (!left.isNull(0, column))
            found << what.at(column) + u": "_s + left.value(0, column);
    }
    return found.isEmpty() ? QString() : u"left behind: "_s + found.join(u"; "_s);
}

void TestEventTriggerBehaviour::logsCreatedTables_data()
{
    QTest::addColumn<QString>("statement");
    QTest::addColumn<QString>("tag");
    QTest::addColumn<QString>("identity");
    QTest::newRow("create table as")
            << u"CREATE TABLE tv_x AS SELECT 1 AS a"_s << u"CREATE TABLE AS"_s << u"public.tv_x"_s;
    QTest::newRow("select into") << u"SELECT 1 AS b INTO tv_y"_s << u"SELECT INTO"_s
                                 << u"public.tv_y"_s;
    QTest::newRow("create table") << u"CREATE TABLE tv_z (id int)"_s << u"CREATE TABLE"_s
                                  << u"public.tv_z"_s;
}

// ddl_command_end with an insert action: one row per command, with the command's own tag.
void TestEventTriggerBehaviour::logsCreatedTables()
{
    QFETCH(QString, statement);
    QFETCH(QString, tag);
    QFETCH(QString, identity);
    m_db->mustExec(createLogTable);
    DesignDocument document;
    document.addEventTrigger(eventTrigger(
            u"log_tables"_s, DdlEvent::DdlCommandEnd,
            {u"CREATE TABLE AS"_s, u"SELECT INTO"_s, u"CREATE TABLE"_s}, {logAction()}));
    const QString failure = install(document);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    const QueryResult run = connection().exec(statement);
    QVERIFY2(run.ok(), qPrintable(run.error().toString()));
    // Commands of other tags are not logged.
    m_db->mustExec(u"CREATE VIEW tv_view AS SELECT 1 AS c"_s);
    QCOMPARE(m_db->mustExec(u"SELECT tag, identity, event FROM public.ddl_log"_s).rows(),
             (QList<QStringList> {{tag, identity, u"ddl_command_end"_s}}));
}

// ddl_command_start with a protect action: the DROP fails with the message and SQLSTATE, and
// the schema stays.
void TestEventTriggerBehaviour::protectRefusesDropSchema()
{
    m_db->mustExec(u"CREATE SCHEMA s; CREATE TABLE s.kept (id int)"_s);
    DesignDocument document;
    document.addEventTrigger(
            eventTrigger(u"keep_schemas"_s, DdlEvent::DdlCommandStart, {u"DROP SCHEMA"_s},
                         {ProtectAction {u"schemas are not dropped here"_s, u"42501"_s}}));
    const QString failure = install(document);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    for (const QString &drop : {u"DROP SCHEMA s"_s, u"DROP SCHEMA s CASCADE"_s}) {
        const QueryResult refused = connection().exec(drop);
        QVERIFY2(!refused.ok(), qPrintable(drop));
        QCOMPARE(refused.error().message, u"schemas are not dropped here"_s);
        QCOMPARE(refused.error().sqlState, u"42501"_s);
    }
    QCOMPARE(m_db->mustExec(u"SELECT count(*) FROM pg_namespace WHERE nspname = 's'"_s).value(0, 0),
             u"1"_s);
    // Other commands go on.
    m_db->mustExec(u"DROP TABLE s.kept"_s);
}

// sql_drop with a notify action: one notification per dropped object, the table's index and
// sequence included.
void TestEventTriggerBehaviour::notifiesDroppedObjects()
{
    NotifyAction notify;
    notify.channel = u"dropped"_s;
    notify.payload = {value(u"type"_s, PayloadValue::ddl(u"object_type"_s)),
                      value(u"identity"_s, PayloadValue::ddl(u"object_identity"_s))};
    DesignDocument document;
    document.addEventTrigger(eventTrigger(u"tell_drops"_s, DdlEvent::SqlDrop, {}, {notify}));
    const QString failure = install(document);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    BlockingConnection listener(m_db->conninfo());
    QVERIFY(listener.isOpen());
    QVERIFY(listener.exec(u"LISTEN dropped"_s).ok());
    m_db->mustExec(u"CREATE TABLE dropme (id serial PRIMARY KEY)"_s);
    m_db->mustExec(u"DROP TABLE dropme"_s);

    const QSet<QString> expected = {u"table public.dropme"_s, u"index public.dropme_pkey"_s,
                                    u"sequence public.dropme_id_seq"_s};
    QSet<QString> received;
    for (int attempt = 0; attempt < 10 && !received.contains(expected); ++attempt) {
        for (const Notification &notification : listener.waitForNotifications(500)) {
            QCOMPARE(notification.channel, u"dropped"_s);
            const QJsonObject payload
                    = QJsonDocument::fromJson(notification.payload.toUtf8()).object();
            QVERIFY2(payload.contains(u"type"_s) && payload.contains(u"identity"_s),
                     qPrintable(notification.payload));
            received.insert(payload.value(u"type"_s).toString() + u' '
                            + payload.value(u"identity"_s).toString());
        }
    }
    QVERIFY2(received.contains(expected), qPrintable(QStringList(received.values()).join(u", ")));
}

// table_rewrite: a type change that rewrites the table is seen, with the table and ALTER TABLE;
// a change that does not rewrite it is not.
void TestEventTriggerBehaviour::seesTableRewrites()
{
    m_db->mustExec(createLogTable);
    m_db->mustExec(u"CREATE TABLE public.t (c integer); INSERT INTO public.t VALUES (1)"_s);
    DesignDocument document;
    document.addEventTrigger(
            eventTrigger(u"rewrites"_s, DdlEvent::TableRewrite, {}, {logAction()}));
    const QString failure = install(document);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    m_db->mustExec(u"ALTER TABLE t ADD COLUMN d int"_s);
    m_db->mustExec(u"ALTER TABLE t ALTER COLUMN c TYPE bigint"_s);
    QCOMPARE(m_db->mustExec(u"SELECT tag, identity, event FROM public.ddl_log"_s).rows(),
             (QList<QStringList> {{u"ALTER TABLE"_s, u"public.t"_s, u"table_rewrite"_s}}));
    QCOMPARE(m_db->mustExec(u"SELECT c FROM public.t"_s).value(0, 0), u"1"_s);
}

// An attach action gives a table created later that a design's selector picks the design's
// trigger, which then fires; a table the selector does not pick gets none.
void TestEventTriggerBehaviour::attachesNewTables()
{
    m_db->mustExec(u"CREATE TABLE public.acc_a (id int);"
                   " CREATE TABLE public.trail (tbl text, op text, id int)"_s);
    TriggerDesign audit;
    audit.name = u"acc_audit"_s;
    audit.tables = {DesignTable {TableRef {u"public"_s, u"acc_a"_s},
                                 {TableColumn {u"id"_s, u"integer"_s, false, false}}}};
    audit.selector = TableSelector {u"public"_s, u"acc_*"_s, {}, {}};
    audit.timing = TriggerTiming::After;
    audit.events = {TriggerEvent::Insert};
    audit.level = TriggerLevel::Row;
    InsertAction trail;
    trail.table = TableRef {u"public"_s, u"trail"_s};
    trail.values = {value(u"tbl"_s, PayloadValue::tg(u"table_name"_s)),
                    value(u"op"_s, PayloadValue::tg(u"op"_s)),
                    value(u"id"_s, PayloadValue::column(RowVersion::New, u"id"_s))};
    audit.actions = {trail};
    DesignDocument document;
    document.addTrigger(audit);
    document.addEventTrigger(eventTrigger(u"attach_acc"_s, DdlEvent::DdlCommandEnd,
                                          {u"CREATE TABLE"_s, u"CREATE TABLE AS"_s},
                                          {AttachAction {u"acc_audit"_s}}));
    ValidationOptions validation;
    validation.serverVersion = connection().serverVersion();
    validation.superuser = true;
    for (const Diagnostic &diagnostic : validateDesign(document, validation))
        QVERIFY2(!diagnostic.isError(), qPrintable(diagnostic.toString()));
    const QString failure = install(document);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    m_db->mustExec(u"CREATE TABLE public.acc_new (id int)"_s);
    m_db->mustExec(u"CREATE TABLE public.acc_copy AS SELECT 7 AS id"_s);
    m_db->mustExec(u"CREATE TABLE public.other (id int)"_s);
    const QString triggersOf
            = u"SELECT string_agg(tgname || ':' || tgfoid::regproc, ',')"
              " FROM pg_trigger WHERE tgrelid = $1::regclass AND NOT tgisinternal"_s;
    for (const QString &table : {u"public.acc_a"_s, u"public.acc_new"_s, u"public.acc_copy"_s})
        QCOMPARE(m_db->mustExec(triggersOf, {table}).value(0, 0), u"acc_audit:acc_audit"_s);
    QVERIFY(m_db->mustExec(triggersOf, {u"public.other"_s}).isNull(0, 0));
    QVERIFY(m_db->mustExec(triggersOf, {u"public.trail"_s}).isNull(0, 0));

    m_db->mustExec(u"INSERT INTO public.acc_new VALUES (1); INSERT INTO public.other VALUES (2);"
                   " INSERT INTO public.acc_a VALUES (3)"_s);
    QCOMPARE(m_db->mustExec(u"SELECT tbl, op, id::text FROM public.trail ORDER BY id"_s).rows(),
             (QList<QStringList> {{u"acc_new"_s, u"INSERT"_s, u"1"_s},
                                  {u"acc_a"_s, u"INSERT"_s, u"3"_s}}));

    // Uninstalling removes the triggers the event trigger attached too, or the shared function
    // cannot be dropped.
    const QString uninstall = renderUninstallScript(document, options());
    const QueryResult removed = connection().execScript(uninstall);
    QVERIFY2(removed.ok(), qPrintable(removed.error().toString() + u'\n' + uninstall));
}

// The uninstall script removes every event trigger and its function, and DDL they refused runs
// again.
void TestEventTriggerBehaviour::uninstallLeavesNothing()
{
    m_db->mustExec(createLogTable);
    m_db->mustExec(u"CREATE SCHEMA doomed"_s);
    NotifyAction notify;
    notify.channel = u"ddl"_s;
    notify.payload = {value(u"tag"_s, PayloadValue::ddl(u"command_tag"_s))};
    DesignDocument document;
    document.addEventTrigger(eventTrigger(u"guard"_s, DdlEvent::DdlCommandStart, {u"DROP SCHEMA"_s},
                                          {ProtectAction {{}, {}}}));
    document.addEventTrigger(
            eventTrigger(u"log"_s, DdlEvent::DdlCommandEnd, {}, {logAction(), notify}));
    document.addEventTrigger(eventTrigger(u"drops"_s, DdlEvent::SqlDrop, {}, {logAction()}));
    document.addEventTrigger(
            eventTrigger(u"rewrites"_s, DdlEvent::TableRewrite, {}, {logAction()}));
    document.eventTriggers[2].enabled = TriggerEnabled::Disabled;
    document.eventTriggers[3].enabled = TriggerEnabled::Always;
    QString failure = install(document);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    // Installing twice is fine too.
    failure = install(document);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    QCOMPARE(m_db->mustExec(
                         u"SELECT string_agg(evtname || ':' || evtevent || ':' || evtenabled::text"
                         " || ':' || evtfoid::regproc, ',' ORDER BY evtname)"
                         " FROM pg_event_trigger"_s)
                     .value(0, 0),
             u"drops:sql_drop:D:trigon_event__drops,guard:ddl_command_start:O:trigon_event__guard,"
             "log:ddl_command_end:O:trigon_event__log,"
             "rewrites:table_rewrite:A:trigon_event__rewrites"_s);
    QVERIFY(!connection().exec(u"DROP SCHEMA doomed"_s).ok());

    const QueryResult removed = connection().execScript(renderUninstallScript(document, options()));
    QVERIFY2(removed.ok(), qPrintable(removed.error().toString()));
    m_installed.reset();
    QCOMPARE(leftovers(), QString());
    m_db->mustExec(u"DROP SCHEMA doomed"_s);
    // Nothing logs any more.
    m_db->mustExec(u"DELETE FROM public.ddl_log; CREATE TABLE later (id int); DROP TABLE later"_s);
    QCOMPARE(m_db->mustExec(u"SELECT count(*) FROM public.ddl_log"_s).value(0, 0), u"0"_s);
}

void TestEventTriggerBehaviour::serverAcceptsCommandTags_data()
{
    QTest::addColumn<DdlEvent>("event");
    QTest::addColumn<QStringList>("tags");
    QTest::newRow("every tag") << DdlEvent::DdlCommandStart << eventTriggerCommandTags();
    for (DdlEvent event : {DdlEvent::DdlCommandStart, DdlEvent::DdlCommandEnd, DdlEvent::SqlDrop,
                           DdlEvent::TableRewrite}) {
        QTest::newRow(qPrintable(ddlEventName(event))) << event << commandTagsFiringFor(event);
    }
}

// CREATE EVENT TRIGGER ... WHEN TAG IN (...) as Trigon renders it, in a transaction that is
// rolled back: the server knows every tag.
void TestEventTriggerBehaviour::serverAcceptsCommandTags()
{
    QFETCH(DdlEvent, event);
    QFETCH(QStringList, tags);
    QVERIFY(!tags.isEmpty());
    QVERIFY(commandTagsFiringFor(event).size() <= eventTriggerCommandTags().size());
    EventTriggerDesign design = eventTrigger(u"all tags"_s, event, tags, {});
    const QString script = u"BEGIN;\n"_s + renderEventTriggerInstall(design, {}, options());
    const QueryResult created = connection().execScript(script);
    const QueryResult rolledBack = connection().exec(u"ROLLBACK"_s);
    QVERIFY2(created.ok(), qPrintable(created.error().toString() + u'\n' + script));
    QVERIFY(rolledBack.ok());
    QCOMPARE(leftovers(), QString());
}

// The login event came with PostgreSQL 17: the validator refuses it for 15, no server needed.
void TestEventTriggerBehaviour::loginNeedsPostgres17()
{
    DesignDocument document;
    document.addEventTrigger(eventTrigger(u"hello"_s, DdlEvent::Login, {},
                                          {SqlAction {{}, u"RAISE NOTICE 'hello';"_s}}));
    const auto eventErrors = [&](int version) {
        QStringList errors;
        for (const Diagnostic &diagnostic :
             validateDesign(document, ValidationOptions {version, std::nullopt})) {
            if (diagnostic.isError() && diagnostic.field == u"event_triggers[0].event"_s)
                errors << diagnostic.message;
        }
        return errors;
    };
    QCOMPARE(eventErrors(150000).size(), 1);
    QCOMPARE(eventErrors(170000), QStringList());
}

QTEST_GUILESS_MAIN(TestEventTriggerBehaviour)
#include "tst_eventtriggerbehaviour.moc"
