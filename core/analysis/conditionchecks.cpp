#include "core/analysis/triggerchecks.h"

#include "core/analysis/sqlexpression.h"
#include "core/sql/conditionrenderer.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace trigon {

namespace {

enum class TypeClass { Unknown, Number, Text, Boolean };

// The broad class of a column's declared type, enough to foresee the comparisons PostgreSQL
// refuses (text = integer, integer = 'abc', ...).
TypeClass columnClass(const TriggerDesign &trigger, const QString &column)
{
    static const QRegularExpression number(QStringLiteral(
            "^(smallint|integer|int|int2|int4|int8|bigint|smallserial|serial|bigserial|real|"
            "double "
            "precision|float4|float8|float(\\(\\d+\\))?|(numeric|decimal)(\\(.*\\))?)$"));
    static const QRegularExpression text(QStringLiteral(
            "^(text|citext|name|(character varying|varchar|character|char)(\\(\\d+\\))?)$"));
    for (const TableColumn &c : trigger.tableColumns) {
        if (c.name != column)
            continue;
        const QString type = c.type.trimmed().toLower();
        if (number.match(type).hasMatch())
            return TypeClass::Number;
        if (text.match(type).hasMatch())
            return TypeClass::Text;
        if (type == QLatin1String("boolean") || type == QLatin1String("bool"))
            return TypeClass::Boolean;
    }
    return TypeClass::Unknown;
}

QString className(TypeClass type)
{
    switch (type) {
    case TypeClass::Number:
        return TriggerChecks::tr("a number");
    case TypeClass::Text:
        return TriggerChecks::tr("text");
    case TypeClass::Boolean:
        return TriggerChecks::tr("a boolean");
    case TypeClass::Unknown:
        break;
    }
    return TriggerChecks::tr("a value");
}

// Whether a literal can stand for a value of `type` in a comparison: strings are read in the
// column's type (so must parse as numbers for numeric columns), numbers and booleans must
// match the class.
bool literalFits(const QJsonValue &literal, TypeClass type)
{
    switch (literal.type()) {
    case QJsonValue::String:
        if (type == TypeClass::Number) {
            bool ok = false;
            literal.toString().trimmed().toDouble(&ok);
            return ok;
        }
        return true;
    case QJsonValue::Double:
        return type != TypeClass::Text && type != TypeClass::Boolean;
    case QJsonValue::Bool:
        return type != TypeClass::Text && type != TypeClass::Number;
    default:
        return true;
    }
}

} // namespace

void TriggerChecks::checkConditionTree(const Condition &condition, const QString &path)
{
    switch (condition.kind) {
    case ConditionKind::AnyChange:
    case ConditionKind::AnyDontChange:
    case ConditionKind::AllChange:
    case ConditionKind::AllDontChange: {
        const QString inner = path + u'.' + conditionKindName(condition.kind);
        for (qsizetype i = 0; i < condition.fields.size(); ++i)
            checkColumnKnown(inner + QStringLiteral(".fields[%1]").arg(i), condition.fields.at(i),
                             tr("field"));
        for (qsizetype i = 0; i < condition.exclude.size(); ++i)
            checkColumnKnown(inner + QStringLiteral(".exclude[%1]").arg(i), condition.exclude.at(i),
                             tr("excluded field"));
        if (condition.fields.isEmpty() && !knowsColumns()) {
            const bool wholeRowKind = condition.kind == ConditionKind::AnyChange
                    || condition.kind == ConditionKind::AllDontChange;
            if (!wholeRowKind) {
                error(inner,
                      tr("without fields, %1 needs the table's columns: list them "
                         "in table_columns or name the fields")
                              .arg(conditionKindName(condition.kind)));
            } else if (!condition.exclude.isEmpty()) {
                error(inner, tr("exclude needs the table's columns: list them in table_columns"));
            } else if (condition.excludeAuto && !m_trigger.autoColumns().isEmpty()) {
                error(inner,
                      tr("exclude_auto needs the table's columns: list them in "
                         "table_columns"));
            }
            return;
        }
        if (resolveChangeFields(condition, ConditionContext::forTrigger(m_trigger))
                    .fields.isEmpty()) {
            error(inner,
                  tr("no field is left to compare after exclude%1")
                          .arg(condition.excludeAuto ? tr(" and exclude_auto") : QString()));
        }
        return;
    }
    case ConditionKind::Q: {
        const QString inner = path + QStringLiteral(".q");
        if (condition.entries.isEmpty())
            warning(inner, tr("an empty q is always true"));
        for (const QEntry &entry : condition.entries)
            checkEntry(entry, inner + u'.' + entry.key());
        return;
    }
    case ConditionKind::And:
    case ConditionKind::Or: {
        const QString inner = path + u'.' + conditionKindName(condition.kind);
        if (condition.operands.isEmpty()) {
            warning(inner,
                    condition.kind == ConditionKind::And ? tr("an empty \"and\" is always true")
                                                         : tr("an empty \"or\" is always false"));
        }
        for (qsizetype i = 0; i < condition.operands.size(); ++i)
            checkConditionTree(condition.operands.at(i), inner + QStringLiteral("[%1]").arg(i));
        return;
    }
    case ConditionKind::Not:
        if (condition.operands.size() != 1) {
            error(path + QStringLiteral(".not"), tr("\"not\" takes exactly one condition"));
            return;
        }
        checkConditionTree(condition.operands.first(), path + QStringLiteral(".not"));
        return;
    case ConditionKind::Sql: {
        const QString problem = sqlExpressionProblem(condition.sql);
        if (condition.sql.trimmed().isEmpty())
            error(path + QStringLiteral(".sql"), tr("the SQL condition is empty"));
        else if (!problem.isEmpty())
            error(path + QStringLiteral(".sql"), problem);
        return;
    }
    case ConditionKind::Exists: {
        const QString inner = path + QStringLiteral(".exists");
        checkIdentifier(inner + QStringLiteral(".table.name"), tr("table name"),
                        condition.table.name);
        if (condition.matches.isEmpty())
            error(inner + QStringLiteral(".match"),
                  tr("name at least one column of %1 that must equal a column of the trigger's "
                     "row; without one any row of that table would do")
                          .arg(condition.table.displayName()));
        for (const ColumnMatch &match : condition.matches) {
            const QString matchPath = inner + QStringLiteral(".match.") + match.column;
            checkIdentifier(matchPath, tr("column name"), match.column);
            checkColumnKnown(matchPath, match.field.column, tr("column"));
        }
        if (!condition.sql.trimmed().isEmpty()) {
            if (const QString problem = sqlExpressionProblem(condition.sql); !problem.isEmpty())
                error(inner + QStringLiteral(".where"), problem);
        }
        return;
    }
    }
}

