#include "core/analysis/designvalidator.h"
#include "core/analysis/triggerstatus.h"
#include "core/catalog/triggerimport.h"
#include "core/io/designfile.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/catalogloader.h"
#include "core/pg/deployer.h"
#include "core/sql/scriptrenderer.h"
#include "tests/common/testdatabase.h"

#include <QTest>

using namespace trigon;
using namespace trigon::pg;
using trigon::test::TestDatabase;

namespace {

// Tables both databases have.
const char *tablesScript = R"sql(
CREATE EXTENSION plpython3u;
CREATE SCHEMA "Odd Schema";
CREATE TABLE public.customers (id int PRIMARY KEY, name text);
CREATE TABLE public.orders (
    id int PRIMARY KEY, customer int, status text, qty integer, price numeric, note text,
    active boolean, ts timestamptz, updated_at timestamptz);
CREATE TABLE "Odd Schema"."we""ird tåble" (
    "Id" int PRIMARY KEY, "Qty" integer, price numeric, note text, active boolean,
    ts timestamptz);
CREATE VIEW public.order_view AS SELECT id, status FROM public.orders;
CREATE TABLE public.events (id int, at date) PARTITION BY RANGE (at);
CREATE TABLE public.events_2026 PARTITION OF public.events
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');
CREATE TABLE public.docs (id int, body text, tsv tsvector);
CREATE TABLE public.log (what text, n int);
)sql";

// Triggers made by hand, only in the source database.
const char *triggersScript = R"sql(
CREATE FUNCTION public.orders_touch() RETURNS trigger LANGUAGE plpgsql AS $fn$
DECLARE
    -- the moment, once
    moment timestamptz := now();
BEGIN
    NEW.updated_at := moment;
    RETURN NEW;
END;
$fn$;
CREATE TRIGGER touch BEFORE UPDATE OF status, qty ON public.orders FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status OR OLD.qty IS DISTINCT FROM NEW.qty)
    EXECUTE FUNCTION public.orders_touch();
COMMENT ON TRIGGER touch ON public.orders IS 'keeps updated_at';

CREATE FUNCTION public.log_bulk() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO public.log SELECT TG_ARGV[0], count(*) FROM new_rows;
    RETURN NULL;
END $$;
CREATE TRIGGER bulk AFTER UPDATE ON public.orders
    REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
    FOR EACH STATEMENT EXECUTE FUNCTION public.log_bulk('it''s', '', 'ünï', 'a\b');

CREATE FUNCTION public.noop() RETURNS trigger LANGUAGE plpgsql AS 'BEGIN RETURN NULL; END';
CREATE CONSTRAINT TRIGGER paid AFTER INSERT ON public.orders FROM public.customers
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW WHEN (NEW.status = 'paid')
    EXECUTE FUNCTION public.noop();
CREATE TRIGGER gone BEFORE DELETE ON public.orders FOR EACH ROW EXECUTE FUNCTION public.noop();
ALTER TABLE public.orders DISABLE TRIGGER gone;
CREATE TRIGGER several AFTER INSERT ON public.orders FOR EACH ROW
    WHEN (NEW.qty IN (1, 2, 3) AND NEW.price < 1.5 AND NEW.ts > '2020-01-01')
    EXECUTE FUNCTION public.noop();
ALTER TABLE public.orders ENABLE REPLICA TRIGGER several;
CREATE TRIGGER "Odd ""one""" AFTER UPDATE ON "Odd Schema"."we""ird tåble" FOR EACH ROW
    WHEN (NEW.price >= 0 AND NEW.note ~ '^x' AND NEW.active AND NOT (OLD."Qty" IS DISTINCT FROM NEW."Qty")
          AND NEW."Qty" > OLD."Qty" AND NEW.ts IS NOT NULL)
    EXECUTE FUNCTION public.noop('x');
ALTER TABLE "Odd Schema"."we""ird tåble" ENABLE ALWAYS TRIGGER "Odd ""one""";
CREATE TRIGGER whole AFTER UPDATE ON public.orders FOR EACH ROW
    WHEN (OLD.* IS DISTINCT FROM NEW.*) EXECUTE FUNCTION public.noop();
