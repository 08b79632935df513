#include "core/analysis/designvalidator.h"
#include "core/catalog/eventtriggerimport.h"
#include "core/io/designfile.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/catalogloader.h"
#include "core/sql/eventfunctionbody.h"
#include "core/sql/eventtriggerscript.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/scriptrenderer.h"
#include "tests/common/testdatabase.h"

#include <QTest>

using namespace trigon;
using namespace trigon::pg;
using namespace Qt::StringLiterals;
using trigon::test::TestDatabase;

namespace {

const QString logTable = u"CREATE TABLE public.ddl_log (tag text, identity text, event text);"_s;

// Event triggers written by hand: a function with declarations, one whose block has a label,
// one whose body has a string over two lines and tabs.
const QString handWritten = u"CREATE FUNCTION public.log_ddl() RETURNS event_trigger"
                            " LANGUAGE plpgsql AS $fn$\n"
                            "DECLARE\n"
                            "    -- each command\n"
                            "    r record;\n"
                            "BEGIN\n"
                            "    FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP\n"
                            "        INSERT INTO public.ddl_log\n"
                            "        VALUES (r.command_tag, r.object_identity, TG_EVENT);\n"
                            "    END LOOP;\n"
                            "END;\n"
                            "$fn$;\n"
                            "CREATE EVENT TRIGGER log_ddl ON ddl_command_end"
                            " WHEN TAG IN ('CREATE TABLE', 'CREATE VIEW')"
                            " EXECUTE FUNCTION public.log_ddl();\n"
                            "COMMENT ON EVENT TRIGGER log_ddl IS 'logs new tables';\n"
                            "ALTER EVENT TRIGGER log_ddl ENABLE ALWAYS;\n"
                            "CREATE FUNCTION public.log_drop() RETURNS event_trigger"
                            " LANGUAGE plpgsql AS $fn$\n"
                            "<<outer>>\n"
                            "BEGIN\n"
                            "    INSERT INTO public.ddl_log VALUES (TG_TAG, NULL, TG_EVENT);\n"
                            "END outer\n"
                            "$fn$;\n"
                            "CREATE EVENT TRIGGER log_drop ON sql_drop"
                            " EXECUTE FUNCTION public.log_drop();\n"
                            "ALTER EVENT TRIGGER log_drop DISABLE;\n"
                            "CREATE FUNCTION public.say() RETURNS event_trigger"
                            " LANGUAGE plpgsql AS $fn$BEGIN\n"
                            "\tRAISE NOTICE 'one\n"
                            "two %', TG_TAG;\n"
                            "END$fn$;\n"
                            "CREATE EVENT TRIGGER say ON ddl_command_start"
                            " WHEN TAG IN ('CREATE INDEX') EXECUTE FUNCTION public.say();\n"_s;

CatalogSnapshot mustLoad(BlockingConnection &connection)
{
    PgError error;
    auto snapshot = loadCatalog(connection, &error);
    if (!snapshot)
        qFatal("cannot load the catalog: %s", qPrintable(error.toString()));
    return *snapshot;
}

DesignDocument documentOf(const QList<EventTriggerDesign> &designs)
{
    DesignDocument document;
    for (const EventTriggerDesign &design : designs)
        document.addEventTrigger(design);
    return document;
}

// Imports every event trigger of `connection`'s database, none skipped.
DesignDocument importAll(BlockingConnection &connection)
{
    const EventTriggerImportResult imported = importEventTriggers(mustLoad(connection));
    if (imported.skipped != 0)
        qFatal("event triggers skipped: %s", qPrintable(imported.notes.join(u'\n')));
    return documentOf(imported.eventTriggers);
}

QString install(BlockingConnection &connection, const DesignDocument &document)
{
    RenderOptions options;
    options.serverVersion = connection.serverVersion();
    const QString script = renderInstallScript(document, options);
    const QueryResult installed = connection.execScript(script);
    if (!installed.ok())
        return installed.error().toString() + u'\n' + script;
    return {};
}

NamedValue value(const QString &name, const PayloadValue &payload)
{
    return NamedValue {name, payload};
}

// Designs of several kinds, as Trigon deploys them.
QList<EventTriggerDesign> trigonDesigns()
{
    EventTriggerDesign watch;
    watch.name = u"watch tables"_s;
    watch.event = DdlEvent::DdlCommandEnd;
    watch.tags = {u"CREATE TABLE"_s, u"ALTER TABLE"_s};
    watch.comment = u"what happens to tables\nsecond line"_s;
    watch.enabled = TriggerEnabled::Always;
    NotifyAction notify;
    notify.channel = u"ddl"_s;
    notify.payload = {value(u"identity"_s, PayloadValue::ddl(u"object_identity"_s)),
                      value(u"tag"_s, PayloadValue::ddl(u"command_tag"_s))};
    InsertAction insert;
    insert.table = TableRef {u"public"_s, u"ddl_log"_s};
    insert.values = {value(u"tag"_s, PayloadValue::ddl(u"command_tag"_s)),
                     value(u"identity"_s, PayloadValue::ddl(u"object_identity"_s)),
                     value(u"event"_s, PayloadValue::ddl(u"event"_s))};
    watch.actions = {notify, insert};

    EventTriggerDesign custom;
    custom.name = u"custom"_s;
    custom.event = DdlEvent::SqlDrop;
    custom.actions = {SqlAction {u"n int := 0;\nlabel text := 'a\nb';"_s,
                                 u"FOR n IN 1..2 LOOP\n    RAISE NOTICE '% %', n, label;\n"
                                 "END LOOP;"_s}};

    EventTriggerDesign guard;
    guard.name = u"no schema drops"_s;
    guard.event = DdlEvent::DdlCommandStart;
    guard.tags = {u"DROP SCHEMA"_s};
    guard.enabled = TriggerEnabled::Disabled;
    guard.actions = {ProtectAction {u"schemas stay"_s, u"42501"_s}};
    return {watch, custom, guard};
}

} // namespace

