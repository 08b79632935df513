// The deploy pane against the throwaway cluster: status, a refused and a confirmed deploy, tests.
#include "core/io/designfile.h"
#include "tests/common/testdatabase.h"
#include "ui/deploy/deploypane.h"

#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace trigon;
using trigon::test::TestDatabase;

namespace {

const QByteArray design = R"sql({"format": "trigon", "version": 1, "triggers": [
  {"name": "guard", "table": {"schema": "public", "name": "orders"},
   "timing": "before", "events": ["delete"],
   "actions": [{"kind": "protect", "message": "no deletes"}],
   "tests": [{"name": "refuses", "action": "DELETE FROM orders",
              "expect": {"raises": {"message": "no deletes"}}}]}]})sql";

QString stateOfFirstRow(const ui::DeployPane &pane)
{
    return pane.statusTable()->item(0, 0)->text();
}

} // namespace

class TestDeployPane : public QObject
{
    Q_OBJECT

private slots:
    void statusDeployAndTests()
    {
        TestDatabase db;
        db.mustExec(QStringLiteral("CREATE TABLE orders (id int PRIMARY KEY)"));
        db.mustExec(QStringLiteral("INSERT INTO orders VALUES (1)"));
        const DesignReadResult read = parseDesign(design);
        QVERIFY(read.ok());

        ui::DeployPane pane;
        pane.setDocument(*read.document);
        pane.setConnectionInfo(db.conninfo());

        QSignalSpy status(&pane, &ui::DeployPane::statusRefreshed);
        pane.refreshStatus();
        QVERIFY(status.wait(20000));
        QCOMPARE(status.at(0).at(0).toBool(), true);
        QCOMPARE(stateOfFirstRow(pane), QStringLiteral("missing"));

        QSignalSpy deployed(&pane, &ui::DeployPane::deployFinished);
        pane.deploy();
        QVERIFY(deployed.wait(20000));
        QCOMPARE(deployed.at(0).at(0).toBool(), true);
        QCOMPARE(stateOfFirstRow(pane), QStringLiteral("installed"));

        // Changed by hand: replacing it needs the confirmation.
        db.mustExec(QStringLiteral(
                R"sql(CREATE OR REPLACE FUNCTION orders__guard() RETURNS trigger LANGUAGE plpgsql AS $f$ BEGIN RETURN OLD; END $f$)sql"));
        pane.deploy();
        QVERIFY(deployed.wait(20000));
        QCOMPARE(deployed.at(1).at(0).toBool(), false);
        QVERIFY(pane.log().contains(QLatin1String("Refused")));
        pane.setConfirmDestructive(true);
        pane.deploy();
        QVERIFY(deployed.wait(20000));
        QCOMPARE(deployed.at(2).at(0).toBool(), true);
        QCOMPARE(stateOfFirstRow(pane), QStringLiteral("installed"));

        QSignalSpy tests(&pane, &ui::DeployPane::testsFinished);
        pane.runTests();
        QVERIFY(tests.wait(20000));
        QVERIFY2(tests.at(0).at(0).toInt() == 1, qPrintable(pane.log()));
        QCOMPARE(tests.at(0).at(1).toInt(), 0);
    }
};

QTEST_MAIN(TestDeployPane)
#include "tst_deploypane.moc"
