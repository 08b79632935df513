#include "core/sql/conditionrenderer.h"

#include "core/model/triggerdesign.h"
#include "core/sql/quoting.h"

#include <QJsonArray>
#include <QSet>

namespace trigon {

namespace {

// A rendered piece and whether it can stand as an operand of AND/OR/NOT without parentheses.
struct Piece
{
    Piece(QString text, bool isAtomic = true, QStringList parts = {}, QString oper = {})
        : sql(std::move(text))
        , atomic(isAtomic)
        , operands(std::move(parts))
        , op(std::move(oper))
    { }

    QString sql;
    bool atomic = true;
    // For a top-level AND/OR: its operands and operator, so long conditions can be wrapped.
    QStringList operands;
    QString op;
};

QString parenthesized(const Piece &piece)
{
    return piece.atomic ? piece.sql : u'(' + piece.sql + u')';
}

Piece joined(const QList<Piece> &pieces, const QString &op, const QString &whenEmpty)
{
    if (pieces.isEmpty())
        return {whenEmpty, true};
    if (pieces.size() == 1)
        return pieces.first();
    QStringList parts;
    for (const Piece &piece : pieces)
        parts.append(parenthesized(piece));
    return {parts.join(u' ' + op + u' '), false, parts, op};
}

// The text a LIKE pattern matches literally: %, _ and the escape character escaped.
QString likeEscaped(const QJsonValue &value)
{
    QString text = value.isString() ? value.toString() : jsonLiteral(value);
    text.replace(u'\\', QLatin1String("\\\\"));
    text.replace(u'%', QLatin1String("\\%"));
    text.replace(u'_', QLatin1String("\\_"));
    return text;
}

Piece renderEntry(const QEntry &entry)
{
    const QString lhs = renderFieldRef(entry.field);
    const QString value = entry.ref ? renderFieldRef(*entry.ref) : jsonLiteral(entry.literal);
    const QString lhsText = lhs + QStringLiteral("::text");
    const QString valueText = entry.ref ? value + QStringLiteral("::text") : QString();
    switch (entry.lookup) {
    case Lookup::Exact:
        if (!entry.ref && entry.literal.isNull())
            return {lhs + QStringLiteral(" IS NULL")};
        return {lhs + QStringLiteral(" = ") + value};
    case Lookup::Df:
        return {lhs + QStringLiteral(" IS DISTINCT FROM ") + value};
    case Lookup::Ndf:
        return {lhs + QStringLiteral(" IS NOT DISTINCT FROM ") + value};
    case Lookup::Gt:
        return {lhs + QStringLiteral(" > ") + value};
    case Lookup::Gte:
        return {lhs + QStringLiteral(" >= ") + value};
    case Lookup::Lt:
        return {lhs + QStringLiteral(" < ") + value};
    case Lookup::Lte:
        return {lhs + QStringLiteral(" <= ") + value};
    case Lookup::In: {
        if (entry.ref)
            return {lhs + QStringLiteral(" = ") + value};
        QStringList items;
        const QJsonArray array = entry.literal.toArray();
        for (const QJsonValue &item : array)
            items.append(jsonLiteral(item));
        if (items.isEmpty())
            return {QStringLiteral("false")};
        return {lhs + QStringLiteral(" IN (") + items.join(QLatin1String(", ")) + u')'};
    }
    case Lookup::IsNull:
        return {lhs
                + (entry.literal.toBool(true) ? QStringLiteral(" IS NULL")
                                              : QStringLiteral(" IS NOT NULL"))};
    case Lookup::Contains:
        if (entry.ref)
            return {QStringLiteral("strpos(%1, %2) > 0").arg(lhsText, valueText)};
        return {lhsText + QStringLiteral(" LIKE ")
                + quoteLiteral(u'%' + likeEscaped(entry.literal) + u'%')};
    case Lookup::IContains:
        if (entry.ref)
            return {QStringLiteral("strpos(lower(%1), lower(%2)) > 0").arg(lhsText, valueText)};
        return {lhsText + QStringLiteral(" ILIKE ")
                + quoteLiteral(u'%' + likeEscaped(entry.literal) + u'%')};
    case Lookup::StartsWith:
        if (entry.ref)
            return {QStringLiteral("left(%1, length(%2)) = %2").arg(lhsText, valueText)};
        return {lhsText + QStringLiteral(" LIKE ")
                + quoteLiteral(likeEscaped(entry.literal) + u'%')};
    case Lookup::EndsWith:
        if (entry.ref)
            return {QStringLiteral("right(%1, length(%2)) = %2").arg(lhsText, valueText)};
        return {lhsText + QStringLiteral(" LIKE ")
                + quoteLiteral(u'%' + likeEscaped(entry.literal))};
    case Lookup::Regex:
        return {lhsText + QStringLiteral(" ~ ")
                + (entry.ref ? valueText : quoteLiteral(entry.literal.toString()))};
    }
    return {QStringLiteral("true")};
}

Piece renderChange(const Condition &condition, const ConditionContext &context)
{
    const ChangeFields resolved = resolveChangeFields(condition, context);
    const bool any = condition.kind == ConditionKind::AnyChange
            || condition.kind == ConditionKind::AnyDontChange;
    const bool changes = condition.kind == ConditionKind::AnyChange
            || condition.kind == ConditionKind::AllChange;
    const QString comparison = changes ? QStringLiteral(" IS DISTINCT FROM ")
                                       : QStringLiteral(" IS NOT DISTINCT FROM ");
    if (resolved.wholeRow)
        return {QStringLiteral("OLD.*") + comparison + QStringLiteral("NEW.*")};
    QList<Piece> pieces;
    for (const QString &field : resolved.fields) {
        pieces.append(Piece(renderFieldRef({RowVersion::Old, field}) + comparison
                            + renderFieldRef({RowVersion::New, field})));
    }
    return joined(pieces, any ? QStringLiteral("OR") : QStringLiteral("AND"),
                  any ? QStringLiteral("false") : QStringLiteral("true"));
}

Piece render(const Condition &condition, const ConditionContext &context)
{
    switch (condition.kind) {
    case ConditionKind::AnyChange:
    case ConditionKind::AnyDontChange:
    case ConditionKind::AllChange:
    case ConditionKind::AllDontChange:
        return renderChange(condition, context);
    case ConditionKind::Q: {
        QList<Piece> pieces;
        for (const QEntry &entry : condition.entries)
            pieces.append(renderEntry(entry));
        return joined(pieces, QStringLiteral("AND"), QStringLiteral("true"));
    }
    case ConditionKind::And:
    case ConditionKind::Or: {
        QList<Piece> pieces;
        for (const Condition &operand : condition.operands)
            pieces.append(render(operand, context));
        const bool isAnd = condition.kind == ConditionKind::And;
        return joined(pieces, isAnd ? QStringLiteral("AND") : QStringLiteral("OR"),
                      isAnd ? QStringLiteral("true") : QStringLiteral("false"));
    }
    case ConditionKind::Not: {
        if (condition.operands.isEmpty())
            return {QStringLiteral("false")};
        const Piece operand = render(condition.operands.first(), context);
        return {QStringLiteral("NOT ") + u'(' + operand.sql + u')'};
    }
    case ConditionKind::Sql:
        // Raw SQL is the user's: parentheses keep its operators from binding to ours.
        return {u'(' + condition.sql.trimmed() + u')'};
    case ConditionKind::Exists: {
        // The other table's row is "other", so that its columns never meet OLD's or NEW's.
        QStringList tests;
        for (const ColumnMatch &match : condition.matches)
            tests.append(QStringLiteral("other.%1 = %2.%3")
                                 .arg(quoteIdentifier(match.column),
                                      match.field.row == RowVersion::Old ? QStringLiteral("OLD")
                                                                         : QStringLiteral("NEW"),
                                      quoteIdentifier(match.field.column)));
        if (!condition.sql.trimmed().isEmpty())
            tests.append(u'(' + condition.sql.trimmed() + u')');
        return {QStringLiteral("EXISTS (SELECT 1 FROM %1 AS other WHERE %2)")
                        .arg(quoteQualifiedName(condition.table),
                             tests.isEmpty() ? QStringLiteral("true")
                                             : tests.join(QStringLiteral(" AND ")))};
    }
    }
    return {QStringLiteral("true")};
}

} // namespace

ConditionContext ConditionContext::forTrigger(const TriggerDesign &trigger)
{
    ConditionContext context;
    for (const TableColumn &column : trigger.tableColumns)
        context.columns.append(column.name);
    context.autoColumns = trigger.autoColumns();
    return context;
}

ChangeFields resolveChangeFields(const Condition &condition, const ConditionContext &context)
{
    ChangeFields result;
    QStringList fields = condition.fields.isEmpty() ? context.columns : condition.fields;
    if (condition.fields.isEmpty() && context.columns.isEmpty()) {
        // Comparing whole rows can say "some column changed" or "no column changed", nothing
        // else; the other kinds need the columns, and the validator says so.
        const bool excludes = !condition.exclude.isEmpty()
                || (condition.excludeAuto && !context.autoColumns.isEmpty());
        result.wholeRow = !excludes
                && (condition.kind == ConditionKind::AnyChange
                    || condition.kind == ConditionKind::AllDontChange);
        return result;
    }
    // Sets, not list searches: a table may have many thousands of columns and an exclude list
    // as long.
    QSet<QString> skipped(condition.exclude.cbegin(), condition.exclude.cend());
    if (condition.excludeAuto)
        skipped.unite(QSet<QString>(context.autoColumns.cbegin(), context.autoColumns.cend()));
    for (const QString &field : std::as_const(fields)) {
        if (!skipped.contains(field)) {
            skipped.insert(field); // each once
            result.fields.append(field);
        }
    }
    return result;
}

QString renderCondition(const Condition &condition, const ConditionContext &context,
                        const QString &wrapIndent)
{
    // Whoever embeds the result parenthesizes it (WHEN (...), IF NOT (...)).
    if (condition.kind == ConditionKind::Sql)
        return condition.sql.trimmed();
    const Piece piece = render(condition, context);
    constexpr int wrapWidth = 72;
    if (wrapIndent.isNull() || piece.sql.size() <= wrapWidth || piece.operands.isEmpty())
        return piece.sql;
    return piece.operands.join(u'\n' + wrapIndent + piece.op + u' ');
}

QString renderFieldRef(const FieldRef &field)
{
    return (field.row == RowVersion::Old ? QStringLiteral("OLD.") : QStringLiteral("NEW."))
            + quoteIdentifier(field.column);
}

} // namespace trigon