CREATE FUNCTION public.view_insert() RETURNS trigger LANGUAGE plpgsql AS $$
<<outer>>
BEGIN
    INSERT INTO public.orders (id, status) VALUES (NEW.id, NEW.status);
    RETURN NEW;
END outer $$;
CREATE TRIGGER instead INSTEAD OF INSERT ON public.order_view FOR EACH ROW
    EXECUTE FUNCTION public.view_insert();
CREATE TRIGGER wipe BEFORE TRUNCATE ON public.log FOR EACH STATEMENT
    EXECUTE FUNCTION public.noop();
CREATE TRIGGER on_events AFTER INSERT ON public.events FOR EACH ROW
    EXECUTE FUNCTION public.noop();
CREATE TRIGGER tsv BEFORE INSERT OR UPDATE ON public.docs FOR EACH ROW
    EXECUTE FUNCTION tsvector_update_trigger(tsv, 'pg_catalog.english', body);
CREATE FUNCTION public.shout() RETURNS trigger LANGUAGE plpython3u AS $py$
if TD["new"]["note"] is not None:
    TD["new"]["note"] = TD["new"]["note"].upper()
return "MODIFY"
$py$;
CREATE TRIGGER shout BEFORE INSERT ON public.orders FOR EACH ROW EXECUTE FUNCTION public.shout();
)sql";

// pg_get_triggerdef up to its function: what the two databases must print alike.
QString definitionWithoutFunction(const QString &definition)
{
    return definition.left(definition.lastIndexOf(QLatin1String(" EXECUTE FUNCTION ")));
}

CatalogSnapshot mustLoad(BlockingConnection &connection)
{
    PgError error;
    auto snapshot = loadCatalog(connection, &error);
    if (!snapshot)
        qFatal("cannot load the catalog: %s", qPrintable(error.toString()));
    return *snapshot;
}

} // namespace

class TestTriggerImport : public QObject
{
    Q_OBJECT
private slots:
    void splitsPlpgsqlBlocks_data();
    void splitsPlpgsqlBlocks();
    void readsWhenClauses_data();
    void readsWhenClauses();
    void roundTrip();
    void adoptsASharedFunction();
};

void TestTriggerImport::splitsPlpgsqlBlocks_data()
{
    QTest::addColumn<QString>("source");
    QTest::addColumn<bool>("splits");
    QTest::addColumn<QString>("declarations");
    QTest::addColumn<QString>("body");
    QTest::newRow("plain") << "\nBEGIN\n  RETURN NEW;\nEND;\n"
                           << true << ""
                           << "RETURN NEW;";
    QTest::newRow("declare") << "DECLARE\n  n int := 1; -- BEGIN in a comment\nBEGIN\n  n := 2;\n"
                                "  RETURN NULL;\nEND"
                             << true << "n int := 1; -- BEGIN in a comment"
                             << "n := 2;\n  RETURN NULL;";
    QTest::newRow("strings hide keywords")
            << "BEGIN RAISE NOTICE 'END'; PERFORM $x$ END; $x$; RETURN NULL; END" << true << ""
            << "RAISE NOTICE 'END'; PERFORM $x$ END; $x$; RETURN NULL;";
    QTest::newRow("exception section")
            << "BEGIN\n  x := 1;\nEXCEPTION WHEN others THEN\n  NULL;\nEND;" << true << ""
            << "x := 1;\nEXCEPTION WHEN others THEN\n  NULL;";
    QTest::newRow("label") << "<<outer>> BEGIN RETURN NEW; END outer" << false << ""
                           << "";
    QTest::newRow("option") << "#variable_conflict use_column\nBEGIN RETURN NEW; END" << false << ""
                            << "";
}

