// The Deliveries pane against the throwaway cluster: counts per target, the failed and dead
// events with their payload as a JSON tree, retrying a dead event, the automatic refresh, and a
// clear message where the database has no outbox.
#include "core/sql/outboxsql.h"
#include "tests/common/screenshot.h"
#include "tests/common/testdatabase.h"
#include "tests/ui/opensession.h"
#include "ui/deliveries/deliveriespane.h"
#include "ui/deliveries/outboxproblemsmodel.h"
#include "ui/deliveries/outboxtargetsmodel.h"
#include "ui/monitor/jsontreemodel.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace trigon;
using trigon::test::openSession;
using trigon::test::TestDatabase;

namespace {

const QString deadError = QStringLiteral("HTTP 503 Service Unavailable from "
                                         "https://example.com/hooks/orders");

// Events as a relay leaves them: delivered ones, pending ones (one waiting for two minutes), a
// failing one and a dead one for the webhook; one delivered and one dead for the stream.
void fillOutbox(TestDatabase &db)
{
    const pg::QueryResult created = db.connection().execScript(renderOutboxTable());
    QVERIFY2(created.ok(), qPrintable(created.error().toString()));
    const QString insert = QStringLiteral(
            "INSERT INTO trigon.outbox (aggregatetype, aggregateid, type, payload, target,"
            " created_at, delivered_at, attempts, dead, last_error)"
            " VALUES ('orders', $1, $2, $3::jsonb, $4, now() - $5::interval,"
            " CASE WHEN $6 THEN now() END, $7::integer, $8::boolean, $9)");
    const auto add = [&](const QString &key, const QString &type, const QString &payload,
                         const QString &target, const QString &age, bool delivered, int attempts,
                         bool dead, const QString &error) {
        db.mustExec(insert,
                    {key, type, payload, target, age,
                     delivered ? QStringLiteral("true") : QStringLiteral("false"),
                     QString::number(attempts),
                     dead ? QStringLiteral("true") : QStringLiteral("false"), error});
    };
    const QString webhook = QStringLiteral("webhook");
    const QString created1 = QStringLiteral("order.created");
    for (int i = 1; i <= 3; ++i)
        add(QString::number(i), created1, QStringLiteral("{\"id\": %1}").arg(i), webhook,
            QStringLiteral("1 hour"), true, 1, false, QString());
    add(QStringLiteral("4"), created1, QStringLiteral("{\"id\": 4}"), webhook,
        QStringLiteral("2 minutes"), false, 0, false, QString());
    add(QStringLiteral("5"), created1, QStringLiteral("{\"id\": 5}"), webhook,
        QStringLiteral("10 seconds"), false, 0, false, QString());
    add(QStringLiteral("6"), QStringLiteral("order.paid"),
        QStringLiteral("{\"id\": 6, \"total\": 12.5}"), webhook, QStringLiteral("30 seconds"),
        false, 2, false, QStringLiteral("connection refused"));
    add(QStringLiteral("7"), QStringLiteral("order.paid"),
        QStringLiteral("{\"id\": 7, \"status\": \"paid\", \"customer\": {\"name\": \"Ada\", "
                       "\"vip\": true}, \"lines\": [1, 2]}"),
        webhook, QStringLiteral("20 minutes"), false, 10, true, deadError);
    const QString stream = QStringLiteral("stream");
    add(QStringLiteral("8"), created1, QStringLiteral("{\"id\": 8}"), stream,
        QStringLiteral("5 minutes"), true, 1, false, QString());
    add(QStringLiteral("9"), created1, QStringLiteral("{\"id\": 9}"), stream,
        QStringLiteral("4 minutes"), false, 10, true,
        QStringLiteral("READONLY You can't write against a read only replica."));
}

// Shows the pane on `session` and waits for its first reading; whether it read the outbox.
bool showAndRead(ui::DeliveriesPane &pane, ui::Session &session)
{
    QSignalSpy refreshed(&pane, &ui::DeliveriesPane::refreshed);
    pane.setAutoRefreshInterval(0);
    pane.setSession(&session);
    pane.resize(900, 560);
    pane.show();
    if (!refreshed.wait(20000))
        qFatal("the pane did not read the outbox");
    return refreshed.at(0).at(0).toBool();
}

bool refreshNow(ui::DeliveriesPane &pane)
{
    QSignalSpy refreshed(&pane, &ui::DeliveriesPane::refreshed);
    pane.refresh();
    if (!refreshed.wait(20000))
        qFatal("the pane did not read the outbox");
    return refreshed.at(0).at(0).toBool();
}

// The row of the problems model whose key is `key`.
int problemRow(const ui::DeliveriesPane &pane, const QString &key)
{
    const QList<pg::OutboxProblem> &problems = pane.problemsModel()->problems();
    for (int row = 0; row < problems.size(); ++row) {
        if (problems.at(row).key == key)
            return row;
    }
    return -1;
}

QStringList topLevelKeys(const ui::JsonTreeModel &model)
{
    QStringList keys;
    for (int row = 0; row < model.rowCount(); ++row)
        keys.append(model.index(row, ui::JsonTreeModel::KeyColumn).data().toString());
    return keys;
}

} // namespace

