#include "core/pg/testrunner.h"

#include "core/pg/blockingconnection.h"
#include "core/sql/quoting.h"
#include "core/sql/scriptrenderer.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>

namespace trigon::pg {

namespace {

// Made inside the test's transaction, so the rollback removes it again.
const QString captureScript = QStringLiteral(R"sql(
CREATE SCHEMA trigon_test_capture;
CREATE TEMPORARY TABLE trigon_captured (n serial, channel text, payload text);
CREATE FUNCTION trigon_test_capture.pg_notify(channel text, payload text) RETURNS void
    LANGUAGE plpgsql AS $capture$
BEGIN
    INSERT INTO pg_temp.trigon_captured (channel, payload) VALUES (channel, payload);
    PERFORM pg_catalog.pg_notify(channel, payload);
END
$capture$;
SELECT set_config('search_path',
                  'trigon_test_capture, pg_catalog, ' || current_setting('search_path'), true);
)sql");

QString rowsText(const QList<QStringList> &rows)
{
    QStringList text;
    for (const QStringList &row : rows) {
        QStringList cells;
        for (const QString &cell : row)
            cells.append(cell.isNull() ? QStringLiteral("NULL") : cell);
        text.append(u'(' + cells.join(QStringLiteral(", ")) + u')');
    }
    return text.isEmpty() ? QStringLiteral("no rows") : text.join(u' ');
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

void check(TestCaseResult &result, BlockingConnection &connection, const TriggerTestCase &test,
           const QList<qint64> &countsBefore, const PgError &actionError, bool actionFailed)
{
    if (test.raises) {
        if (!actionFailed) {
            result.failures.append(QStringLiteral("expected an error, the action succeeded"));
        } else {
            if (!test.raises->message.isEmpty()
                && !actionError.message.contains(test.raises->message))
                result.failures.append(QStringLiteral("expected an error containing \"%1\", got "
                                                      "\"%2\"")
                                               .arg(test.raises->message, actionError.message));
            if (!test.raises->sqlState.isEmpty() && actionError.sqlState != test.raises->sqlState)
                result.failures.append(QStringLiteral("expected SQLSTATE %1, got %2")
                                               .arg(test.raises->sqlState, actionError.sqlState));
        }
    } else if (actionFailed) {
        result.failures.append(QStringLiteral("the action failed: %1").arg(actionError.toString()));
    }

    for (const QueryExpectation &query : test.queries) {
        const QueryResult rows = connection.exec(query.sql);
        if (!rows.ok())
            result.failures.append(
                    QStringLiteral("query %1 failed: %2").arg(query.sql, rows.error().message));
        else if (rows.rows() != query.rows)
            result.failures.append(
                    QStringLiteral("query %1: expected %2, got %3")
                            .arg(query.sql, rowsText(query.rows), rowsText(rows.rows())));
    }

    for (qsizetype i = 0; i < test.rowCounts.size(); ++i) {
        const RowCountExpectation &count = test.rowCounts.at(i);
        const QueryResult after = connection.exec(
                QStringLiteral("SELECT count(*) FROM %1").arg(quoteQualifiedName(count.table)));
        if (!after.ok() || countsBefore.at(i) < 0) {
            result.failures.append(QStringLiteral("cannot count the rows of %1: %2")
                                           .arg(count.table.displayName(), after.error().message));
            continue;
        }
        const qint64 change = after.value(0, 0).toLongLong() - countsBefore.at(i);
        if (change != count.change)
            result.failures.append(QStringLiteral("expected the rows of %1 to change by %2, got %3")
                                           .arg(count.table.displayName())
                                           .arg(count.change)
                                           .arg(change));
    }

    const QueryResult captured = connection.exec(
            QStringLiteral("SELECT channel, payload FROM pg_temp.trigon_captured ORDER BY n"));
    for (int row = 0; row < captured.rowCount(); ++row) {
        Notification notification;
        notification.channel = captured.value(row, 0);
        notification.payload = captured.value(row, 1);
        notification.senderPid = connection.backendPid();
        result.notifications.append(notification);
    }
    for (const NotificationExpectation &expected : test.notifications) {
        const bool found = std::any_of(result.notifications.cbegin(), result.notifications.cend(),
                                       [&](const Notification &sent) {
                                           return sent.channel == expected.channel
                                                   && payloadHolds(sent.payload, expected.fields);
                                       });
        if (!found) {
            QStringList sent;
            for (const Notification &notification : result.notifications)
                sent.append(notification.channel + u' ' + notification.payload);
            result.failures.append(
                    QStringLiteral("expected a notification on %1 with %2, got %3")
                            .arg(expected.channel,
                                 QString::fromUtf8(QJsonDocument(expected.fields)
                                                           .toJson(QJsonDocument::Compact)),
                                 sent.isEmpty() ? QStringLiteral("none")
                                                : sent.join(QStringLiteral("; "))));
        }
    }

    for (const QString &text : test.notices) {
        const bool found
                = std::any_of(result.notices.cbegin(), result.notices.cend(),
                              [&](const Notice &notice) { return notice.message.contains(text); });
        if (!found)
            result.failures.append(QStringLiteral("expected a notice containing \"%1\"").arg(text));
    }
}

} // namespace

TestCaseResult runTestCase(BlockingConnection &connection, const QList<TriggerDesign> &designs,
                           qsizetype triggerIndex, qsizetype caseIndex)
{
    const TriggerDesign &trigger = designs.at(triggerIndex);
    const TriggerTestCase &test = trigger.tests.at(caseIndex);
    TestCaseResult result;
    result.table = trigger.table.displayName();
    result.trigger = trigger.name;
    result.testCase = test.name;
    QElapsedTimer timer;
    timer.start();

    RenderOptions options;
    options.serverVersion = connection.serverVersion();
    options.singleTransaction = false;
    const auto step = [&](const QString &what, const QString &sql) {
        const QueryResult done = connection.execScript(sql);
        if (!done.ok())
            result.failures.append(
                    QStringLiteral("%1 failed: %2").arg(what, done.error().toString()));
        return done.ok();
    };
    if (step(QStringLiteral("BEGIN"), QStringLiteral("BEGIN"))) {
        if (step(QStringLiteral("preparing the notification capture"), captureScript)
            && step(QStringLiteral("deploying the design"), renderInstallScript(designs, options))
            && (test.setup.isEmpty() || step(QStringLiteral("the setup"), test.setup))) {
            QList<qint64> countsBefore;
            for (const RowCountExpectation &count : test.rowCounts) {
                const QueryResult before
                        = connection.exec(QStringLiteral("SELECT count(*) FROM %1")
                                                  .arg(quoteQualifiedName(count.table)));
                countsBefore.append(before.ok() ? before.value(0, 0).toLongLong() : -1);
            }
            connection.takeNotices();
            // A savepoint lets the checks read the database after an action that failed.
            connection.exec(QStringLiteral("SAVEPOINT trigon_action"));
            const QueryResult action = connection.execScript(test.action);
            result.notices = connection.takeNotices();
            if (!action.ok())
                connection.exec(QStringLiteral("ROLLBACK TO SAVEPOINT trigon_action"));
            check(result, connection, test, countsBefore, action.error(), !action.ok());
        }
        connection.exec(QStringLiteral("ROLLBACK"));
    }
    result.passed = result.failures.isEmpty();
    result.elapsedMs = timer.elapsed();
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
