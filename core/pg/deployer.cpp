#include "core/pg/deployer.h"

#include "core/analysis/sqlstatements.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/catalogloader.h"
#include "core/pg/conditionparser.h"
#include "core/pg/functionchecker.h"
#include "core/pg/servercheck.h"
#include "core/pg/tablelocks.h"
#include "core/sql/definitionmarker.h"
#include "core/sql/quoting.h"
#include "core/sql/scriptrenderer.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QSet>
#include <QThread>

namespace trigon::pg {

namespace {

std::optional<InstalledMarkers> loadMarkers(BlockingConnection &connection, PgError *error)
{
    const QueryResult result = connection.exec(QStringLiteral(R"sql(
SELECT 't' AS kind, t.oid::text, d.description
  FROM pg_trigger t
  JOIN pg_description d ON d.objoid = t.oid AND d.classoid = 'pg_trigger'::regclass
 WHERE NOT t.tgisinternal
UNION ALL
SELECT 'f', p.oid::text, d.description
  FROM pg_proc p
  JOIN pg_description d ON d.objoid = p.oid AND d.classoid = 'pg_proc'::regclass
 WHERE p.prorettype IN ('trigger'::regtype, 'event_trigger'::regtype)
UNION ALL
SELECT 'e', e.oid::text, d.description
  FROM pg_event_trigger e
  JOIN pg_description d ON d.objoid = e.oid AND d.classoid = 'pg_event_trigger'::regclass)sql"));
    if (!result.ok()) {
        *error = result.error();
        return std::nullopt;
    }
    InstalledMarkers markers;
    for (int row = 0; row < result.rowCount(); ++row) {
        const std::optional<DefinitionMarker> marker
                = parseObjectComment(result.value(row, 2)).marker;
        if (!marker)
            continue;
        const quint32 oid = result.value(row, 1).toUInt();
        if (result.value(row, 0) == u't' && marker->kind == DefinitionMarker::ObjectKind::Trigger)
            markers.triggers.insert(oid, marker->hash);
        else if (result.value(row, 0) == u'f'
                 && marker->kind == DefinitionMarker::ObjectKind::Function)
            markers.functions.insert(oid, marker->hash);
        else if (result.value(row, 0) == u'e'
                 && marker->kind == DefinitionMarker::ObjectKind::EventTrigger)
            markers.eventTriggers.insert(oid, marker->hash);
    }
    return markers;
}

// How long status waits for the lock CREATE TRIGGER needs on one table, once.
constexpr int statusLockWaitSeconds = 5;

// Creates the designs in a transaction that is rolled back, and reads what pg_get_triggerdef()
// says of them: the server's canonical text, comparable with the installed triggers'.
std::optional<QHash<QString, QString>> probeDefinitions(BlockingConnection &connection,
                                                        const QList<TriggerDesign> &designs,
                                                        PgError *error)
{
    QHash<QString, QString> definitions;
    if (designs.isEmpty())
        return definitions;
    RenderOptions options;
    options.serverVersion = connection.serverVersion();
    options.singleTransaction = false;
    auto fail = [&](const QueryResult &result) {
        *error = result.error();
        connection.exec(QStringLiteral("ROLLBACK"));
        return std::nullopt;
    };
    QueryResult result = connection.execScript(
            QStringLiteral("BEGIN; SET LOCAL lock_timeout = '%1s';").arg(statusLockWaitSeconds));
    if (!result.ok())
        return fail(result);
    for (const TriggerDesign &design : designs) {
        result = connection.execScriptInTransaction(renderTriggerInstall(design, options));
        if (!result.ok() && result.error().sqlState == lockNotAvailable) {
            // One wait is enough to know: the others would wait for the same session.
            connection.exec(QStringLiteral("ROLLBACK"));
            const QString table = quoteQualifiedName(design.table);
            *error = result.error();
            error->message = QCoreApplication::translate("trigon::pg::Deploy",
                                                         "%1 is locked by %2; status waited %3 s "
                                                         "for it to compare the installed trigger "
                                                         "%4")
                                     .arg(design.table.displayName(),
                                          describeLockHolder(connection, table),
                                          QString::number(statusLockWaitSeconds), design.name);
            return std::nullopt;
        }
        if (!result.ok())
            return fail(result);
        result = connection.exec(
                QStringLiteral("SELECT pg_get_triggerdef(t.oid) FROM pg_trigger t"
                               " WHERE t.tgrelid = $1::regclass AND t.tgname = $2"),
                {quoteQualifiedName(design.table), design.name});
        if (!result.ok())
            return fail(result);
        if (result.rowCount() == 1)
            definitions.insert(triggerKey(design.table.schema, design.table.name, design.name),
                               result.value(0, 0));
    }
    result = connection.exec(QStringLiteral("ROLLBACK"));
    if (!result.ok()) {
        *error = result.error();
        return std::nullopt;
    }
    return definitions;
}

// Tables a plan changes, quoted, without repeats.
QStringList planTables(const DeployPlan &plan)
{
    QStringList tables;
    for (const DeployStep &step : plan.steps) {
        if (step.eventTrigger)
            continue;
        const QString table = quoteQualifiedName(step.table);
        if (!step.sql.isEmpty() && !tables.contains(table))
            tables.append(table);
    }
    return tables;
}

} // namespace

std::optional<QString> catalogFingerprint(BlockingConnection &connection, PgError *error)
{
    const QueryResult result = connection.exec(QStringLiteral(R"sql(
SELECT md5(coalesce(string_agg(x, E'\n' ORDER BY x), ''))
  FROM (SELECT t.tgrelid::text || ' ' || pg_get_triggerdef(t.oid) || ' ' || t.tgenabled::text
               || ' ' || coalesce(obj_description(t.oid, 'pg_trigger'), '') || ' '
               || p.oid::text || ' ' || md5(p.prosrc) || ' '
               || coalesce(obj_description(p.oid, 'pg_proc'), '') AS x
          FROM pg_trigger t
          JOIN pg_proc p ON p.oid = t.tgfoid
         WHERE NOT t.tgisinternal
        UNION ALL
        SELECT e.evtname || ' ' || e.evtevent || ' ' || coalesce(e.evttags::text, '') || ' '
               || e.evtenabled::text || ' ' || coalesce(obj_description(e.oid, 'pg_event_trigger'), '')
               || ' ' || p.oid::text || ' ' || md5(p.prosrc) || ' '
               || coalesce(obj_description(p.oid, 'pg_proc'), '')
          FROM pg_event_trigger e
          JOIN pg_proc p ON p.oid = e.evtfoid) s)sql"));
    if (!result.ok()) {
        *error = result.error();
        return std::nullopt;
    }
    return result.value(0, 0);
}

namespace {

// checkStatus() once the designs' raw WHEN conditions have parsed: its probe runs each
// installed design's CREATE TRIGGER, the WHEN included.
std::optional<StatusReport> statusOfParsed(BlockingConnection &connection,
                                           const QList<TriggerDesign> &designs,
                                           const QList<EventTriggerDesign> &eventTriggers,
                                           PgError *error)
{
    StatusReport report;
    std::optional<CatalogSnapshot> catalog = loadCatalog(connection, error);
    if (!catalog)
        return std::nullopt;
    report.catalog = std::move(*catalog);
    const std::optional<InstalledMarkers> markers = loadMarkers(connection, error);
    if (!markers)
        return std::nullopt;
    const std::optional<QString> fingerprint = catalogFingerprint(connection, error);
    if (!fingerprint)
        return std::nullopt;
    report.fingerprint = *fingerprint;

    // Only triggers whose markers match the design can be Installed; only they need the probe.
    const QList<TriggerStatus> byMarker = classifyTriggers(designs, report.catalog, *markers, {});
    // The per-table triggers by table and name, expanded once: a design over a thousand tables
    // made looking each status up in a fresh expansion quadratic.
    QMultiHash<QString, TriggerDesign> triggersByKey;
    for (const TriggerDesign &trigger : tableTriggers(designs))
        triggersByKey.insert(triggerKey(trigger.table.schema, trigger.table.name, trigger.name),
                             trigger);
    QList<TriggerDesign> toProbe;
    for (const TriggerStatus &status : byMarker) {
        if (status.state != TriggerState::Installed && !status.onlyEnabledDiffers)
            continue;
        const QList<TriggerDesign> same = triggersByKey.values(
                triggerKey(status.table.schema, status.table.name, status.name));
        // values() gives the last inserted first: keep the designs' order.
        for (auto trigger = same.crbegin(); trigger != same.crend(); ++trigger)
            toProbe.append(*trigger);
    }
    const std::optional<QHash<QString, QString>> canonical
            = probeDefinitions(connection, toProbe, error);
    if (!canonical)
        return std::nullopt;
    report.statuses = classifyTriggers(designs, report.catalog, *markers, *canonical);
    report.eventTriggerStatuses = classifyEventTriggers(eventTriggers, designs, report.catalog,
                                                        *markers, connection.serverVersion());
    return report;
}

} // namespace

std::optional<StatusReport> checkStatus(BlockingConnection &connection,
                                        const QList<TriggerDesign> &designs, PgError *error,
                                        const QList<EventTriggerDesign> &eventTriggers)
{
    if (std::optional<PgError> refused = checkFunctionLanguages(connection, designs);
        refused || (refused = parseRawConditions(connection, designs))) {
        *error = *refused;
        return std::nullopt;
    }
    return statusOfParsed(connection, designs, eventTriggers, error);
}

std::optional<PreparedPlan> preparePlan(BlockingConnection &connection,
                                        const QList<TriggerDesign> &designs,
                                        const PlanRequest &request, PgError *error,
                                        const QList<EventTriggerDesign> &eventTriggers)
{
    // checkFunctions() and the status probe run the designs: their WHEN conditions must parse
    // first.
    if (std::optional<PgError> refused = checkFunctionLanguages(connection, designs);
        refused || (refused = parseRawConditions(connection, designs))) {
        *error = *refused;
        return std::nullopt;
    }
    PreparedPlan prepared;
    if (!request.operation) {
        std::optional<QList<Diagnostic>> findings = checkFunctions(connection, designs, error);
        if (!findings)
            return std::nullopt;
        prepared.findings = std::move(*findings);
    }
    const std::optional<StatusReport> report
            = statusOfParsed(connection, designs, eventTriggers, error);
    if (!report)
        return std::nullopt;
    prepared.fingerprint = report->fingerprint;
    if (request.operation) {
        QList<TriggerStatus> chosen;
        QList<TriggerStatus> others;
        for (const TriggerStatus &status : report->statuses) {
            if (request.targets.contains(TriggerTarget {status.table, status.name}))
                chosen.append(status);
            else
                others.append(status);
        }
        prepared.plan = buildOperationPlan(*request.operation, chosen, others);
        // An event trigger is picked by its name alone, with no table.
        QList<EventTriggerStatus> chosenEvents;
        for (const EventTriggerStatus &status : report->eventTriggerStatuses) {
            if (request.targets.contains(TriggerTarget {TableRef {}, status.name}))
                chosenEvents.append(status);
        }
        prepared.plan.steps.append(eventTriggerOperationSteps(*request.operation, chosenEvents));
        return prepared;
    }
    DeployOptions options;
    options.render.serverVersion = connection.serverVersion();
    options.prune = request.prune;
    prepared.plan = buildDeployPlan(designs, report->statuses, options);
    appendEventTriggerSteps(prepared.plan, eventTriggers, designs, report->eventTriggerStatuses,
                            options);
    // Refused before anything runs, with the reason, rather than by the server halfway.
    const bool createsEventTriggers = std::any_of(
            prepared.plan.steps.cbegin(), prepared.plan.steps.cend(), [](const DeployStep &step) {
                return step.eventTrigger && step.action != DeployAction::Drop
                        && !step.sql.isEmpty();
            });
    if (createsEventTriggers && !report->catalog.server.superuser) {
        *error = PgError {};
        error->sqlState = QStringLiteral("42501");
        error->message = QCoreApplication::translate(
                                 "trigon::pg::Deploy",
                                 "only a superuser can create event triggers, and %1 is not one; "
                                 "deploy them as a superuser")
                                 .arg(report->catalog.server.currentUser);
        return std::nullopt;
    }
    return prepared;
}

DeployResult applyPlan(BlockingConnection &connection, const DeployPlan &plan,
                       const QString &fingerprint,
                       const std::function<void(const QString &)> &waiting)
{
    DeployResult deploy;
    deploy.backendPid = connection.backendPid();
    auto fail = [&](const QueryResult &result, int step) {
        deploy.error = result.error();
        deploy.failedStep = step;
        // Nothing to do when the connection is gone: the server rolls back on its own.
        if (connection.isOpen())
            connection.exec(QStringLiteral("ROLLBACK"));
        return deploy;
    };
    QueryResult result = connection.execScript(QStringLiteral("BEGIN"));
    if (!result.ok())
        return fail(result, -1);
    // Holding the lock CREATE TRIGGER takes on every table the plan touches keeps other sessions
    // from changing their triggers until COMMIT; the fingerprint then tells whether anything
    // changed between the plan and now.
    // A table that does not exist is left to the step that needs it, so the error names it.
    QStringList tables;
    for (const QString &table : planTables(plan)) {
        result = connection.exec(QStringLiteral("SELECT to_regclass($1) IS NOT NULL"), {table});
        if (!result.ok())
            return fail(result, -1);
        if (result.value(0, 0) == u't')
            tables.append(table);
    }
    if (!tables.isEmpty()) {
        result = lockTablesBriefly(connection, tables, waiting);
        if (!result.ok())
            return fail(result, -1);
    }
    if (!fingerprint.isEmpty()) {
        PgError error;
        const std::optional<QString> now = catalogFingerprint(connection, &error);
        if (!now)
            return fail(QueryResult::fromError(error), -1);
        if (*now != fingerprint) {
            deploy.changedSincePlan = true;
            PgError changed;
            changed.message = QStringLiteral(
                    "triggers or trigger functions changed since the plan was made; nothing was "
                    "deployed, check the status again");
            return fail(QueryResult::fromError(changed), -1);
        }
    }
    for (int i = 0; i < plan.steps.size(); ++i) {
        const DeployStep &step = plan.steps.at(i);
        if (step.sql.isEmpty())
            continue;
        for (const QString &statement : splitSqlStatements(step.sql)) {
            result = connection.execScriptInTransaction(statement);
            if (!result.ok())
                return fail(result, i);
        }
    }
    result = connection.execScript(QStringLiteral("COMMIT"));
    if (!result.ok()) {
        // A server that answers has rolled back; one that went silent may have committed.
        deploy.commitUnanswered = !connection.isOpen();
        return fail(result, -1);
    }
    deploy.ok = true;
    return deploy;
}

void settleUnansweredCommit(DeployResult &result, const QString &conninfo,
                            const QString &fingerprint, int waitMs)
{
    BlockingConnection connection(conninfo);
    if (!connection.isOpen()) {
        result.unsettledReason = connection.connectionError().toString();
        return;
    }
    QDeadlineTimer deadline(waitMs);
    for (;;) {
        const QueryResult running = connection.exec(
                QStringLiteral("SELECT count(*) FROM pg_stat_activity WHERE pid = $1"),
                {QString::number(result.backendPid)});
        if (!running.ok()) {
            result.unsettledReason = running.error().toString();
            return;
        }
        if (running.value(0, 0) == u'0')
            break;
        if (deadline.hasExpired()) {
            result.unsettledReason
                    = QCoreApplication::translate("trigon::pg::Deploy",
                                                  "the session that deployed (pid %1) is still "
                                                  "running its COMMIT")
                              .arg(result.backendPid);
            return;
        }
        QThread::msleep(100);
    }
    PgError error;
    const std::optional<QString> now = catalogFingerprint(connection, &error);
    if (!now) {
        result.unsettledReason = error.toString();
        return;
    }
    result.foundCommitted = *now != fingerprint;
}

QString describeDeployFailure(const DeployPlan &plan, const DeployResult &result)
{
    if (result.changedSincePlan)
        return QCoreApplication::translate(
                "trigon::pg::Deploy",
                "Refused: triggers or their functions changed in the database since the plan "
                "was made; nothing was run. Make the plan again.");
    if (result.commitUnanswered) {
        if (!result.foundCommitted)
            return QCoreApplication::translate(
                           "trigon::pg::Deploy",
                           "The connection was lost during COMMIT, and whether the deploy was "
                           "committed is unknown: %1. Check the status before deploying again.")
                    .arg(result.unsettledReason);
        return *result.foundCommitted
                ? QCoreApplication::translate("trigon::pg::Deploy",
                                              "The connection was lost during COMMIT. Connected "
                                              "again, the database shows the deploy committed.")
                : QCoreApplication::translate("trigon::pg::Deploy",
                                              "The connection was lost during COMMIT. Connected "
                                              "again, the database shows nothing committed; it "
                                              "is as before.");
    }
    QStringList lines {QCoreApplication::translate("trigon::pg::Deploy",
                                                   "Failed, everything was rolled back.")};
    if (result.failedStep >= 0 && result.failedStep < plan.steps.size()) {
        const DeployStep &step = plan.steps.at(result.failedStep);
        lines << QCoreApplication::translate("trigon::pg::Deploy", "Step: %1 %2 %3")
                         .arg(deployActionName(step.action), step.table.displayName(), step.name);
    }
    lines << result.error.toString();
    if (!result.error.sqlState.isEmpty())
        lines << QCoreApplication::translate("trigon::pg::Deploy", "SQLSTATE %1")
                         .arg(result.error.sqlState);
    const QString &statement = result.error.statement;
    const int position = result.error.position;
    if (position > 0 && position <= statement.size()) {
        const qsizetype start = statement.lastIndexOf(u'\n', position - 1) + 1;
        qsizetype end = statement.indexOf(u'\n', position - 1);
        if (end < 0)
            end = statement.size();
        lines << QCoreApplication::translate("trigon::pg::Deploy", "At: %1")
                         .arg(statement.mid(start, end - start).trimmed());
    }
    return lines.join(u'\n');
}

} // namespace trigon::pg