class TestEventTriggerImport : public QObject
{
    Q_OBJECT
private slots:
    void skips_data();
    void skips();
    void unwrapsGeneratedFunctions();
    void importsHandWritten();
    void roundTripOfHandWritten();
    void roundTripOfTrigonDeployed();
};

void TestEventTriggerImport::skips_data()
{
    QTest::addColumn<QString>("event");
    QTest::addColumn<QString>("language");
    QTest::addColumn<quint32>("function");
    QTest::addColumn<QString>("note");
    QTest::newRow("unknown event") << u"ddl_command_later"_s << u"plpgsql"_s << 10u
                                   << u"Trigon does not know its event ddl_command_later"_s;
    QTest::newRow("missing function") << u"sql_drop"_s << u"plpgsql"_s << 11u
                                      << u"its function is not in the catalog snapshot"_s;
    QTest::newRow("other language")
            << u"sql_drop"_s << u"plperl"_s << 10u
            << u"its function public.f() is written in plperl, not in PL/pgSQL"_s;
}

void TestEventTriggerImport::skips()
{
    QFETCH(QString, event);
    QFETCH(QString, language);
    QFETCH(quint32, function);
    QFETCH(QString, note);
    CatalogSnapshot snapshot;
    CatalogFunction f;
    f.oid = 10;
    f.schema = u"public"_s;
    f.name = u"f"_s;
    f.language = language;
    f.source = u"BEGIN NULL; END"_s;
    f.forEventTrigger = true;
    snapshot.functions = {f};
    CatalogEventTrigger trigger;
    trigger.oid = 20;
    trigger.name = u"et"_s;
    trigger.event = event;
    trigger.function = function;
    snapshot.eventTriggers = {trigger};
    const EventTriggerImportResult imported = importEventTriggers(snapshot);
    QCOMPARE(imported.skipped, 1);
    QVERIFY(imported.eventTriggers.isEmpty());
    QCOMPARE(imported.notes, QStringList {u"et: "_s + note});
}

