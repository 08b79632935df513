#include "core/sql/pgtapscript.h"

#include "core/sql/bypass.h"
#include "core/sql/quoting.h"
#include "core/sql/scriptrenderer.h"
#include "core/sql/testcapture.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <algorithm>

namespace trigon {

namespace {

// The descriptions and comments of the script, for people.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(PgTapScript)
};

// The statements after plan(): a test is one SELECT of a pgTAP function, and counting them as
// they are written is what lets plan() say exactly how many there are.
class ScriptBody
{
public:
    // A pgTAP call that prints one test ("ok 3 - ...").
    void test(const QString &call)
    {
        m_sql += QStringLiteral("SELECT ") + call + QStringLiteral(";\n");
        ++m_tests;
    }
    // Statements that test nothing.
    void statements(const QString &sql) { m_sql += sql; }

    QString sql() const { return m_sql; }
    int tests() const { return m_tests; }

private:
    QString m_sql;
    int m_tests = 0;
};

// A pgTAP call: the function's name and its arguments, already SQL.
QString call(const QString &function, const QStringList &arguments)
{
    return function + u'(' + arguments.join(QStringLiteral(", ")) + u')';
}

// Whether any case of the designs checks `predicate`.
template<typename Predicate>
bool anyCase(const QList<TriggerDesign> &designs, Predicate predicate)
{
    return std::any_of(designs.cbegin(), designs.cend(), [&](const TriggerDesign &design) {
        return std::any_of(design.tests.cbegin(), design.tests.cend(), predicate);
    });
}

// The helpers go in trigon_test_capture, made by renderNotifyCapture(), and in temporary tables:
// the rollback at the end removes them with everything else.

// pg_trigger in the words of CREATE TRIGGER, for what pgTAP has no function for. The columns of
// UPDATE OF are sorted by name, as the expected side is. The WHEN clause is cut out of
// pg_get_triggerdef(): the server's own text, the same whichever way the condition was written.
QString triggersView()
{
    return QStringLiteral(R"sql(CREATE VIEW trigon_test_capture.triggers AS
SELECT t.tgrelid AS relation,
       t.tgname AS name,
       concat_ws(' OR ',
                 CASE WHEN t.tgtype & 4 <> 0 THEN 'INSERT' END,
                 CASE WHEN t.tgtype & 16 <> 0 THEN 'UPDATE' || coalesce(' OF ' || (
                     SELECT string_agg(a.attname::text, ', ' ORDER BY a.attname::text COLLATE "C")
                       FROM pg_attribute a
                      WHERE a.attrelid = t.tgrelid AND a.attnum = ANY (t.tgattr)), '') END,
                 CASE WHEN t.tgtype & 8 <> 0 THEN 'DELETE' END,
                 CASE WHEN t.tgtype & 32 <> 0 THEN 'TRUNCATE' END) AS events,
       CASE WHEN t.tgtype & 2 <> 0 THEN 'BEFORE'
            WHEN t.tgtype & 64 <> 0 THEN 'INSTEAD OF'
            ELSE 'AFTER' END AS timing,
       CASE WHEN t.tgtype & 1 <> 0 THEN 'ROW' ELSE 'STATEMENT' END AS level,
       substring(pg_get_triggerdef(t.oid)
                 FROM ' WHEN \((.*)\) EXECUTE (?:FUNCTION|PROCEDURE) ') AS condition,
       t.tgenabled::text AS enabled
  FROM pg_trigger t
 WHERE NOT t.tgisinternal;
)sql");
}

// The WHEN clause as the server writes it for the trigger `definition` creates: the trigger is
// made, read and undone again (raising an error rolls the block back), so the designed condition
// compares with the installed one in the server's spelling, not the design's. The notice of
// DROP TRIGGER IF EXISTS for a trigger that is not there would only be noise.
QString designedConditionFunction()
{
    return QStringLiteral(R"sql(CREATE FUNCTION trigon_test_capture.designed_condition(
    target_relation text, target_trigger text, definition text) RETURNS text
    LANGUAGE plpgsql SET client_min_messages = warning AS $designed$
DECLARE
    designed text;
BEGIN
    EXECUTE definition;
    SELECT condition INTO designed
      FROM trigon_test_capture.triggers
     WHERE relation = to_regclass(target_relation) AND name = target_trigger;
    RAISE EXCEPTION USING ERRCODE = 'TGPRB';
EXCEPTION
    WHEN SQLSTATE 'TGPRB' THEN
        RETURN designed;
    WHEN OTHERS THEN
        RETURN %1 || SQLERRM;
END
$designed$;
)sql")
            .arg(quoteLiteral(Text::tr("cannot create the designed trigger: ")));
}