void TestTriggerImport::splitsPlpgsqlBlocks()
{
    QFETCH(QString, source);
    QFETCH(bool, splits);
    QFETCH(QString, declarations);
    QFETCH(QString, body);
    const std::optional<PlpgsqlBlock> block = splitPlpgsqlBlock(source);
    QCOMPARE(block.has_value(), splits);
    if (block) {
        QCOMPARE(block->declarations, declarations);
        QCOMPARE(block->body, body);
    }
}

void TestTriggerImport::readsWhenClauses_data()
{
    QTest::addColumn<QString>("when");
    QTest::addColumn<QString>("expected"); // the condition as a design file writes it
    QTest::newRow("any change")
            << "(old.status IS DISTINCT FROM new.status) OR (old.qty IS DISTINCT FROM new.qty)"
            << R"({"any_change":{"fields":["status","qty"],"exclude":[],"exclude_auto":false}})";
    QTest::newRow("greater than, cast stripped to the column's type")
            << "new.qty > '-1'::integer"
            << R"({"q":{"new__qty__gt":-1}})";
    QTest::newRow("text equal") << "new.status = 'paid'::text"
                                << R"({"q":{"new__status":"paid"}})";
    QTest::newRow("other cast stays raw") << "new.ts > '2020-01-01'::date"
                                          << R"({"sql":"new.ts > '2020-01-01'::date"})";
    QTest::newRow("whole row stays raw") << "old.* IS DISTINCT FROM new.*"
                                         << R"({"sql":"old.* IS DISTINCT FROM new.*"})";
    QTest::newRow("mixed and")
            << "(new.qty = ANY (ARRAY[1, 2])) AND new.active AND (NOT (old.qty IS DISTINCT FROM "
               "new.qty))"
            << R"({"and":[{"q":{"new__qty__in":[1,2]}},{"sql":"new.active"},)"
               R"({"all_dont_change":{"fields":["qty"],"exclude":[],"exclude_auto":false}}]})";
    QTest::newRow("field against field") << "new.qty > old.qty"
                                         << R"({"q":{"new__qty__gt":{"f":"old__qty"}}})";
    QTest::newRow("unknown column stays raw") << "new.nope IS NULL"
                                              << R"({"sql":"new.nope IS NULL"})";
}

void TestTriggerImport::readsWhenClauses()
{
    QFETCH(QString, when);
    QFETCH(QString, expected);
    CatalogRelation relation;
    for (const auto &[name, type] :
         QList<std::pair<QString, QString>> {{"status", "text"},
                                             {"qty", "integer"},
                                             {"active", "boolean"},
                                             {"ts", "timestamp with time zone"}}) {
        CatalogColumn column;
        column.name = name;
        column.type = type;
        relation.columns.append(column);
    }
    const QString json = conditionToJson(conditionFromWhen(when, &relation));
    QCOMPARE(QString(json).remove(QRegularExpression(QStringLiteral("\\s"))),
             QString(expected).remove(QRegularExpression(QStringLiteral("\\s"))));
}