// Without a server: the function Trigon renders for a design imports as one sql action, which
// renders to a function that imports the same again.
void TestEventTriggerImport::unwrapsGeneratedFunctions()
{
    for (const EventTriggerDesign &original : trigonDesigns()) {
        CatalogSnapshot snapshot;
        CatalogFunction function;
        function.oid = 1;
        function.schema = u"public"_s;
        function.name = eventTriggerFunction(original).name;
        function.language = u"plpgsql"_s;
        function.forEventTrigger = true;
        function.madeByTrigon = true;
        CatalogEventTrigger trigger;
        trigger.name = original.name;
        trigger.event = ddlEventName(original.event);
        trigger.tags = original.tags;
        trigger.enabled = original.enabled;
        trigger.comment = original.comment;
        trigger.function = 1;

        EventTriggerDesign design = original;
        QList<EventTriggerDesign> imports;
        for (int round = 0; round < 3; ++round) {
            // prosrc: what is between the dollar quotes.
            const QString body = EventFunctionBody(design, {}, RenderOptions()).render();
            const QString tag = dollarQuoteTag(body);
            function.source = u'\n' + body;
            QVERIFY(renderEventFunctionDefinition(design, {}, 150000)
                            .endsWith(u"AS "_s + tag + function.source + tag + u';'));
            snapshot.functions = {function};
            const EventTriggerImport imported = importEventTrigger(snapshot, trigger);
            QVERIFY2(imported.design, qPrintable(imported.notes.join(u'\n')));
            QVERIFY(imported.notes.isEmpty());
            QCOMPARE(imported.design->actions.size(), 1);
            QCOMPARE(eventActionKind(imported.design->actions.first()), EventActionKind::Sql);
            imports.append(*imported.design);
            design = *imported.design;
        }
        QCOMPARE(imports.at(1), imports.at(0));
        QCOMPARE(imports.at(2), imports.at(0));
        // A design of one sql action comes back as it was.
        if (original.name == QLatin1String("custom"))
            QCOMPARE(imports.at(0), original);
        // Other actions: the statements they rendered, not wrapped a second time.
        if (original.name == QLatin1String("no schema drops")) {
            const QString body = std::get<SqlAction>(imports.at(0).actions.first()).body;
            QVERIFY2(body.startsWith(u"RAISE EXCEPTION"_s), qPrintable(body));
        }
    }
}

void TestEventTriggerImport::importsHandWritten()
{
    TestDatabase db(u"evtimport"_s);
    db.mustExec(logTable);
    db.mustExec(handWritten);
    const EventTriggerImportResult imported = importEventTriggers(mustLoad(db.connection()));
    QCOMPARE(imported.skipped, 0);
    QCOMPARE(imported.notes,
             QStringList {u"log_drop: the function body is kept as one nested block"_s});
    QCOMPARE(imported.eventTriggers.size(), 3);

    const EventTriggerDesign &log = imported.eventTriggers.at(0);
    QCOMPARE(log.name, u"log_ddl"_s);
    QCOMPARE(log.event, DdlEvent::DdlCommandEnd);
    QCOMPARE(log.tags, (QStringList {u"CREATE TABLE"_s, u"CREATE VIEW"_s}));
    QCOMPARE(log.enabled, TriggerEnabled::Always);
    QCOMPARE(log.comment, u"logs new tables"_s);
    QCOMPARE(log.actions.size(), 1);
    const SqlAction expected {u"-- each command\n    r record;"_s,
                              u"FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP\n"
                              "        INSERT INTO public.ddl_log\n"
                              "        VALUES (r.command_tag, r.object_identity, TG_EVENT);\n"
                              "    END LOOP;"_s};
    QCOMPARE(std::get<SqlAction>(log.actions.first()), expected);
    QVERIFY(log.tests.isEmpty());
    QVERIFY(log.id.isEmpty());

    const EventTriggerDesign &drop = imported.eventTriggers.at(1);
    QCOMPARE(drop.name, u"log_drop"_s);
    QCOMPARE(drop.event, DdlEvent::SqlDrop);
    QVERIFY(drop.tags.isEmpty());
    QCOMPARE(drop.enabled, TriggerEnabled::Disabled);
    QCOMPARE(drop.comment, QString());
    QCOMPARE(std::get<SqlAction>(drop.actions.first()).body,
             u"<<outer>>\nBEGIN\n    INSERT INTO public.ddl_log VALUES (TG_TAG, NULL, TG_EVENT);\n"
             "END outer;"_s);

    const EventTriggerDesign &say = imported.eventTriggers.at(2);
    QCOMPARE(say.event, DdlEvent::DdlCommandStart);
    QCOMPARE(say.enabled, TriggerEnabled::Origin);
    QCOMPARE(std::get<SqlAction>(say.actions.first()),
             (SqlAction {QString(), u"RAISE NOTICE 'one\ntwo %', TG_TAG;"_s}));

    // What the server accepted, the validator accepts too.
    ValidationOptions validation;
    validation.serverVersion = db.connection().serverVersion();
    validation.superuser = true;
    for (const Diagnostic &diagnostic :
         validateDesign(documentOf(imported.eventTriggers), validation))
        QVERIFY2(!diagnostic.isError(), qPrintable(diagnostic.toString()));
}

