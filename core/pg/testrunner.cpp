#include "core/pg/testrunner.h"

#include "core/analysis/sqlstatements.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/conditionparser.h"
#include "core/sql/bypass.h"
#include "core/sql/eventtriggerscript.h"
#include "core/sql/quoting.h"
#include "core/sql/scriptrenderer.h"
#include "core/sql/testcapture.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <utility>

namespace trigon::pg {

namespace {

// What a test run tells the user about a case's expectations.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(TestRunner)
};

// The SQLSTATE of the notices that record a firing, so that they can be told from the notices a
// trigger raises itself.
const QString firedSqlState = QStringLiteral("TGFRD");

// Made inside the test's transaction, so the rollback removes it again: the notification
// capture, and the firing trace. A firing is reported as a notice rather than stored in a table:
// notices reach the client at once, so the firings of an action that fails (and is rolled back to
// its savepoint) are still known. The function raises it whatever client_min_messages the setup
// or the action set.
QString captureScript()
{
    return renderNotifyCapture()
            + QStringLiteral(R"sql(
CREATE FUNCTION %1(text, text, text, text, text, text) RETURNS void
    LANGUAGE plpgsql SET client_min_messages = notice AS $fired$
BEGIN
    RAISE NOTICE USING MESSAGE = json_build_array($1, $2, $3, $4, $5, $6)::text, ERRCODE = %2;
END
$fired$;
)sql")
                      .arg(firingTraceFunction(), quoteLiteral(firedSqlState));
}

// Splits the action's notices into the firing records and the rest.
void takeFirings(TestCaseResult &result, const QList<Notice> &notices)
{
    for (const Notice &notice : notices) {
        // The trigger's own notices are not parsed: only the trace's SQLSTATE says it is one.
        const QJsonArray fields = notice.sqlState == firedSqlState
                ? QJsonDocument::fromJson(notice.message.toUtf8()).array()
                : QJsonArray();
        if (fields.size() != 6) {
            result.notices.append(notice);
            continue;
        }
        // In the order the trace function takes them: TG_NAME, TG_TABLE_SCHEMA, TG_TABLE_NAME, ...
        FiredTrigger fired;
        fired.trigger = fields.at(0).toString();
        fired.table = TableRef {fields.at(1).toString(), fields.at(2).toString()}.displayName();
        fired.timing = fields.at(3).toString();
        fired.level = fields.at(4).toString();
        fired.event = fields.at(5).toString();
        result.fired.append(fired);
    }
}

QString rowText(const QStringList &row)
{
    QStringList cells;
    for (const QString &cell : row)
        cells.append(cell.isNull() ? QStringLiteral("NULL") : cell);
    return u'(' + cells.join(QStringLiteral(", ")) + u')';
}

QStringList rowLines(const QList<QStringList> &rows)
{
    QStringList lines;
    for (const QStringList &row : rows)
        lines.append(rowText(row));
    return lines;
}

QString rowsText(const QList<QStringList> &rows)
{
    return rows.isEmpty() ? Text::tr("no rows") : rowLines(rows).join(u' ');
}

QString signedNumber(qint64 value)
{
    return value > 0 ? u'+' + QString::number(value) : QString::number(value);
}

bool payloadHolds(const QString &payload, const QJsonObject &fields)
{
    const QJsonObject object = QJsonDocument::fromJson(payload.toUtf8()).object();
    for (auto field = fields.begin(); field != fields.end(); ++field) {
        if (object.value(field.key()) != field.value())
            return false;
    }
    return true;
}

// Appends an outcome, and the failure line when it is not met.
void record(TestCaseResult &result, ExpectationOutcome outcome, const QString &failure)
{
    if (!outcome.met)
        result.failures.append(failure);
    result.expectations.append(std::move(outcome));
}

void checkRaises(TestCaseResult &result, const TriggerTestCase &test, const PgError &actionError,
                 bool actionFailed)
{
    ExpectationOutcome outcome;
    outcome.kind = QStringLiteral("raises");
    outcome.actual = actionFailed ? QStringLiteral("error\nSQLSTATE %1\nmessage: %2")
                                            .arg(actionError.sqlState, actionError.message)
                                  : Text::tr("no error");
    if (!test.raises) {
        outcome.description = Text::tr("the action succeeds");
        outcome.expected = Text::tr("no error");
        outcome.met = !actionFailed;
        record(result, outcome, Text::tr("the action failed: %1").arg(actionError.toString()));
        return;
    }
    const RaisesExpectation &raises = *test.raises;
    QStringList expected {QStringLiteral("error")};
    if (!raises.sqlState.isEmpty())
        expected.append(QStringLiteral("SQLSTATE ") + raises.sqlState);
    if (!raises.message.isEmpty())
        expected.append(Text::tr("message containing: %1").arg(raises.message));
    outcome.description = Text::tr("the action fails");
    outcome.expected = expected.join(u'\n');
    if (!actionFailed) {
        record(result, outcome, Text::tr("expected an error, the action succeeded"));
        return;
    }
    // Both mismatches are reported, each on its own line, as before.
    const bool messageMet
            = raises.message.isEmpty() || actionError.message.contains(raises.message);
    const bool sqlStateMet = raises.sqlState.isEmpty() || actionError.sqlState == raises.sqlState;
    outcome.met = messageMet && sqlStateMet;
    result.expectations.append(outcome);
    if (!messageMet)
        result.failures.append(Text::tr("expected an error containing \"%1\", got \"%2\"")
                                       .arg(raises.message, actionError.message));
    if (!sqlStateMet)
        result.failures.append(QStringLiteral("expected SQLSTATE %1, got %2")
                                       .arg(raises.sqlState, actionError.sqlState));
}

void checkQuery(TestCaseResult &result, BlockingConnection &connection,
                const QueryExpectation &query)
{
    ExpectationOutcome outcome;
    outcome.kind = QStringLiteral("query");
    outcome.description = query.sql;
    outcome.expected = rowLines(query.rows).join(u'\n');
    const QueryResult rows = connection.exec(query.sql);
    if (!rows.ok()) {
        outcome.actual = QStringLiteral("error: ") + rows.error().message;
        record(result, outcome,
               QStringLiteral("query %1 failed: %2").arg(query.sql, rows.error().message));
        return;
    }
    outcome.actual = rowLines(rows.rows()).join(u'\n');
    outcome.actualRows = rows.rows();
    outcome.met = rows.rows() == query.rows;
    record(result, outcome,
           QStringLiteral("query %1: expected %2, got %3")
                   .arg(query.sql, rowsText(query.rows), rowsText(rows.rows())));
}

QueryResult countRows(BlockingConnection &connection, const TableRef &table)
{
    return connection.exec(
            QStringLiteral("SELECT count(*) FROM %1").arg(quoteQualifiedName(table)));
}

void checkRowCount(TestCaseResult &result, BlockingConnection &connection,
                   const RowCountExpectation &count, qint64 before)
{
    ExpectationOutcome outcome;
    outcome.kind = Text::tr("row count");
    outcome.description = Text::tr("change of the row count of %1").arg(count.table.displayName());
    outcome.expected = signedNumber(count.change);
    const QueryResult after = countRows(connection, count.table);
    if (!after.ok() || before < 0) {
        outcome.actual = QStringLiteral("error: ") + after.error().message;
        record(result, outcome,
               Text::tr("cannot count the rows of %1: %2")
                       .arg(count.table.displayName(), after.error().message));
        return;
    }
    const qint64 change = after.value(0, 0).toLongLong() - before;
    outcome.actual = signedNumber(change);
    outcome.met = change == count.change;
    record(result, outcome,
           Text::tr("expected the rows of %1 to change by %2, got %3")
                   .arg(count.table.displayName())
                   .arg(count.change)
                   .arg(change));
}

void checkNotification(TestCaseResult &result, const NotificationExpectation &expected)
{
    const QString fields
            = QString::fromUtf8(QJsonDocument(expected.fields).toJson(QJsonDocument::Compact));
    QStringList sent;
    for (const Notification &notification : std::as_const(result.notifications))
        sent.append(notification.channel + u' ' + notification.payload);
    ExpectationOutcome outcome;
    outcome.kind = QStringLiteral("notification");
    outcome.description = expected.channel;
    outcome.expected = expected.channel + u' ' + fields;
    outcome.actual = sent.join(u'\n');
    outcome.met = std::any_of(result.notifications.cbegin(), result.notifications.cend(),
                              [&](const Notification &notification) {
                                  return notification.channel == expected.channel
                                          && payloadHolds(notification.payload, expected.fields);
                              });
    record(result, outcome,
           Text::tr("expected a notification on %1 with %2, got %3")
                   .arg(expected.channel, fields,
                        sent.isEmpty() ? QStringLiteral("none") : sent.join(QStringLiteral("; "))));
}

void checkNotice(TestCaseResult &result, const QString &text)
{
    QStringList messages;
    for (const Notice &notice : std::as_const(result.notices))
        messages.append(notice.message);
    ExpectationOutcome outcome;
    outcome.kind = QStringLiteral("notice");
    outcome.description = text;
    outcome.expected = text;
    outcome.actual = messages.join(u'\n');
    outcome.met = std::any_of(messages.cbegin(), messages.cend(),
                              [&](const QString &message) { return message.contains(text); });
    record(result, outcome, Text::tr("expected a notice containing \"%1\"").arg(text));
}

void checkFired(TestCaseResult &result, const QStringList &expected)
{
    QStringList names;
    for (const FiredTrigger &fired : std::as_const(result.fired))
        names.append(fired.trigger);
    const auto listed = [](const QStringList &list) {
        return list.isEmpty() ? QStringLiteral("none") : list.join(QStringLiteral(", "));
    };
    ExpectationOutcome outcome;
    outcome.kind = QStringLiteral("fired");
    outcome.description = Text::tr("the design triggers that fire, in order");
    outcome.expected = expected.join(u'\n');
    outcome.actual = names.join(u'\n');
    outcome.met = names == expected;
    record(result, outcome,
           Text::tr("expected the triggers fired to be %1, got %2")
                   .arg(listed(expected), listed(names)));
}

void check(TestCaseResult &result, BlockingConnection &connection, const TriggerTestCase &test,
           const QList<qint64> &countsBefore, const PgError &actionError, bool actionFailed)
{
    checkRaises(result, test, actionError, actionFailed);
    for (const QueryExpectation &query : test.queries)
        checkQuery(result, connection, query);
    for (qsizetype i = 0; i < test.rowCounts.size(); ++i)
        checkRowCount(result, connection, test.rowCounts.at(i), countsBefore.at(i));

    const QueryResult captured = connection.exec(
            QStringLiteral("SELECT channel, payload FROM pg_temp.trigon_captured ORDER BY n"));
    for (int row = 0; row < captured.rowCount(); ++row) {
        Notification notification;
        notification.channel = captured.value(row, 0);
        notification.payload = captured.value(row, 1);
        notification.senderPid = connection.backendPid();
        result.notifications.append(notification);
    }
    for (const NotificationExpectation &expected : test.notifications)
        checkNotification(result, expected);
    for (const QString &text : test.notices)
        checkNotice(result, text);
    if (test.firedOrder)
        checkFired(result, *test.firedOrder);
}

} // namespace