void TestTriggerImport::roundTrip()
{
    TestDatabase source(QStringLiteral("import_from"));
    TestDatabase target(QStringLiteral("import_to"));
    source.mustExec(QString::fromUtf8(tablesScript));
    source.mustExec(QString::fromUtf8(triggersScript));
    target.mustExec(QString::fromUtf8(tablesScript));

    const CatalogSnapshot before = mustLoad(source.connection());
    const ImportResult imported = importTriggers(before);
    // Skipped: the clone on the partition. The trigger whose function is built in executes it.
    QCOMPARE(imported.skipped, 1);
    QVERIFY(imported.notes.join(u'\n').contains(
            QStringLiteral("public.docs.tsv: its function pg_catalog.tsvector_update_trigger() is "
                           "written in internal")));
    QVERIFY(imported.notes.join(u'\n').contains(
            QStringLiteral("public.events_2026.on_events: cloned")));

    // What the server accepted, the validator accepts too.
    ValidationOptions validation;
    validation.serverVersion = source.connection().serverVersion();
    for (const Diagnostic &diagnostic : validateDesign(imported.document, validation)) {
        QVERIFY2(diagnostic.severity != Diagnostic::Severity::Error,
                 qPrintable(diagnostic.toString()));
    }

    // Through a design file, as trigon-cli import writes it.
    const DesignReadResult reread = parseDesign(serializeDesign(imported.document));
    QVERIFY2(reread.ok(), qPrintable(reread.error.toString()));
    QVERIFY(*reread.document == imported.document);
    RenderOptions options;
    options.serverVersion = target.connection().serverVersion();
    const QString script = renderInstallScript(*reread.document, options);
    const QueryResult deployed = target.connection().execScript(script);
    if (!deployed.ok())
        QFAIL(qPrintable(deployed.error().toString() + u'\n' + script));

    const CatalogSnapshot after = mustLoad(target.connection());
    int compared = 0;
    for (const CatalogTrigger &original : before.triggers) {
        const CatalogTrigger *copy = nullptr;
        for (const CatalogTrigger &candidate : after.triggers) {
            if (candidate.schema == original.schema && candidate.table == original.table
                && candidate.name == original.name)
                copy = &candidate;
        }
        QVERIFY2(copy, qPrintable(original.definition));
        QCOMPARE(definitionWithoutFunction(copy->definition),
                 definitionWithoutFunction(original.definition));
        QCOMPARE(copy->arguments, original.arguments);
        QCOMPARE(copy->enabled, original.enabled);
        QCOMPARE(copy->comment, original.comment);
        QCOMPARE(copy->isClone, original.isClone);
        QVERIFY(copy->madeByTrigon || copy->isClone);
        ++compared;
    }
    QCOMPARE(compared, 13);

    // The imported bodies still do their work.
    target.mustExec(QStringLiteral(
            "INSERT INTO public.orders (id, status, qty, note) VALUES (1, 'new', 1, 'hi');"
            "UPDATE public.orders SET status = 'sent';"
            "INSERT INTO public.order_view VALUES (2, 'viewed')"));
    const QueryResult check = target.connection().exec(
            QStringLiteral("SELECT (SELECT updated_at IS NOT NULL FROM public.orders WHERE id = 1),"
                           " (SELECT string_agg(what || ':' || n, ',') FROM public.log),"
                           " (SELECT status FROM public.orders WHERE id = 2),"
                           " (SELECT note FROM public.orders WHERE id = 1)"));
    QVERIFY(check.ok());
    QCOMPARE(check.value(0, 0), QStringLiteral("t"));
    QCOMPARE(check.value(0, 1), QStringLiteral("it's:1"));
    QCOMPARE(check.value(0, 2), QStringLiteral("viewed"));
    QCOMPARE(check.value(0, 3), QStringLiteral("HI")); // the PL/Python body, as a python action
}

