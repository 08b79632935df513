#include "ui/testcases/recordedexpectations.h"

#include <QJsonDocument>

namespace trigon::ui {

void recordExpectations(TriggerTestCase &test, const pg::TestCaseResult &result)
{
    // The runner reports the queries in the case's order, one outcome each.
    qsizetype query = 0;
    for (const pg::ExpectationOutcome &outcome : result.expectations) {
        if (outcome.kind != u"query")
            continue;
        if (query < test.queries.size() && test.queries[query].sql == outcome.description
            && outcome.actualRows)
            test.queries[query].rows = *outcome.actualRows;
        ++query;
    }

    QList<NotificationExpectation> notifications;
    for (const pg::Notification &notification : result.notifications) {
        NotificationExpectation expected;
        expected.channel = notification.channel;
        expected.fields = QJsonDocument::fromJson(notification.payload.toUtf8()).object();
        // The same notification twice is one expectation: it asks for "some" notification.
        if (!notifications.contains(expected))
            notifications.append(expected);
    }
    test.notifications = notifications;

    QStringList fired;
    for (const pg::FiredTrigger &firing : result.fired)
        fired.append(firing.trigger);
    test.firedOrder = fired;
}

} // namespace trigon::ui
