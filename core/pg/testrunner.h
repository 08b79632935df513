#pragma once

#include "core/model/eventtriggerdesign.h"
#include "core/model/triggerdesign.h"
#include "core/pg/notification.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trigon::pg {

class BlockingConnection;

// One run of a design trigger's function during a test case's action.
struct FiredTrigger
{
    QString table;   // schema.table, as the server names it (TG_TABLE_SCHEMA, TG_TABLE_NAME)
    QString trigger; // TG_NAME
    QString timing;  // BEFORE, AFTER, INSTEAD OF
    QString level;   // ROW, STATEMENT
    QString event;   // INSERT, UPDATE, DELETE, TRUNCATE
};

// One expectation of a test case, met or not, with both sides as text for a line diff.
struct ExpectationOutcome
{
    // "raises" (also the implicit "the action succeeds"), "query", "row count", "notification",
    // "notice", "fired"
    QString kind;
    QString description; // for people: the query, the table, the channel, ...
    // One row / item per line; empty when there is none.
    QString expected;
    QString actual;
    // A query's rows as returned, for recording them as the expected ones; unset for the other
    // kinds and when the query failed.
    std::optional<QList<QStringList>> actualRows;
    bool met = false;
};

// The outcome of one test case.
struct TestCaseResult
{
    QString table; // schema.table of the trigger, for people
    QString trigger;
    QString testCase;
    bool passed = false;
    // One line per unmet expectation, "expected ..., got ...".
    QStringList failures;
    QList<Notification> notifications; // what the triggers sent (captured, see docs/deploy.md)
    QList<Notice> notices;             // those of the action, without the firing records
    // Every firing of a design trigger during the action (not the setup), in order.
    QList<FiredTrigger> fired;
    QList<ExpectationOutcome> expectations; // one per expectation, in the order of the case
    qint64 elapsedMs = 0;
};

// Runs test case `caseIndex` of `designs[triggerIndex]` in a transaction that is always rolled
// back: the designs' current versions are deployed (whether or not they are installed), the
// setup and the action run, the expectations are checked. pg_notify() calls are captured by a
// function of the same signature that a schema placed before pg_catalog on the search_path
// provides for the transaction: it records channel and payload, then calls the real pg_notify so
// its checks (payload size) still apply. The designs are deployed traced
// (RenderOptions::traceFiring): each function reports its run first thing, as a notice that the
// runner takes out of the action's notices into `fired`; only design triggers are traced.
// Needs a session with no transaction open.
TestCaseResult runTestCase(BlockingConnection &connection, const QList<TriggerDesign> &designs,
                           qsizetype triggerIndex, qsizetype caseIndex);

// Runs test case `caseIndex` of `eventTriggers[eventTriggerIndex]` the same way: `designs` (which
// its attach actions may name) and that one event trigger are deployed for the transaction, in
// which the case's DDL then runs. `table` of the result is "event trigger".
TestCaseResult runEventTriggerTestCase(BlockingConnection &connection,
                                       const QList<TriggerDesign> &designs,
                                       const QList<EventTriggerDesign> &eventTriggers,
                                       qsizetype eventTriggerIndex, qsizetype caseIndex);
// Every case of every trigger of `designs`, in order.
QList<TestCaseResult> runAllTestCases(BlockingConnection &connection,
                                      const QList<TriggerDesign> &designs);

} // namespace trigon::pg
