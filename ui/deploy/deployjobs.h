#pragma once

#include "core/analysis/deployplan.h"
#include "core/analysis/diagnostic.h"
#include "core/model/designdocument.h"
#include "core/model/triggerdesign.h"
#include "core/pg/deployer.h"
#include "core/pg/notification.h"
#include "core/pg/testrunner.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace trigon::ui {

class JobControl;

// The deploy pane's database work. Each job opens its own BlockingConnection and runs on a
// worker thread through the pane's JobRunner; what it hands back is a plain value for the GUI
// thread.

struct StatusOutcome
{
    std::optional<pg::StatusReport> report;
    QString error; // why there is no report
};

// `document`: its triggers and event triggers.
StatusOutcome loadStatus(const QString &conninfo, const DesignDocument &document);

struct PlanOutcome
{
    std::optional<pg::PreparedPlan> prepared; // unset when no plan could be made (see error)
    QString error;
};

// pg::preparePlan() on a connection of its own.
PlanOutcome preparePlan(const QString &conninfo, const DesignDocument &document,
                        const pg::PlanRequest &request);

struct ApplyOutcome
{
    bool ok = false;
    QString message;               // for the log: what happened, or the server's error
    QList<TriggerStatus> statuses; // afterwards, when they could be read
    QList<EventTriggerStatus> eventTriggerStatuses;
    QList<pg::Notice> notices; // RAISE NOTICE and friends of the deploy's session
};

// Applies `plan` in one transaction (pg::applyPlan), refusing when the catalog changed since
// `fingerprint`, then reads the statuses again.
ApplyOutcome applyPlan(const QString &conninfo, const DesignDocument &document,
                       const DeployPlan &plan, const QString &fingerprint);

// A test case of the design document: trigger index, case index.
struct CaseRef
{
    qsizetype trigger = -1;
    qsizetype testCase = -1;

    friend bool operator==(const CaseRef &, const CaseRef &) = default;
};

struct TestRunTally
{
    int passed = 0;
    int failed = 0;
};

// Runs `cases` one by one on one connection, reporting each result as it is known and the
// cases done as progress. Stops between cases when the job is cancelled.
TestRunTally runTestCases(JobControl &control,
                          const std::function<void(pg::TestCaseResult)> &report,
                          const QString &conninfo, const QList<TriggerDesign> &designs,
                          const QList<CaseRef> &cases);

} // namespace trigon::ui