class TestDeliveriesPane : public QObject
{
    Q_OBJECT

private slots:
    void countsPerTarget()
    {
        TestDatabase db;
        fillOutbox(db);
        ui::Session session;
        QVERIFY(openSession(session, db.conninfo()));
        ui::DeliveriesPane pane;
        QAbstractItemModelTester targetsTester(pane.targetsModel());
        QAbstractItemModelTester problemsTester(pane.problemsModel());
        QVERIFY(showAndRead(pane, session));
        QCOMPARE(pane.message(), QString());

        const QList<pg::OutboxTargetCounts> &targets = pane.targetsModel()->targets();
        QCOMPARE(targets.size(), 2);
        QCOMPARE(targets.at(0).target, QStringLiteral("stream"));
        QCOMPARE(targets.at(0).pending, qint64(0));
        QCOMPARE(targets.at(0).delivered, qint64(1));
        QCOMPARE(targets.at(0).dead, qint64(1));
        QCOMPARE(targets.at(1).target, QStringLiteral("webhook"));
        QCOMPARE(targets.at(1).pending, qint64(3));
        QCOMPARE(targets.at(1).delivered, qint64(3));
        QCOMPARE(targets.at(1).dead, qint64(1));
        QVERIFY(targets.at(1).oldestPendingSeconds >= 120);
        QVERIFY(targets.at(1).oldestPendingSeconds < 600);
        const QModelIndex age
                = pane.targetsModel()->index(1, ui::OutboxTargetsModel::OldestPendingColumn);
        QCOMPARE(age.data().toString(), QStringLiteral("2 minute(s)")); // untranslated plural
        // Nothing pending: no age.
        QCOMPARE(pane.targetsModel()
                         ->index(0, ui::OutboxTargetsModel::OldestPendingColumn)
                         .data()
                         .toString(),
                 QString());

        // The failing and the two dead events, newest first; delivered and clean pending ones
        // are no problem.
        QCOMPARE(pane.problemsModel()->rowCount(), 3);
        QCOMPARE(pane.problemsModel()->problems().at(0).key, QStringLiteral("9"));
        const int failing = problemRow(pane, QStringLiteral("6"));
        QVERIFY(failing >= 0);
        QVERIFY(!pane.problemsModel()->problems().at(failing).dead);
        QCOMPARE(pane.problemsModel()->problems().at(failing).attempts, 2);
    }