namespace {

// Asks trigon.bypass() to skip each trigger the case names, as a migration would; reports a
// failure through `succeeded` (what, result) and returns false when one call fails.
template<typename Succeeded>
bool bypassAll(const TriggerTestCase &test, Succeeded &succeeded, BlockingConnection &connection)
{
    if (test.bypass.isEmpty())
        return true;
    // The designs of the case may lack the option, and with it the function: the case then
    // shows that the trigger still fires.
    if (!succeeded(Text::tr("installing trigon.bypass()"),
                   connection.execScriptInTransaction(renderBypassSupport())))
        return false;
    for (const QString &trigger : test.bypass) {
        if (!succeeded(Text::tr("bypassing %1").arg(trigger),
                       connection.exec(QStringLiteral("SELECT trigon.bypass($1, $2)"),
                                       {trigger, Text::tr("test case %1").arg(test.name)})))
            return false;
    }
    return true;
}

} // namespace

namespace {

// Runs `test` with `designs` deployed, and `eventTrigger` too when given; fills `result`.
void runCase(BlockingConnection &connection, const QList<TriggerDesign> &designs,
             const EventTriggerDesign *eventTrigger, const TriggerTestCase &test,
             TestCaseResult &result)
{
    QElapsedTimer timer;
    timer.start();

    RenderOptions options;
    options.serverVersion = connection.serverVersion();
    options.singleTransaction = false;
    options.traceFiring = true;
    // The case's own SQL runs inside the transaction the run rolls back: a statement that would
    // end it would commit what the case did, so such a case fails before anything runs.
    for (const auto &[what, sql] : {std::pair {Text::tr("the setup"), test.setup},
                                    std::pair {Text::tr("the action"), test.action}}) {
        const QString control = transactionControlStatement(sql);
        if (!control.isEmpty())
            result.failures.append(Text::tr("%1 holds \"%2\", which would end the transaction "
                                            "the test runs in; nothing was run")
                                           .arg(what, control.simplified()));
    }
    if (result.failures.isEmpty()) {
        if (const std::optional<PgError> refused = parseRawConditions(connection, designs))
            result.failures.append(refused->toString());
    }
    const auto succeeded = [&](const QString &what, const QueryResult &done) {
        if (!done.ok())
            result.failures.append(
                    QStringLiteral("%1 failed: %2").arg(what, done.error().toString()));
        return done.ok();
    };
    // Only BEGIN may open the transaction; everything after it runs inside it.
    const auto inside = [&](const QString &script) {
        return connection.execScriptInTransaction(script);
    };
    if (result.failures.isEmpty()
        && succeeded(QStringLiteral("BEGIN"), connection.execScript(QStringLiteral("BEGIN")))) {
        if (succeeded(Text::tr("preparing the capture"), inside(captureScript()))
            && succeeded(Text::tr("deploying the design"),
                         inside(renderInstallScript(designs, options)))
            && (!eventTrigger
                || succeeded(Text::tr("deploying the event trigger"),
                             inside(renderEventTriggerInstall(*eventTrigger, designs, options))))
            && (test.setup.isEmpty() || succeeded(Text::tr("the setup"), inside(test.setup)))
            && bypassAll(test, succeeded, connection)) {
            QList<qint64> countsBefore;
            for (const RowCountExpectation &count : test.rowCounts) {
                const QueryResult before = countRows(connection, count.table);
                countsBefore.append(before.ok() ? before.value(0, 0).toLongLong() : -1);
            }
            connection.takeNotices();
            // A savepoint lets the checks read the database after an action that failed.
            connection.exec(QStringLiteral("SAVEPOINT trigon_action"));
            const QueryResult action = inside(test.action);
            takeFirings(result, connection.takeNotices());
            if (!action.ok())
                connection.exec(QStringLiteral("ROLLBACK TO SAVEPOINT trigon_action"));
            check(result, connection, test, countsBefore, action.error(), !action.ok());
        }
        connection.exec(QStringLiteral("ROLLBACK"));
    }
    result.passed = result.failures.isEmpty();
    result.elapsedMs = timer.elapsed();
}

} // namespace