// pgTAP keeps its count of tests run and failed in a temporary table, which the ROLLBACK TO
// SAVEPOINT ending each case takes back to what it held before the case: finish() would then
// report too few tests. The count is copied into sequences, which no rollback touches, before
// that rollback and put back after it, as pgTAP's own runtests() does around its rollbacks.
QString tallyFunctions()
{
    return QStringLiteral(R"sql(CREATE TEMPORARY SEQUENCE trigon_tests_run MINVALUE 0;
CREATE TEMPORARY SEQUENCE trigon_tests_failed MINVALUE 0;
CREATE FUNCTION trigon_test_capture.keep_tally() RETURNS void LANGUAGE plpgsql AS $keep$
BEGIN
    PERFORM setval('pg_temp.trigon_tests_run', coalesce(_get('curr_test'), 0));
    PERFORM setval('pg_temp.trigon_tests_failed', coalesce(_get('failed'), 0));
END
$keep$;
CREATE FUNCTION trigon_test_capture.restore_tally() RETURNS void LANGUAGE plpgsql AS $restore$
BEGIN
    PERFORM _set('curr_test', (SELECT last_value::integer FROM pg_temp.trigon_tests_run));
    PERFORM _set('failed', (SELECT last_value::integer FROM pg_temp.trigon_tests_failed));
END
$restore$;
)sql");
}

// The firing trace of RenderOptions::traceFiring, as rows: the test bench's runner reports them
// as notices, which pgTAP cannot read.
QString firingTrace()
{
    return QStringLiteral(R"sql(CREATE TEMPORARY TABLE trigon_fired (n serial, trigger_name text);
CREATE FUNCTION %1(text, text, text, text, text, text) RETURNS void
    LANGUAGE sql AS $fired$
INSERT INTO pg_temp.trigon_fired (trigger_name) VALUES ($1);
$fired$;
)sql")
            .arg(firingTraceFunction());
}