    void deadEventShowsItsPayloadAndIsRetried()
    {
        TestDatabase db;
        fillOutbox(db);
        ui::Session session;
        QVERIFY(openSession(session, db.conninfo()));
        ui::DeliveriesPane pane;
        QVERIFY(showAndRead(pane, session));
        QVERIFY(!pane.retryAction()->isEnabled()); // nothing selected

        // A failing event: its payload shows, but only dead ones are retried by hand.
        pane.problemsView()->selectRow(problemRow(pane, QStringLiteral("6")));
        QCOMPARE(topLevelKeys(*pane.payloadModel()),
                 (QStringList {QStringLiteral("id"), QStringLiteral("total")}));
        QVERIFY(!pane.retryAction()->isEnabled());

        const int dead = problemRow(pane, QStringLiteral("7"));
        pane.problemsView()->selectRow(dead);
        const pg::OutboxProblem problem = pane.problemsModel()->problems().at(dead);
        QVERIFY(problem.dead);
        QCOMPARE(problem.lastError, deadError);
        QCOMPARE(pane.problemsModel()
                         ->index(dead, ui::OutboxProblemsModel::LastErrorColumn)
                         .data()
                         .toString(),
                 deadError);
        QCOMPARE(topLevelKeys(*pane.payloadModel()),
                 (QStringList {QStringLiteral("id"), QStringLiteral("lines"),
                               QStringLiteral("status"), QStringLiteral("customer")}));
        QVERIFY(pane.retryAction()->isEnabled());
        QVERIFY(test::saveScreenshot(&pane, QStringLiteral("deliveries-pane")));

        QSignalSpy refreshed(&pane, &ui::DeliveriesPane::refreshed);
        pane.retryAction()->trigger();
        QVERIFY(pane.isBusy());
        QVERIFY(!pane.retryAction()->isEnabled());
        QVERIFY(refreshed.wait(20000));
        QCOMPARE(pane.message(), QString());
        const pg::QueryResult row = db.mustExec(
                QStringLiteral("SELECT dead, attempts, delivered_at IS NULL FROM trigon.outbox "
                               "WHERE id = $1::uuid"),
                {problem.id});
        QCOMPARE(row.value(0, 0), QStringLiteral("f"));
        QCOMPARE(row.value(0, 1), QStringLiteral("0"));
        QCOMPARE(row.value(0, 2), QStringLiteral("t"));
        // Pending again: the webhook has one more pending and no dead event; the event stays
        // selected (it still carries its last error) and cannot be retried again.
        QCOMPARE(pane.targetsModel()->targets().at(1).pending, qint64(4));
        QCOMPARE(pane.targetsModel()->targets().at(1).dead, qint64(0));
        const int retried = pane.problemsModel()->rowOf(problem.id);
        QVERIFY(retried >= 0);
        QVERIFY(!pane.problemsModel()->problems().at(retried).dead);
        QVERIFY(pane.problemsView()->selectionModel()->isRowSelected(retried));
        QVERIFY(!pane.retryAction()->isEnabled());
    }

    void refreshesByItself()
    {
        TestDatabase db;
        fillOutbox(db);
        ui::Session session;
        QVERIFY(openSession(session, db.conninfo()));
        ui::DeliveriesPane pane;
        QVERIFY(showAndRead(pane, session));
        pane.setAutoRefreshInterval(200);
        db.mustExec(QStringLiteral("UPDATE trigon.outbox SET delivered_at = now()"
                                   " WHERE target = 'stream'"));
        QTRY_COMPARE_WITH_TIMEOUT(pane.targetsModel()->targets().at(0).delivered, qint64(2), 10000);
    }

    void noOutboxTable()
    {
        TestDatabase db;
        ui::Session session;
        QVERIFY(openSession(session, db.conninfo()));
        ui::DeliveriesPane pane;
        QVERIFY(!showAndRead(pane, session));
        QCOMPARE(pane.message(),
                 QStringLiteral("The outbox table does not exist in this database: deploy a "
                                "design with an outbox action."));
        QCOMPARE(pane.targetsModel()->rowCount(), 0);
        QCOMPARE(pane.problemsModel()->rowCount(), 0);

        // Once deployed, a refresh reads it.
        QVERIFY(db.connection().execScript(renderOutboxTable()).ok());
        QVERIFY(refreshNow(pane));
        QCOMPARE(pane.message(), QString());
    }

    void notConnected()
    {
        ui::DeliveriesPane pane;
        pane.show();
        QVERIFY(!pane.refreshAction()->isEnabled());
        QVERIFY(!pane.retryAction()->isEnabled());
        pane.refresh();
        QVERIFY(!pane.isBusy());
    }
};

QTEST_MAIN(TestDeliveriesPane)
#include "tst_deliveriespane.moc"