// A database built like the usual sample: fourteen tables whose last_update one shared function
// maintains, and a full-text column kept by the built-in tsvector_update_trigger. Import gives
// two designs and fifteen triggers; deploying them over the originals adopts them in one
// transaction: the same triggers and functions, now Trigon's, and status clean.
void TestTriggerImport::adoptsASharedFunction()
{
    TestDatabase db(QStringLiteral("import_adopt"));
    QString script = QStringLiteral(
            "CREATE FUNCTION public.last_updated() RETURNS trigger LANGUAGE plpgsql AS "
            "'BEGIN NEW.last_update = CURRENT_TIMESTAMP; RETURN NEW; END';\n"
            "CREATE TABLE public.film (film_id int PRIMARY KEY, title text, description text, "
            "fulltext tsvector, last_update timestamptz NOT NULL DEFAULT now());\n"
            "CREATE TRIGGER film_fulltext_trigger BEFORE INSERT OR UPDATE ON public.film FOR EACH "
            "ROW EXECUTE FUNCTION tsvector_update_trigger('fulltext', 'pg_catalog.english', "
            "'title', 'description');\n");
    const QStringList tables = {QStringLiteral("film"),          QStringLiteral("actor"),
                                QStringLiteral("address"),       QStringLiteral("category"),
                                QStringLiteral("city"),          QStringLiteral("country"),
                                QStringLiteral("customer"),      QStringLiteral("film_actor"),
                                QStringLiteral("film_category"), QStringLiteral("inventory"),
                                QStringLiteral("language"),      QStringLiteral("rental"),
                                QStringLiteral("staff"),         QStringLiteral("store")};
    for (const QString &table : tables) {
        if (table != QLatin1String("film"))
            script += QStringLiteral("CREATE TABLE public.%1 (%1_id int PRIMARY KEY, "
                                     "last_update timestamptz NOT NULL DEFAULT now());\n")
                              .arg(table);
        script += QStringLiteral("CREATE TRIGGER last_updated BEFORE UPDATE ON public.%1 FOR EACH "
                                 "ROW EXECUTE FUNCTION public.last_updated();\n")
                          .arg(table);
    }
    db.mustExec(script);
    const QString functionsInPublic = QStringLiteral(
            "SELECT count(*) FROM pg_proc WHERE pronamespace = 'public'::regnamespace");
    QCOMPARE(db.mustExec(functionsInPublic).value(0, 0), QStringLiteral("1"));

    const ImportResult imported = importTriggers(mustLoad(db.connection()));
    QCOMPARE(imported.skipped, 0);
    QCOMPARE(imported.document.triggers.size(), 2);
    QCOMPARE(tableTriggers(imported.document.triggers).size(), 15);
    QSet<QString> functions;
    for (const TriggerDesign &design : imported.document.triggers)
        functions.insert(triggerFunction(design).displayName());
    QCOMPARE(functions,
             (QSet<QString> {QStringLiteral("public.last_updated"),
                             QStringLiteral("pg_catalog.tsvector_update_trigger")}));
    const DesignReadResult reread = parseDesign(serializeDesign(imported.document));
    QVERIFY2(reread.ok(), qPrintable(reread.error.toString()));
    QVERIFY(*reread.document == imported.document);

    // Adopting: every trigger was made by hand, so each is replaced (destructively) by its
    // design's, in one transaction.
    PgError error;
    const std::optional<PreparedPlan> adopt
            = preparePlan(db.connection(), imported.document.triggers, {}, &error);
    QVERIFY2(adopt, qPrintable(error.toString()));
    QCOMPARE(adopt->plan.steps.size(), 15);
    QCOMPARE(adopt->plan.script().count(QLatin1String("CREATE OR REPLACE FUNCTION")), 1);
    const DeployResult applied = applyPlan(db.connection(), adopt->plan, adopt->fingerprint);
    QVERIFY2(applied.ok, qPrintable(applied.error.toString()));

    QCOMPARE(db.mustExec(functionsInPublic).value(0, 0), QStringLiteral("1"));
    QCOMPARE(db.mustExec(QStringLiteral("SELECT count(*) FROM pg_trigger WHERE NOT tgisinternal"))
                     .value(0, 0),
             QStringLiteral("15"));
    const std::optional<StatusReport> report
            = checkStatus(db.connection(), imported.document.triggers, &error);
    QVERIFY2(report, qPrintable(error.toString()));
    QCOMPARE(report->statuses.size(), 15);
    QVERIFY(allInstalled(report->statuses));

    // And they still work.
    db.mustExec(QStringLiteral(
            "INSERT INTO public.actor VALUES (1, '2000-01-01');"
            "UPDATE public.actor SET actor_id = 2;"
            "INSERT INTO public.film (film_id, title, description) VALUES (1, 'Cats', 'asleep')"));
    QCOMPARE(db.mustExec(QStringLiteral("SELECT last_update > '2000-01-01' FROM public.actor"))
                     .value(0, 0),
             QStringLiteral("t"));
    QCOMPARE(db.mustExec(QStringLiteral("SELECT fulltext @@ to_tsquery('english', 'cat') FROM "
                                        "public.film"))
                     .value(0, 0),
             QStringLiteral("t"));
}

QTEST_GUILESS_MAIN(TestTriggerImport)
#include "tst_triggerimport.moc"
