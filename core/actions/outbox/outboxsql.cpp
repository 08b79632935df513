#include "core/actions/outbox/outboxaction.h"

#include "core/model/tablewrite.h"
#include "core/sql/functionbody.h"
#include "core/sql/outboxsql.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"

namespace trigon {

QString renderAction(const OutboxAction &action, const FunctionBody &body)
{
    QStringList pairs;
    bool old = action.key.readsRow(RowVersion::Old);
    bool now = action.key.readsRow(RowVersion::New);
    for (const NamedValue &entry : action.payload) {
        pairs.append(QStringLiteral("%1, %2").arg(quoteLiteral(entry.name),
                                                  renderPayloadValue(entry.value)));
        old = old || entry.value.readsRow(RowVersion::Old);
        now = now || entry.value.readsRow(RowVersion::New);
    }
    const QString payload = pairs.isEmpty()
            ? QStringLiteral("'{}'::jsonb")
            : QStringLiteral("jsonb_build_object(\n%1\n)")
                      .arg(indented(pairs.join(QLatin1String(",\n")), 1));
    const QString type = action.type.isEmpty()
            ? QStringLiteral("TG_TABLE_NAME || '.' || lower(TG_OP)")
            : quoteLiteral(action.type);
    const QStringList values
            = {quoteLiteral(action.target), QStringLiteral("TG_TABLE_NAME"),
               renderPayloadValue(action.key) + QStringLiteral("::text"), type, payload};
    const QString into = QStringLiteral("INSERT INTO %1 (target, aggregatetype, aggregateid, "
                                        "type, payload)\n")
                                 .arg(outboxTableName());
    // The relay LISTENs: it hears of the event at COMMIT instead of at its next sweep.
    const QString wake = QStringLiteral("\nPERFORM pg_notify(%1, %2);")
                                 .arg(quoteLiteral(outboxChannel()), quoteLiteral(action.target));
    if (body.isRow() || !(old || now)) {
        return body.guarded(into
                            + QStringLiteral("VALUES (\n%1\n);")
                                      .arg(indented(values.join(QLatin1String(",\n")), 1))
                            + wake);
    }
    return body.guarded(into
                        + QStringLiteral("SELECT\n%1\n%2;")
                                  .arg(indented(values.join(QLatin1String(",\n")), 1),
                                       body.rowSource(old, now, true))
                        + wake);
}

std::optional<QList<TableWrite>> tableWrites(const OutboxAction &, const TriggerDesign &)
{
    return QList<TableWrite> {{outboxTable(), true, TriggerEvent::Insert, {}}};
}

bool mayStopRow(const OutboxAction &)
{
    return false;
}

} // namespace trigon