TestCaseResult runTestCase(BlockingConnection &connection, const QList<TriggerDesign> &designs,
                           qsizetype triggerIndex, qsizetype caseIndex)
{
    const TriggerDesign &trigger = designs.at(triggerIndex);
    const TriggerTestCase &test = trigger.tests.at(caseIndex);
    TestCaseResult result;
    result.table = trigger.tablesDisplayName();
    result.trigger = trigger.name;
    result.testCase = test.name;
    runCase(connection, designs, nullptr, test, result);
    return result;
}

TestCaseResult runEventTriggerTestCase(BlockingConnection &connection,
                                       const QList<TriggerDesign> &designs,
                                       const QList<EventTriggerDesign> &eventTriggers,
                                       qsizetype eventTriggerIndex, qsizetype caseIndex)
{
    const EventTriggerDesign &eventTrigger = eventTriggers.at(eventTriggerIndex);
    const TriggerTestCase &test = eventTrigger.tests.at(caseIndex);
    TestCaseResult result;
    result.table = Text::tr("event trigger");
    result.trigger = eventTrigger.name;
    result.testCase = test.name;
    runCase(connection, designs, &eventTrigger, test, result);
    return result;
}

QList<TestCaseResult> runAllTestCases(BlockingConnection &connection,
                                      const QList<TriggerDesign> &designs)
{
    QList<TestCaseResult> results;
    for (qsizetype t = 0; t < designs.size(); ++t) {
        for (qsizetype c = 0; c < designs.at(t).tests.size(); ++c)
            results.append(runTestCase(connection, designs, t, c));
    }
    return results;
}

} // namespace trigon::pg
