#pragma once

#include "core/analysis/deployplan.h"
#include "core/analysis/diagnostic.h"
#include "core/analysis/triggerstatus.h"
#include "core/catalog/catalogsnapshot.h"
#include "core/pg/pgerror.h"

#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace trigon::pg {

class BlockingConnection;

// Status, plans and deploys over a BlockingConnection (the CLI, tests, or a GUI worker thread).

// What the database holds for some designs, at one moment.
struct StatusReport
{
    CatalogSnapshot catalog;
    QList<TriggerStatus> statuses;
    QList<EventTriggerStatus> eventTriggerStatuses;
    // A digest of every trigger, trigger function and their comments: applyPlan() compares it
    // inside its transaction to notice a change made between the plan and the deploy.
    QString fingerprint;
};

// Loads the catalog and the markers, and asks the server how it would write each design trigger
// whose markers match the design (created in a transaction that is rolled back, so the real
// pg_get_triggerdef() of the design is compared with the installed one). That probe takes the
// lock CREATE TRIGGER takes on those tables for a moment. Needs a session with no transaction.
// `eventTriggers` are classified too (classifyEventTriggers()).
std::optional<StatusReport> checkStatus(BlockingConnection &connection,
                                        const QList<TriggerDesign> &designs, PgError *error,
                                        const QList<EventTriggerDesign> &eventTriggers = {});

// The digest StatusReport::fingerprint holds, as the server sees it now.
std::optional<QString> catalogFingerprint(BlockingConnection &connection, PgError *error);

// What a plan is for: the designs (a deploy), or an operation on some triggers.
struct PlanRequest
{
    std::optional<TriggerOperation> operation;
    QList<TriggerTarget> targets; // for an operation: the triggers it acts on
    bool prune = false;           // for a deploy: drop orphans too
};

struct PreparedPlan
{
    DeployPlan plan;
    QString fingerprint;        // of the status the plan was made from, for applyPlan()
    QList<Diagnostic> findings; // plpgsql_check's, for a deploy, when the database has it
};

// For a deploy, plpgsql_check's findings on the generated functions; then a fresh status and the
// plan, rendered for the connected server. Needs a session with no transaction.
// A deploy also brings `eventTriggers` to their designs, which needs a superuser (refused with
// SQLSTATE 42501 otherwise); an operation also acts on the event triggers whose names `request`
// targets with an empty table.
std::optional<PreparedPlan> preparePlan(BlockingConnection &connection,
                                        const QList<TriggerDesign> &designs,
                                        const PlanRequest &request, PgError *error,
                                        const QList<EventTriggerDesign> &eventTriggers = {});

struct DeployResult
{
    bool ok = false;
    bool changedSincePlan = false; // refused: the fingerprint differs, nothing was run
    int failedStep = -1;           // index into plan.steps; -1 when none (or BEGIN/COMMIT)
    // The server's message, SQLSTATE, position and the failing step's statements.
    PgError error;
    // The connection was lost after COMMIT was sent: the server may have committed or not
    // (a COMMIT waiting for a synchronous standby that never answers, a network cut).
    bool commitUnanswered = false;
    int backendPid = 0; // of the session that deployed
    // Filled by settleUnansweredCommit(): what the database showed afterwards, or why it could
    // not tell.
    std::optional<bool> foundCommitted;
    QString unsettledReason;
};

// Applies `plan` in one transaction: locks the tables it touches (lockTablesBriefly(), which
// tells `waiting` who holds a table it waits for), checks `fingerprint` (empty: no check), runs
// every step, commits. Any failure rolls everything back; a connection lost before COMMIT leaves
// the server to roll back, one lost during COMMIT sets commitUnanswered.
DeployResult applyPlan(BlockingConnection &connection, const DeployPlan &plan,
                       const QString &fingerprint,
                       const std::function<void(const QString &)> &waiting = {});

// After an unanswered COMMIT: connects again with `conninfo`, waits up to `waitMs` for the
// deploying session to end (until then its COMMIT may still land), and compares the catalog's
// fingerprint with the plan's: unchanged means nothing was committed, since applyPlan() checked
// it was unchanged right before the first step. Sets foundCommitted, or unsettledReason when the
// session outlives the wait or the database cannot be reached.
void settleUnansweredCommit(DeployResult &result, const QString &conninfo,
                            const QString &fingerprint, int waitMs);
// How long the CLI and the deploy pane give the deploying session to finish its COMMIT.
inline constexpr int unansweredCommitWaitMs = 10000;

// Why `result` of applying `plan` is not a success, in lines for a log or for stderr: the
// refusal, or the rollback with the failed step, the server's message, its SQLSTATE and the line
// of the statement the server points at; after an unanswered COMMIT, what is known of it. The CLI
// and the deploy pane both print this.
QString describeDeployFailure(const DeployPlan &plan, const DeployResult &result);

} // namespace trigon::pg