// Hand-written event triggers: imported, their originals dropped, installed from the design and
// imported again give the same design; and the installed ones still do their work.
void TestEventTriggerImport::roundTripOfHandWritten()
{
    TestDatabase db(u"evtimport_hand"_s);
    db.mustExec(logTable);
    db.mustExec(handWritten);
    const DesignDocument first = importAll(db.connection());
    QCOMPARE(first.eventTriggers.size(), 3);
    // Through a design file, as trigon-cli import writes it.
    const DesignReadResult reread = parseDesign(serializeDesign(first));
    QVERIFY2(reread.ok(), qPrintable(reread.error.toString()));
    QCOMPARE(*reread.document, first);

    db.mustExec(u"DROP EVENT TRIGGER log_ddl; DROP EVENT TRIGGER log_drop;"
                " DROP EVENT TRIGGER say; DROP FUNCTION public.log_ddl();"
                " DROP FUNCTION public.log_drop(); DROP FUNCTION public.say()"_s);
    const QString failure = install(db.connection(), *reread.document);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const DesignDocument second = importAll(db.connection());
    QCOMPARE(second, first);
    QCOMPARE(serializeDesign(second), serializeDesign(first));

    db.mustExec(u"CREATE TABLE public.made (id int)"_s);
    QCOMPARE(db.mustExec(u"SELECT tag, identity, event FROM public.ddl_log"_s).rows(),
             (QList<QStringList> {{u"CREATE TABLE"_s, u"public.made"_s, u"ddl_command_end"_s}}));

    // Installing the imported design once more changes nothing either.
    const QString again = install(db.connection(), second);
    QVERIFY2(again.isEmpty(), qPrintable(again));
    QCOMPARE(importAll(db.connection()), first);
}

// Event triggers Trigon deployed: imported (one sql action each), installed from that design in
// another database and imported again give the same design.
void TestEventTriggerImport::roundTripOfTrigonDeployed()
{
    TestDatabase source(u"evtimport_from"_s);
    TestDatabase target(u"evtimport_to"_s);
    source.mustExec(logTable);
    target.mustExec(logTable);
    const DesignDocument original = documentOf(trigonDesigns());
    QString failure = install(source.connection(), original);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));

    const DesignDocument first = importAll(source.connection());
    QCOMPARE(first.eventTriggers.size(), 3);
    // By name: custom, no schema drops, watch tables.
    const EventTriggerDesign &custom = first.eventTriggers.at(0);
    QCOMPARE(custom.name, u"custom"_s);
    EventTriggerDesign expectedCustom = original.eventTriggers.at(1);
    expectedCustom.id = custom.id;
    QCOMPARE(custom, expectedCustom);
    const EventTriggerDesign &watch = first.eventTriggers.at(2);
    QCOMPARE(watch.name, u"watch tables"_s);
    QCOMPARE(watch.comment, original.eventTriggers.at(0).comment);
    QCOMPARE(watch.tags, original.eventTriggers.at(0).tags);
    QCOMPARE(watch.enabled, TriggerEnabled::Always);
    QCOMPARE(watch.actions.size(), 1);
    const SqlAction &watchSql = std::get<SqlAction>(watch.actions.first());
    QVERIFY(watchSql.declarations.isEmpty());
    QVERIFY2(watchSql.body.startsWith(u"FOR ddl_object IN"_s), qPrintable(watchSql.body));
    QCOMPARE(watchSql.body.count(u"FOR ddl_object IN"_s), 2);
    QCOMPARE(first.eventTriggers.at(1).enabled, TriggerEnabled::Disabled);

    failure = install(target.connection(), first);
    QVERIFY2(failure.isEmpty(), qPrintable(failure));
    const DesignDocument second = importAll(target.connection());
    QCOMPARE(second, first);
    QCOMPARE(serializeDesign(second), serializeDesign(first));

    // The imported watch still logs and notifies.
    target.mustExec(u"LISTEN ddl"_s);
    target.connection().takeNotifications();
    target.mustExec(u"CREATE TABLE public.watched (id int)"_s);
    QCOMPARE(target.mustExec(u"SELECT tag, identity, event FROM public.ddl_log"_s).rows(),
             (QList<QStringList> {{u"CREATE TABLE"_s, u"public.watched"_s, u"ddl_command_end"_s}}));
    const QList<Notification> notifications = target.connection().takeNotifications();
    QCOMPARE(notifications.size(), 1);
    QVERIFY2(notifications.first().payload.contains(u"public.watched"_s),
             qPrintable(notifications.first().payload));
}

QTEST_GUILESS_MAIN(TestEventTriggerImport)
#include "tst_eventtriggerimport.moc"