// The rows a query returns, one line each in the text PostgreSQL gives a row of text values
// ("(1,paid)"), so that they compare with ROW(...)::text of the expected values whatever the
// columns' types. A NULL becomes an empty string first, as the test bench compares them (a
// design file cannot write a NULL): the row's text is read back as a composite of as many text
// columns as the row has (counted in its json, which keeps repeated column names), made once per
// width. An error becomes the text instead of ending the script.
QString queryRowsFunction()
{
    return QStringLiteral(
                   R"sql(CREATE FUNCTION trigon_test_capture.query_rows(query text) RETURNS text
    LANGUAGE plpgsql AS $rows$
DECLARE
    result record;
    width integer;
    row_type text;
    line text;
    lines text[] := '{}';
BEGIN
    FOR result IN EXECUTE query LOOP
        SELECT count(*) INTO width FROM json_object_keys(row_to_json(result));
        row_type := 'trigon_row_' || width;
        IF to_regtype('pg_temp.' || row_type) IS NULL THEN
            EXECUTE format('CREATE TYPE pg_temp.%I AS (%s)', row_type,
                           (SELECT string_agg(format('c%s text', i), ', ')
                              FROM generate_series(1, width) i));
        END IF;
        EXECUTE format('SELECT ROW(%s)::text FROM (SELECT ($1::text::pg_temp.%I).*) r',
                       (SELECT string_agg(format('coalesce(r.c%s, '''')', i), ', ')
                          FROM generate_series(1, width) i),
                       row_type)
            INTO line USING result;
        lines := lines || line;
    END LOOP;
    RETURN array_to_string(lines, chr(10));
EXCEPTION WHEN OTHERS THEN
    RETURN %1 || SQLERRM;
END
$rows$;
)sql")
            .arg(quoteLiteral(Text::tr("error: ")));
}

// A table's row count, taken before a case's action and after it; NULL when it cannot be
// counted, which fails the check instead of ending the script.
QString rowCountFunction()
{
    return QStringLiteral(
            R"sql(CREATE TEMPORARY TABLE trigon_counts (n integer PRIMARY KEY, total bigint);
CREATE FUNCTION trigon_test_capture.row_count(target text) RETURNS bigint
    LANGUAGE plpgsql AS $count$
DECLARE
    total bigint;
BEGIN
    EXECUTE 'SELECT count(*) FROM ' || target INTO total;
    RETURN total;
EXCEPTION WHEN OTHERS THEN
    RETURN NULL;
END
$count$;
)sql");
}

// ok() for "some pg_notify() on the channel sent a JSON payload holding each field with an equal
// value", as the test bench's runner checks it, with what was sent as the diagnostics of a
// failure. A payload that is no JSON holds nothing.
QString notifiedFunction()
{
    return QStringLiteral(
                   R"sql(CREATE FUNCTION trigon_test_capture.payload_holds(payload text, fields jsonb)
    RETURNS boolean LANGUAGE plpgsql AS $holds$
BEGIN
    RETURN NOT EXISTS (SELECT FROM jsonb_each(fields) f
                        WHERE payload::jsonb -> f.key IS DISTINCT FROM f.value);
EXCEPTION WHEN invalid_text_representation THEN
    RETURN false;
END
$holds$;
CREATE FUNCTION trigon_test_capture.notified(
    wanted_channel text, wanted_fields jsonb, description text) RETURNS text
    LANGUAGE plpgsql AS $notified$
DECLARE
    sent text;
BEGIN
    IF EXISTS (SELECT FROM pg_temp.trigon_captured c
                WHERE c.channel = wanted_channel
                  AND trigon_test_capture.payload_holds(c.payload, wanted_fields)) THEN
        RETURN ok(true, description);
    END IF;
    SELECT string_agg(c.channel || ' ' || c.payload, chr(10) ORDER BY c.n) INTO sent
      FROM pg_temp.trigon_captured c;
    RETURN ok(false, description) || chr(10) || diag(%1 || coalesce(sent, %2));
END
$notified$;
)sql")
            .arg(quoteLiteral(Text::tr("notifications sent: ")), quoteLiteral(Text::tr("none")));
}

QString timingText(TriggerTiming timing)
{
    switch (timing) {
    case TriggerTiming::Before:
        return QStringLiteral("BEFORE");
    case TriggerTiming::After:
        return QStringLiteral("AFTER");
    case TriggerTiming::InsteadOf:
        return QStringLiteral("INSTEAD OF");
    }
    return {};
}

QString enabledLetter(TriggerEnabled enabled)
{
    switch (enabled) {
    case TriggerEnabled::Origin:
        return QStringLiteral("O");
    case TriggerEnabled::Disabled:
        return QStringLiteral("D");
    case TriggerEnabled::Replica:
        return QStringLiteral("R");
    case TriggerEnabled::Always:
        return QStringLiteral("A");
    }
    return {};
}

// The events as the triggers view writes them: in pg_trigger's bit order, UPDATE OF with its
// columns sorted.
QString eventsText(const TriggerDesign &trigger)
{
    QStringList events;
    const auto add = [&](TriggerEvent event, const QString &text) {
        if (trigger.hasEvent(event))
            events.append(text);
    };
    QStringList columns = trigger.columns;
    std::sort(columns.begin(), columns.end());
    add(TriggerEvent::Insert, QStringLiteral("INSERT"));
    add(TriggerEvent::Update,
        columns.isEmpty() ? QStringLiteral("UPDATE")
                          : QStringLiteral("UPDATE OF ") + columns.join(QStringLiteral(", ")));
    add(TriggerEvent::Delete, QStringLiteral("DELETE"));
    add(TriggerEvent::Truncate, QStringLiteral("TRUNCATE"));
    return events.join(QStringLiteral(" OR "));
}

// has_trigger and trigger_is, then is() over the triggers view for the rest of its shape.
void checkStructure(ScriptBody &body, const TriggerDesign &trigger, const RenderOptions &options)
{
    const QString table = trigger.table.displayName();
    const FunctionRef function = triggerFunction(trigger);
    body.test(call(QStringLiteral("has_trigger"),
                   {quoteLiteral(trigger.table.schema), quoteLiteral(trigger.table.name),
                    quoteLiteral(trigger.name),
                    quoteLiteral(Text::tr("%1 has the trigger %2").arg(table, trigger.name))}));
    body.test(call(QStringLiteral("trigger_is"),
                   {quoteLiteral(trigger.table.schema), quoteLiteral(trigger.table.name),
                    quoteLiteral(trigger.name), quoteLiteral(function.schema),
                    quoteLiteral(function.name),
                    quoteLiteral(Text::tr("%1 %2 executes %3()")
                                         .arg(table, trigger.name, function.displayName()))}));

    const QString relation = quoteLiteral(quoteQualifiedName(trigger.table));
    const auto column = [&](const QString &name) {
        return QStringLiteral("(SELECT %1 FROM trigon_test_capture.triggers"
                              " WHERE relation = to_regclass(%2) AND name = %3)")
                .arg(name, relation, quoteLiteral(trigger.name));
    };
    const QString events = eventsText(trigger);
    body.test(call(QStringLiteral("is"),
                   {column(QStringLiteral("events")), quoteLiteral(events),
                    quoteLiteral(Text::tr("%1 %2 fires on %3").arg(table, trigger.name, events))}));
    const QString timing = timingText(trigger.timing);
    body.test(call(QStringLiteral("is"),
                   {column(QStringLiteral("timing")), quoteLiteral(timing),
                    quoteLiteral(Text::tr("%1 %2 fires %3").arg(table, trigger.name, timing))}));
    const QString level = trigger.level == TriggerLevel::Row ? QStringLiteral("ROW")
                                                             : QStringLiteral("STATEMENT");
    body.test(call(
            QStringLiteral("is"),
            {column(QStringLiteral("level")), quoteLiteral(level),
             quoteLiteral(Text::tr("%1 %2 fires FOR EACH %3").arg(table, trigger.name, level))}));
    // DROP first: a constraint trigger, or any before PostgreSQL 14, cannot be replaced.
    const QString definition
            = QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2;\n%3")
                      .arg(quoteIdentifier(trigger.name), quoteQualifiedName(trigger.table),
                           renderTriggerDefinition(trigger, options));
    body.test(call(
            QStringLiteral("is"),
            {column(QStringLiteral("condition")),
             call(QStringLiteral("trigon_test_capture.designed_condition"),
                  {relation, quoteLiteral(trigger.name), quoteLiteral(definition)}),
             quoteLiteral(
                     Text::tr("%1 %2 has the designed WHEN clause").arg(table, trigger.name))}));
    const QString enabled = enabledLetter(trigger.enabled);
    body.test(
            call(QStringLiteral("is"),
                 {column(QStringLiteral("enabled")), quoteLiteral(enabled),
                  quoteLiteral(Text::tr("%1 %2 has the enabled state %3 (pg_trigger.tgenabled %4)")
                                       .arg(table, trigger.name, enabledName(trigger.enabled),
                                            enabled))}));
}

// One expected row as PostgreSQL writes a row of text values.
QString expectedRow(const QStringList &row)
{
    QStringList cells;
    for (const QString &cell : row)
        cells.append(quoteLiteral(cell) + QStringLiteral("::text"));
    return QStringLiteral("ROW(") + cells.join(QStringLiteral(", ")) + QStringLiteral(")::text");
}

QString expectedRows(const QList<QStringList> &rows)
{
    QStringList lines;
    for (const QStringList &row : rows)
        lines.append(expectedRow(row));
    return QStringLiteral("array_to_string(ARRAY[") + lines.join(QStringLiteral(", "))
            + QStringLiteral("]::text[], chr(10))");
}

QString textArray(const QStringList &items)
{
    QStringList literals;
    for (const QString &item : items)
        literals.append(quoteLiteral(item));
    return QStringLiteral("ARRAY[") + literals.join(QStringLiteral(", "))
            + QStringLiteral("]::text[]");
}

// A LIKE pattern matching any text that contains `text`.
QString containsPattern(const QString &text)
{
    QString escaped;
    for (const QChar c : text) {
        if (c == u'\\' || c == u'%' || c == u'_')
            escaped += u'\\';
        escaped += c;
    }
    return u'%' + escaped + u'%';
}

void checkAction(ScriptBody &body, const TriggerTestCase &test, const QString &prefix)
{
    const QString action = quoteLiteral(test.action);
    if (!test.raises) {
        body.test(call(QStringLiteral("lives_ok"),
                       {action, quoteLiteral(Text::tr("%1: the action succeeds").arg(prefix))}));
        return;
    }
    // throws_ok checks a SQLSTATE, throws_like a part of the message; with both expected the
    // action runs once for each. An action that fails leaves nothing behind, so the second run
    // starts where the first did.
    const RaisesExpectation &raises = *test.raises;
    if (!raises.sqlState.isEmpty() || raises.message.isEmpty()) {
        const QString description = raises.sqlState.isEmpty()
                ? Text::tr("%1: the action fails").arg(prefix)
                : Text::tr("%1: the action fails with SQLSTATE %2").arg(prefix, raises.sqlState);
        body.test(call(
                QStringLiteral("throws_ok"),
                {action,
                 raises.sqlState.isEmpty() ? QStringLiteral("NULL") : quoteLiteral(raises.sqlState),
                 QStringLiteral("NULL"), quoteLiteral(description)}));
    }
    if (!raises.message.isEmpty())
        body.test(
                call(QStringLiteral("throws_like"),
                     {action, quoteLiteral(containsPattern(raises.message)),
                      quoteLiteral(Text::tr("%1: the action fails with a message containing \"%2\"")
                                           .arg(prefix, raises.message))}));
}

void checkFired(ScriptBody &body, const TriggerTestCase &test, const QString &prefix, bool traced)
{
    if (!test.firedOrder)
        return;
    const QString description = Text::tr("%1: the design triggers that fire, in order").arg(prefix);
    if (!traced)
        body.test(
                call(QStringLiteral("skip"),
                     {quoteLiteral(Text::tr("%1: not checked: the triggers are tested as deployed, "
                                            "and deployed functions do not record their firing")
                                           .arg(description))}));
    else if (test.raises)
        body.test(call(QStringLiteral("skip"),
                       {quoteLiteral(Text::tr("%1: not checked: an action that fails takes the "
                                              "record of its firings with it (trigon-cli test "
                                              "checks it)")
                                             .arg(description))}));
    else
        body.test(call(QStringLiteral("is"),
                       {QStringLiteral("ARRAY(SELECT trigger_name FROM pg_temp.trigon_fired "
                                       "ORDER BY n)"),
                        textArray(*test.firedOrder), quoteLiteral(description)}));
}

// Undoes what the case did, keeping pgTAP's count of its tests (tallyFunctions()).
void endCase(ScriptBody &body)
{
    body.statements(QStringLiteral(
            "DO $tally$ BEGIN PERFORM trigon_test_capture.keep_tally(); END $tally$;\n"
            "ROLLBACK TO SAVEPOINT trigon_case;\n"
            "RELEASE SAVEPOINT trigon_case;\n"
            "DO $tally$ BEGIN PERFORM trigon_test_capture.restore_tally(); END $tally$;\n"));
}

void checkCase(ScriptBody &body, const TriggerDesign &trigger, const TriggerTestCase &test,
               bool traced)
{
    const QString prefix
            = QStringLiteral("%1 %2: %3").arg(trigger.tablesDisplayName(), trigger.name, test.name);
    body.statements(QStringLiteral("\n-- ") + prefix.simplified()
                    + QStringLiteral("\nSAVEPOINT trigon_case;\n"));
    // The setup and the action run inside pgTAP's functions (EXECUTE), where the server refuses
    // COMMIT, ROLLBACK and SAVEPOINT: a case holding one fails with the server's reason instead of
    // ending the transaction the script is rolled back with.
    if (!test.setup.isEmpty())
        body.test(call(QStringLiteral("lives_ok"),
                       {quoteLiteral(test.setup),
                        quoteLiteral(Text::tr("%1: the setup runs").arg(prefix))}));
    for (const QString &bypassed : test.bypass) {
        const QString bypassCall = call(
                QStringLiteral("SELECT trigon.bypass"),
                {quoteLiteral(bypassed), quoteLiteral(Text::tr("test case %1").arg(test.name))});
        body.test(call(QStringLiteral("lives_ok"),
                       {quoteLiteral(bypassCall),
                        quoteLiteral(Text::tr("%1: bypasses %2").arg(prefix, bypassed))}));
    }
    for (qsizetype i = 0; i < test.rowCounts.size(); ++i)
        body.statements(QStringLiteral("INSERT INTO pg_temp.trigon_counts (n, total)"
                                       " VALUES (%1, trigon_test_capture.row_count(%2));\n")
                                .arg(QString::number(i),
                                     quoteLiteral(quoteQualifiedName(test.rowCounts.at(i).table))));
    // Only the action's firings count, not the setup's.
    if (traced && test.firedOrder)
        body.statements(QStringLiteral("DELETE FROM pg_temp.trigon_fired;\n"));

    checkAction(body, test, prefix);
    checkFired(body, test, prefix, traced);
    for (const QueryExpectation &query : test.queries)
        body.test(call(
                QStringLiteral("is"),
                {call(QStringLiteral("trigon_test_capture.query_rows"), {quoteLiteral(query.sql)}),
                 expectedRows(query.rows),
                 quoteLiteral(Text::tr("%1: %2 returns the expected rows")
                                      .arg(prefix, query.sql.simplified()))}));
    for (qsizetype i = 0; i < test.rowCounts.size(); ++i) {
        const RowCountExpectation &count = test.rowCounts.at(i);
        body.test(call(
                QStringLiteral("is"),
                {QStringLiteral("trigon_test_capture.row_count(%1)"
                                " - (SELECT total FROM pg_temp.trigon_counts WHERE n = %2)")
                         .arg(quoteLiteral(quoteQualifiedName(count.table)), QString::number(i)),
                 QString::number(count.change) + QStringLiteral("::bigint"),
                 quoteLiteral(Text::tr("%1: the row count of %2 changes by %3")
                                      .arg(prefix, count.table.displayName(),
                                           QString::number(count.change)))}));
    }
    for (const NotificationExpectation &notification : test.notifications) {
        const QString fields = QString::fromUtf8(
                QJsonDocument(notification.fields).toJson(QJsonDocument::Compact));
        body.test(call(QStringLiteral("trigon_test_capture.notified"),
                       {quoteLiteral(notification.channel), jsonLiteral(notification.fields),
                        quoteLiteral(Text::tr("%1: a notification on %2 with %3")
                                             .arg(prefix, notification.channel, fields))}));
    }
    for (const QString &notice : test.notices)
        body.test(call(QStringLiteral("skip"),
                       {quoteLiteral(Text::tr("%1: the notice \"%2\" is not checked: notices go to "
                                              "the client, where SQL cannot see them (trigon-cli "
                                              "test checks them)")
                                             .arg(prefix, notice))}));

    endCase(body);
}

} // namespace

QString renderPgTapScript(const QList<TriggerDesign> &designs, const PgTapOptions &options)
{
    const QList<TriggerDesign> triggers = tableTriggers(designs);
    const bool anyCases = anyCase(designs, [](const TriggerTestCase &) { return true; });
    const bool traced = options.installDesigns
            && anyCase(designs, [](const TriggerTestCase &test) { return test.firedOrder; });

    RenderOptions renderOptions;
    renderOptions.serverVersion = options.serverVersion;
    renderOptions.singleTransaction = false;
    renderOptions.traceFiring = traced;

    ScriptBody body;
    body.statements(renderNotifyCapture());
    if (!triggers.isEmpty())
        body.statements(triggersView() + designedConditionFunction());
    if (anyCases)
        body.statements(tallyFunctions());
    if (traced)
        body.statements(firingTrace());
    if (anyCase(designs, [](const TriggerTestCase &test) { return !test.queries.isEmpty(); }))
        body.statements(queryRowsFunction());
    if (anyCase(designs, [](const TriggerTestCase &test) { return !test.rowCounts.isEmpty(); }))
        body.statements(rowCountFunction());
    if (anyCase(designs, [](const TriggerTestCase &test) { return !test.notifications.isEmpty(); }))
        body.statements(notifiedFunction());
    if (options.installDesigns)
        body.statements(u'\n' + renderInstallScript(designs, renderOptions));
    // trigon.bypass() exists whether or not the designs use it, as the test bench makes it: a
    // case may show that a trigger without the option still fires. Installed designs with the
    // option have made it already.
    if (anyCase(designs, [](const TriggerTestCase &test) { return !test.bypass.isEmpty(); })
        && !(options.installDesigns && anyBypass(designs)))
        body.statements(u'\n' + renderBypassSupport());

    body.statements(u'\n' + QStringLiteral("-- ")
                    + Text::tr("What pgTAP checks, and what it lacks.") + u'\n');
    for (const TriggerDesign &trigger : triggers)
        checkStructure(body, trigger, renderOptions);
    for (const TriggerDesign &design : designs) {
        for (const TriggerTestCase &test : design.tests)
            checkCase(body, design, test, traced);
    }

    QString script = QStringLiteral("-- ")
            + Text::tr("pgTAP tests of %n trigger(s), written by Trigon (trigon-cli test --pgtap).",
                       nullptr, static_cast<int>(triggers.size()))
            + QStringLiteral("\n-- ")
            + Text::tr("Run with: pg_prove -d DATABASE FILE (or psql -X -f FILE). Everything "
                       "happens in one transaction that is rolled back.")
            + QStringLiteral("\n-- ")
            + (options.installDesigns
                       ? Text::tr("The designs are installed in that transaction first.")
                       : Text::tr("The triggers are tested as they are deployed."))
            + QStringLiteral("\n\nBEGIN;\nCREATE EXTENSION IF NOT EXISTS pgtap;\n")
            + QStringLiteral("SELECT plan(%1);\n\n").arg(body.tests()) + body.sql();
    script += QStringLiteral("\nSELECT * FROM finish();\nROLLBACK;\n");
    return script;
}

} // namespace trigon
