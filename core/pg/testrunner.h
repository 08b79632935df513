#pragma once

#include "core/model/triggerdesign.h"
#include "core/pg/notification.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace trigon::pg {

class BlockingConnection;

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
    QList<Notice> notices;
    qint64 elapsedMs = 0;
};

// Runs test case `caseIndex` of `designs[triggerIndex]` in a transaction that is always rolled
// back: the designs' current versions are deployed (whether or not they are installed), the
// setup and the action run, the expectations are checked. pg_notify() calls are captured by a
// function of the same signature that a schema placed before pg_catalog on the search_path
// provides for the transaction: it records channel and payload, then calls the real pg_notify so
// its checks (payload size) still apply. Needs a session with no transaction open.
TestCaseResult runTestCase(BlockingConnection &connection, const QList<TriggerDesign> &designs,
                           qsizetype triggerIndex, qsizetype caseIndex);

// Every case of every trigger of `designs`, in order.
QList<TestCaseResult> runAllTestCases(BlockingConnection &connection,
                                      const QList<TriggerDesign> &designs);

} // namespace trigon::pg
