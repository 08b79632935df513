// Benchmark of deploys and test runs: a status check plus a deploy of 100 triggers (on 100
// tables) in one transaction, a status check of them installed, and one test case run (which
// deploys the design's version in its own rolled-back transaction). Starts its own throwaway
// cluster. Exits non-zero when over budget.
#include "core/analysis/deployplan.h"
#include "core/io/designfile.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/deployer.h"
#include "core/pg/testrunner.h"
#include "core/pg/throwawaycluster.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QTextStream>

using namespace trigon;

namespace {

constexpr int triggerCount = 100;
constexpr qint64 deployBudgetMs = 10000;
constexpr qint64 testBudgetMs = 2000;

TriggerDesign auditTrigger(int n)
{
    const QString json = QStringLiteral(R"sql({"format": "trigon", "version": 1, "triggers": [
        {"name": "t%1_guard", "table": {"schema": "public", "name": "t%1"},
         "timing": "before", "events": ["update", "delete"],
         "condition": {"q": {"old__status": "closed"}},
         "actions": [{"kind": "protect", "message": "closed rows are final"}],
         "tests": [{"name": "refuses", "setup": "UPDATE t%1 SET status = 'closed'",
                    "action": "DELETE FROM t%1",
                    "expect": {"raises": {"message": "closed rows are final"}}}]}]})sql")
                                 .arg(n);
    const DesignReadResult read = parseDesign(json.toUtf8());
    if (!read.ok())
        qFatal("%s", qPrintable(read.error.toString()));
    return read.document->triggers.constFirst();
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    pg::ThrowawayCluster cluster;
    if (!cluster.start()) {
        out << "cannot start a throwaway cluster: " << cluster.error() << Qt::endl;
        return 2;
    }
    pg::BlockingConnection connection(cluster.conninfo());
    QList<TriggerDesign> designs;
    QString schema;
    for (int n = 0; n < triggerCount; ++n) {
        schema += QStringLiteral("CREATE TABLE t%1 (id int PRIMARY KEY, status text);"
                                 "INSERT INTO t%1 VALUES (1, 'open');")
                          .arg(n);
        designs.append(auditTrigger(n));
    }
    if (!connection.execScript(schema).ok()) {
        out << "cannot create the tables" << Qt::endl;
        return 2;
    }

    QElapsedTimer timer;
    timer.start();
    pg::PgError error;
    std::optional<pg::StatusReport> report = pg::checkStatus(connection, designs, &error);
    const qint64 statusMissingMs = timer.restart();
    if (!report) {
        out << error.toString() << Qt::endl;
        return 2;
    }
    DeployOptions options;
    options.render.serverVersion = connection.serverVersion();
    const DeployPlan plan = buildDeployPlan(designs, report->statuses, options);
    const pg::DeployResult deployed = pg::applyPlan(connection, plan, report->fingerprint);
    const qint64 deployMs = timer.restart();
    if (!deployed.ok) {
        out << deployed.error.toString() << Qt::endl;
        return 2;
    }
    report = pg::checkStatus(connection, designs, &error);
    const qint64 statusInstalledMs = timer.restart();
    if (!report || !allInstalled(report->statuses)) {
        out << "not installed after the deploy" << Qt::endl;
        return 2;
    }
    const pg::TestCaseResult test = pg::runTestCase(connection, {designs.first()}, 0, 0);
    const qint64 testMs = timer.restart();
    const pg::TestCaseResult testAll = pg::runTestCase(connection, designs, 0, 0);
    const qint64 testAllMs = timer.elapsed();

    out << "status of " << triggerCount << " missing triggers: " << statusMissingMs << " ms\n"
        << "deploy of " << triggerCount << " triggers (plan applied, one transaction): " << deployMs
        << " ms\n"
        << "status of " << triggerCount
        << " installed triggers (incl. the rolled-back definition probe): " << statusInstalledMs
        << " ms\n"
        << "one test case run (design of 1 trigger): " << testMs << " ms, "
        << (test.passed ? "passed" : "FAILED") << '\n'
        << "one test case run (design of " << triggerCount << " triggers): " << testAllMs << " ms, "
        << (testAll.passed ? "passed" : "FAILED") << Qt::endl;
    cluster.stop();
    const bool ok
            = test.passed && testAll.passed && deployMs < deployBudgetMs && testMs < testBudgetMs;
    return ok ? 0 : 1;
}
