#pragma once

#include "core/model/tableref.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trigon {

// The action fails; empty fields match any message or SQLSTATE. `message` is found in the
// server's message (a substring).
struct RaisesExpectation
{
    QString message;
    QString sqlState;

    friend bool operator==(const RaisesExpectation &, const RaisesExpectation &) = default;
};

// After the action, `sql` returns exactly `rows` (as PostgreSQL's text, in the order returned).
struct QueryExpectation
{
    QString sql;
    QList<QStringList> rows;

    friend bool operator==(const QueryExpectation &, const QueryExpectation &) = default;
};

// The action changes the number of rows of `table` by `change` (negative: fewer).
struct RowCountExpectation
{
    TableRef table;
    qint64 change = 0;

    friend bool operator==(const RowCountExpectation &, const RowCountExpectation &) = default;
};

// pg_notify on `channel` with a JSON payload holding each of `fields` with equal values.
struct NotificationExpectation
{
    QString channel;
    QJsonObject fields;

    friend bool operator==(const NotificationExpectation &, const NotificationExpectation &)
            = default;
};

// A test of a trigger: the test bench deploys the design, runs `setup` then `action`, checks the
// expectations and rolls everything back.
struct TriggerTestCase
{
    QString name;
    QString setup; // optional SQL, run before the row counts are taken
    // Triggers the case skips through trigon.bypass() after the setup (their designs need
    // "bypass": true), as a data migration would.
    QStringList bypass;
    QString action;
    std::optional<RaisesExpectation> raises; // when unset, the action must succeed
    QList<QueryExpectation> queries;
    QList<RowCountExpectation> rowCounts;
    QList<NotificationExpectation> notifications;
    QStringList notices; // each is found in some notice's message
    // The names of the design triggers that fire during the action, in firing order, exactly
    // (a trigger firing once per row appears once per row). Unset: not checked; empty: none fires.
    std::optional<QStringList> firedOrder;

    friend bool operator==(const TriggerTestCase &, const TriggerTestCase &) = default;
};

} // namespace trigon
