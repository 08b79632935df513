#include "core/sql/outboxsql.h"

#include "core/sql/definitionmarker.h"
#include "core/sql/quoting.h"

#include <QStringList>

namespace trigon {

QString outboxTableName()
{
    return quoteQualifiedName(outboxTable());
}

TableRef outboxTable()
{
    return {QStringLiteral("trigon"), QStringLiteral("outbox")};
}

QString outboxChannel()
{
    return QStringLiteral("trigon_outbox");
}

QString renderOutboxTable()
{
    // seq orders the events (ids are random); the partial indexes keep the relay's claim fast
    // however many delivered events the table keeps.
    const QString definition = QStringLiteral(
            "CREATE SCHEMA IF NOT EXISTS trigon;\n"
            "CREATE TABLE IF NOT EXISTS trigon.outbox (\n"
            "    id uuid PRIMARY KEY DEFAULT gen_random_uuid(),\n"
            "    seq bigint GENERATED ALWAYS AS IDENTITY,\n"
            "    aggregatetype text NOT NULL,\n"
            "    aggregateid text,\n"
            "    type text NOT NULL,\n"
            "    payload jsonb NOT NULL,\n"
            "    target text NOT NULL,\n"
            "    created_at timestamptz NOT NULL DEFAULT now(),\n"
            "    attempts integer NOT NULL DEFAULT 0,\n"
            "    next_attempt_at timestamptz NOT NULL DEFAULT now(),\n"
            "    last_error text,\n"
            "    delivered_at timestamptz,\n"
            "    dead boolean NOT NULL DEFAULT false,\n"
            "    claimed_by integer,\n"
            "    claimed_at timestamptz\n"
            ");\n"
            "CREATE INDEX IF NOT EXISTS outbox_pending ON trigon.outbox (target, seq)\n"
            "    WHERE delivered_at IS NULL AND NOT dead;\n"
            "CREATE INDEX IF NOT EXISTS outbox_pending_key ON trigon.outbox "
            "(target, aggregateid, seq)\n"
            "    WHERE delivered_at IS NULL AND NOT dead;\n");
    const DefinitionMarker marker {DefinitionMarker::currentVersion,
                                   DefinitionMarker::ObjectKind::Table, definitionHash(definition)};
    return definition
            + QStringLiteral("COMMENT ON TABLE trigon.outbox IS %1;\n")
                      .arg(quoteLiteral(commentWithMarker(
                              QStringLiteral("Events for trigon-cli relay and Debezium, written "
                                             "by Trigon's outbox actions."),
                              marker)));
}

QString outboxClaimQuery()
{
    return QStringLiteral(
            "UPDATE trigon.outbox o SET claimed_by = pg_backend_pid(), claimed_at = now()\n"
            " WHERE o.id IN (\n"
            "    SELECT c.id FROM trigon.outbox c\n"
            "     WHERE c.target = ANY($1::text[]) AND c.delivered_at IS NULL AND NOT c.dead\n"
            "       AND c.next_attempt_at <= now()\n"
            "       AND (c.claimed_by IS NULL OR NOT EXISTS (\n"
            "            SELECT FROM pg_stat_activity a\n"
            "             WHERE a.pid = c.claimed_by AND a.backend_start <= c.claimed_at))\n"
            "       AND NOT EXISTS (\n"
            "            SELECT FROM trigon.outbox p\n"
            "             WHERE p.target = c.target AND p.aggregateid = c.aggregateid\n"
            "               AND p.seq < c.seq AND p.delivered_at IS NULL AND NOT p.dead)\n"
            "     ORDER BY c.seq\n"
            "     LIMIT $2\n"
            "       FOR UPDATE SKIP LOCKED)\n"
            "RETURNING o.id, o.seq, o.aggregatetype, o.aggregateid, o.type, o.payload::text,\n"
            "          o.target,\n"
            "          to_char(o.created_at AT TIME ZONE 'UTC', "
            "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'),\n"
            "          o.attempts");
}

QString outboxDeliveredQuery()
{
    return QStringLiteral("UPDATE trigon.outbox SET delivered_at = now(), attempts = attempts + 1,"
                          " last_error = NULL, claimed_by = NULL WHERE id = $1::uuid");
}

QString outboxFailedQuery()
{
    return QStringLiteral(
            "UPDATE trigon.outbox SET attempts = attempts + 1, last_error = $2,\n"
            "       claimed_by = NULL, dead = attempts + 1 >= $5::integer,\n"
            "       next_attempt_at = now() + make_interval(secs => least(\n"
            "           $3::double precision * power(2, attempts), $4::double precision) / 1000)\n"
            " WHERE id = $1::uuid");
}

QString outboxRetryDeadQuery()
{
    return QStringLiteral("UPDATE trigon.outbox SET dead = false, attempts = 0,"
                          " next_attempt_at = now(), claimed_by = NULL"
                          " WHERE dead AND target = ANY($1::text[]) RETURNING id");
}

QString outboxRetryEventQuery()
{
    return QStringLiteral("UPDATE trigon.outbox SET dead = false, attempts = 0,"
                          " next_attempt_at = now(), claimed_by = NULL"
                          " WHERE dead AND id = $1::uuid RETURNING id");
}

QString outboxSummaryQuery()
{
    return QStringLiteral(
            "SELECT target,\n"
            "       count(*) FILTER (WHERE delivered_at IS NULL AND NOT dead),\n"
            "       count(*) FILTER (WHERE delivered_at IS NOT NULL),\n"
            "       count(*) FILTER (WHERE dead),\n"
            "       coalesce(extract(epoch FROM now() - min(created_at)\n"
            "           FILTER (WHERE delivered_at IS NULL AND NOT dead))::bigint, 0)\n"
            "  FROM trigon.outbox GROUP BY target ORDER BY target");
}

QString outboxProblemsQuery()
{
    return QStringLiteral(
            "SELECT id, target, type, coalesce(aggregateid, ''), attempts, dead, last_error,\n"
            "       payload::text, created_at\n"
            "  FROM trigon.outbox\n"
            " WHERE last_error IS NOT NULL AND delivered_at IS NULL\n"
            " ORDER BY seq DESC LIMIT $1");
}

QString outboxExistsQuery()
{
    return QStringLiteral("SELECT to_regclass('trigon.outbox') IS NOT NULL");
}

QString textArrayLiteral(const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names) {
        QString element = name;
        element.replace(u'\\', QStringLiteral("\\\\"));
        element.replace(u'"', QStringLiteral("\\\""));
        quoted.append(u'"' + element + u'"');
    }
    return u'{' + quoted.join(u',') + u'}';
}

} // namespace trigon
