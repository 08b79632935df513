#include "ui/deploy/deployjobs.h"

#include "core/pg/blockingconnection.h"
#include "ui/jobs/jobrunner.h"

#include <QCoreApplication>

namespace trigon::ui {

StatusOutcome loadStatus(const QString &conninfo, const DesignDocument &document)
{
    pg::BlockingConnection connection(conninfo);
    if (!connection.isOpen())
        return {std::nullopt, connection.connectionError().toString()};
    pg::PgError error;
    std::optional<pg::StatusReport> report
            = pg::checkStatus(connection, document.triggers, &error, document.eventTriggers);
    return {std::move(report), error.toString()};
}

PlanOutcome preparePlan(const QString &conninfo, const DesignDocument &document,
                        const pg::PlanRequest &request)
{
    pg::BlockingConnection connection(conninfo);
    if (!connection.isOpen())
        return {std::nullopt, connection.connectionError().toString()};
    pg::PgError error;
    std::optional<pg::PreparedPlan> prepared = pg::preparePlan(
            connection, document.triggers, request, &error, document.eventTriggers);
    return {std::move(prepared), error.toString()};
}

ApplyOutcome applyPlan(const QString &conninfo, const DesignDocument &document,
                       const DeployPlan &plan, const QString &fingerprint)
{
    ApplyOutcome outcome;
    pg::BlockingConnection connection(conninfo);
    if (!connection.isOpen()) {
        outcome.message = connection.connectionError().toString();
        return outcome;
    }
    pg::DeployResult result = pg::applyPlan(connection, plan, fingerprint);
    outcome.notices = connection.takeNotices();
    if (result.commitUnanswered) {
        pg::settleUnansweredCommit(result, conninfo, fingerprint, pg::unansweredCommitWaitMs);
    }
    if (!result.ok) {
        outcome.message = pg::describeDeployFailure(plan, result);
    } else {
        outcome.ok = true;
        outcome.message = QCoreApplication::translate("trigon::ui::DeployPane",
                                                      "Applied in one transaction.");
    }
    pg::PgError error;
    if (const std::optional<pg::StatusReport> report
        = pg::checkStatus(connection, document.triggers, &error, document.eventTriggers)) {
        outcome.statuses = report->statuses;
        outcome.eventTriggerStatuses = report->eventTriggerStatuses;
    }
    return outcome;
}

TestRunTally runTestCases(JobControl &control,
                          const std::function<void(pg::TestCaseResult)> &report,
                          const QString &conninfo, const QList<TriggerDesign> &designs,
                          const QList<CaseRef> &cases)
{
    const int total = static_cast<int>(cases.size());
    control.setProgress(0, total);
    pg::BlockingConnection connection(conninfo);
    TestRunTally tally;
    for (const CaseRef &ref : cases) {
        if (control.isCancelled())
            return tally;
        pg::TestCaseResult result;
        if (!connection.isOpen()) {
            const TriggerDesign &design = designs.at(ref.trigger);
            result.table = design.tablesDisplayName();
            result.trigger = design.name;
            result.testCase = design.tests.at(ref.testCase).name;
            result.failures.append(connection.connectionError().toString());
        } else {
            result = pg::runTestCase(connection, designs, ref.trigger, ref.testCase);
        }
        (result.passed ? tally.passed : tally.failed) += 1;
        report(std::move(result));
        control.setProgress(tally.passed + tally.failed, total);
    }
    return tally;
}

} // namespace trigon::ui
