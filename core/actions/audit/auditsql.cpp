#include "core/actions/audit/auditaction.h"

#include "core/model/tablewrite.h"
#include "core/sql/functionbody.h"
#include "core/sql/plpgsqltext.h"
#include "core/sql/quoting.h"

namespace trigon {

namespace {

QString auditValues(const AuditAction &action, const QString &oldData, const QString &newData)
{
    const QString appUser = action.userSetting.isEmpty()
            ? QStringLiteral("NULL")
            : QStringLiteral("current_setting(%1, true)").arg(quoteLiteral(action.userSetting));
    return QStringLiteral("TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP,\n%1,\n%2,\ncurrent_user, %3, "
                          "now(), txid_current()")
            .arg(oldData, newData, appUser);
}

} // namespace

QString renderAction(const AuditAction &action, const FunctionBody &body)
{
    const QString insert
            = QStringLiteral("INSERT INTO %1\n%2(table_schema, table_name, operation, old_data, "
                             "new_data,\n%2 db_user, app_user, changed_at, transaction_id)\n")
                      .arg(quoteQualifiedName(action.table), indentUnit());
    const bool hasOld = body.trigger().hasEvent(TriggerEvent::Update)
            || body.trigger().hasEvent(TriggerEvent::Delete);
    const bool hasNew = body.trigger().hasEvent(TriggerEvent::Update)
            || body.trigger().hasEvent(TriggerEvent::Insert);
    if (body.isRow()) {
        QString oldData = hasOld ? QStringLiteral("to_jsonb(OLD)") : QStringLiteral("NULL");
        QString newData = hasNew ? QStringLiteral("to_jsonb(NEW)") : QStringLiteral("NULL");
        if (action.mode == AuditAction::Mode::ChangedFields
            && body.trigger().hasEvent(TriggerEvent::Update)) {
            const QString changed
                    = QStringLiteral("(SELECT jsonb_object_agg(%1.key, %1.value)\n"
                                     " FROM jsonb_each(to_jsonb(OLD)) AS o\n"
                                     " JOIN jsonb_each(to_jsonb(NEW)) AS n ON n.key = o.key\n"
                                     " WHERE n.value IS DISTINCT FROM o.value)");
            const auto onUpdate = [&body](const QString &changedSql, const QString &otherwise) {
                if (body.onlyEvent(TriggerEvent::Update))
                    return changedSql;
                return QStringLiteral("CASE WHEN TG_OP = 'UPDATE' THEN\n%1\nELSE %2 END")
                        .arg(indented(changedSql, 1), otherwise);
            };
            oldData = onUpdate(changed.arg(QLatin1String("o")), oldData);
            newData = onUpdate(changed.arg(QLatin1String("n")), newData);
        }
        return insert
                + QStringLiteral("VALUES (\n%1\n);")
                          .arg(indented(auditValues(action, oldData, newData), 1));
    }
    const bool oldTable = !body.trigger().referencing.oldTable.isEmpty();
    const bool newTable = !body.trigger().referencing.newTable.isEmpty();
    if (body.conditionInBody()) {
        // Only the rows the condition selects, aggregated into one audit row.
        const QString values = auditValues(
                action,
                oldTable ? QStringLiteral("jsonb_agg(to_jsonb(old))") : QStringLiteral("NULL"),
                newTable ? QStringLiteral("jsonb_agg(to_jsonb(new))") : QStringLiteral("NULL"));
        return insert
                + QStringLiteral("SELECT\n%1\n%2\nHAVING count(*) > 0;")
                          .arg(indented(values, 1), body.rowSource(oldTable, newTable, true));
    }
    if (!oldTable && !newTable) {
        return insert
                + QStringLiteral("VALUES (\n%1\n);")
                          .arg(indented(auditValues(action, QStringLiteral("NULL"),
                                                    QStringLiteral("NULL")),
                                        1));
    }
    // Every changed row, each side aggregated on its own; a statement that changed no row
    // leaves no audit row.
    const QString oldRows = oldTable
            ? QStringLiteral("(SELECT jsonb_agg(to_jsonb(old)) FROM %1 AS old)")
                      .arg(quoteIdentifier(body.trigger().referencing.oldTable))
            : QStringLiteral("NULL::jsonb");
    const QString newRows = newTable
            ? QStringLiteral("(SELECT jsonb_agg(to_jsonb(new)) FROM %1 AS new)")
                      .arg(quoteIdentifier(body.trigger().referencing.newTable))
            : QStringLiteral("NULL::jsonb");
    return insert
            + QStringLiteral("SELECT\n%1\nFROM (SELECT %2 AS old_rows,\n%3 %4 AS new_rows) AS "
                             "changed\nWHERE changed.old_rows IS NOT NULL OR changed.new_rows "
                             "IS NOT NULL;")
                      .arg(indented(auditValues(action, QStringLiteral("changed.old_rows"),
                                                QStringLiteral("changed.new_rows")),
                                    1),
                           oldRows, indentUnit().repeated(3), newRows);
}

QString renderAuditTable(const TableRef &table)
{
    return QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (\n"
                          "    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,\n"
                          "    table_schema text NOT NULL,\n"
                          "    table_name text NOT NULL,\n"
                          "    operation text NOT NULL,\n"
                          "    old_data jsonb,\n"
                          "    new_data jsonb,\n"
                          "    db_user text NOT NULL,\n"
                          "    app_user text,\n"
                          "    changed_at timestamptz NOT NULL,\n"
                          "    transaction_id bigint NOT NULL\n"
                          ");")
            .arg(quoteQualifiedName(table));
}

std::optional<QList<TableWrite>> tableWrites(const AuditAction &action, const TriggerDesign &)
{
    return QList<TableWrite> {{action.table, true, TriggerEvent::Insert, {}}};
}

bool mayStopRow(const AuditAction &)
{
    return false;
}

} // namespace trigon
