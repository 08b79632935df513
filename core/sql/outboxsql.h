#pragma once

#include "core/model/tableref.h"

#include <QString>

namespace trigon {

// The transactional outbox: the table outbox actions write their events to, and the statements
// the relay (core/relay) and the Deliveries view run on it. Debezium's outbox event router
// reads the same table (docs/outbox.md): id, aggregatetype, aggregateid, type, payload.

QString outboxTableName(); // trigon.outbox, quoted as SQL needs it
TableRef outboxTable();
// The channel an outbox action notifies at COMMIT, with the target's name as payload.
QString outboxChannel(); // "trigon_outbox"

// CREATE SCHEMA IF NOT EXISTS trigon, CREATE TABLE IF NOT EXISTS trigon.outbox with its
// indexes and COMMENT (with a marker): what an install script with an outbox action holds. The
// uninstall script keeps the table, which holds events.
QString renderOutboxTable();

// The relay's statements, each with $n parameters:
// Claims up to $2 due events of the targets $1 (a text[] literal) for this session, oldest
// first, skipping rows other relays hold (FOR UPDATE SKIP LOCKED) and any event of a key that
// has an older one still pending, so that one key's events go out in order. An event claimed by
// a session that is gone (a relay killed) is claimed again. Columns: id, seq, aggregatetype,
// aggregateid, type, payload, target, created_at (ISO 8601, UTC), attempts.
QString outboxClaimQuery();
// Marks event $1 delivered.
QString outboxDeliveredQuery();
// Records failed attempt of event $1 with error $2: the next attempt after $3 ms doubled per
// earlier attempt, at most $4 ms; after $5 attempts the event is dead.
QString outboxFailedQuery();
// Makes the dead events of the targets $1 (text[]) pending again, with no attempts; returns
// their ids.
QString outboxRetryDeadQuery();
// Makes the one dead event $1 (uuid) pending again, with no attempts; returns its id.
QString outboxRetryEventQuery();
// One row per target: target, pending, delivered, dead, the oldest pending event's age in
// seconds.
QString outboxSummaryQuery();
// The latest $1 events that failed or died: id, target, type, aggregateid, attempts, dead,
// last_error, payload, created_at.
QString outboxProblemsQuery();
// Whether trigon.outbox exists: one row, true or false.
QString outboxExistsQuery();

// A text[] literal of `names` for the $1 of the queries above.
QString textArrayLiteral(const QStringList &names);

} // namespace trigon