void TriggerChecks::checkLiteralTypes(const QEntry &entry, const QString &path)
{
    const TypeClass type = columnClass(m_trigger, entry.field.column);
    if (entry.ref) {
        const TypeClass other = columnClass(m_trigger, entry.ref->column);
        if (type != TypeClass::Unknown && other != TypeClass::Unknown && type != other) {
            error(path,
                  tr("compares %1 with %2: PostgreSQL has no such operator")
                          .arg(className(type), className(other)));
        }
        return;
    }
    if (type == TypeClass::Unknown)
        return;
    const QJsonArray items
            = entry.literal.isArray() ? entry.literal.toArray() : QJsonArray {entry.literal};
    for (const QJsonValue &item : items) {
        if (!literalFits(item, type)) {
            error(path,
                  tr("column \"%1\" holds %2; %3 is not one")
                          .arg(entry.field.column, className(type),
                               QString::fromUtf8(QJsonDocument(QJsonArray {item})
                                                         .toJson(QJsonDocument::Compact))
                                       .mid(1)
                                       .chopped(1)));
            return;
        }
    }
}

void TriggerChecks::checkEntry(const QEntry &entry, const QString &path)
{
    checkColumnKnown(path, entry.field.column, tr("field"));
    if (entry.ref)
        checkColumnKnown(path + QStringLiteral(".f"), entry.ref->column, tr("field"));
    const QJsonValue &literal = entry.literal;
    switch (entry.lookup) {
    case Lookup::Exact:
    case Lookup::Df:
    case Lookup::Ndf:
    case Lookup::Gt:
    case Lookup::Gte:
    case Lookup::Lt:
    case Lookup::Lte:
    case Lookup::In:
        checkLiteralTypes(entry, path);
        break;
    default:
        break;
    }
    switch (entry.lookup) {
    case Lookup::In:
        if (!entry.ref && !literal.isArray())
            error(path, tr("the in lookup takes an array of values"));
        else if (!entry.ref && literal.toArray().isEmpty())
            warning(path, tr("in an empty list is always false"));
        break;
    case Lookup::IsNull:
        if (entry.ref || !literal.isBool())
            error(path, tr("the isnull lookup takes true or false"));
        break;
    case Lookup::Contains:
    case Lookup::IContains:
    case Lookup::StartsWith:
    case Lookup::EndsWith:
    case Lookup::Regex:
        if (!entry.ref && !literal.isString() && !literal.isDouble())
            error(path, tr("the %1 lookup takes a text value").arg(lookupName(entry.lookup)));
        break;
    case Lookup::Exact:
    case Lookup::Df:
    case Lookup::Ndf:
        if (!entry.ref && (literal.isArray() || literal.isObject()))
            error(path, tr("compare with a single value (use the in lookup for a list)"));
        break;
    case Lookup::Gt:
    case Lookup::Gte:
    case Lookup::Lt:
    case Lookup::Lte:
        if (!entry.ref && (literal.isArray() || literal.isObject()))
            error(path, tr("compare with a single value"));
        else if (!entry.ref && literal.isNull())
            warning(path, tr("comparing with null is never true (use isnull)"));
        break;
    }
}

} // namespace trigon
