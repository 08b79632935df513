#include "core/pg/conditionparser.h"

#include "core/pg/blockingconnection.h"
#include "core/sql/conditionrenderer.h"
#include "core/sql/quoting.h"

#include <QCoreApplication>

#include <algorithm>

namespace trigon::pg {

namespace {

bool holdsRawSql(const Condition &condition)
{
    return condition.kind == ConditionKind::Sql
            || std::any_of(condition.operands.cbegin(), condition.operands.cend(), holdsRawSql);
}

} // namespace

std::optional<PgError> parseRawConditions(BlockingConnection &connection,
                                          const QList<TriggerDesign> &designs)
{
    for (const TriggerDesign &design : tableTriggers(designs)) {
        if (design.level != TriggerLevel::Row || !design.condition
            || !holdsRawSql(*design.condition))
            continue;
        const QString table = quoteQualifiedName(design.table);
        const QueryResult exists
                = connection.exec(QStringLiteral("SELECT to_regclass($1) IS NOT NULL"), {table});
        if (!exists.ok())
            return exists.error();
        if (exists.value(0, 0) != u't')
            continue;
        const QString condition
                = renderCondition(*design.condition, ConditionContext::forTrigger(design));
        const QueryResult parsed
                = connection.prepare(QStringLiteral("SELECT 1 FROM %1 AS old, %1 AS new WHERE (%2)")
                                             .arg(table, condition));
        if (!parsed.ok()) {
            PgError refused = parsed.error();
            refused.message
                    = QCoreApplication::translate(
                              "ConditionParser",
                              "the server refuses the WHEN condition of %1 on %2: %3")
                              .arg(design.name, design.table.displayName(), refused.message);
            return refused;
        }
    }
    return std::nullopt;
}

} // namespace trigon::pg
