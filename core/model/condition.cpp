#include "core/model/condition.h"

#include "core/model/enumnames.h"
#include "core/sql/sqllexer.h"

#include <utility>

namespace trigon {

namespace {

// In enum order.
constexpr std::array<const char *, 14> lookupNames
        = {"exact", "df",     "ndf",      "gt",        "gte",        "lt",       "lte",
           "in",    "isnull", "contains", "icontains", "startswith", "endswith", "regex"};
constexpr std::array<const char *, 10> kindNames = {
        "any_change", "any_dont_change", "all_change", "all_dont_change", "q", "and", "or", "not",
        "sql",        "exists"};

void collectReferences(const Condition &condition, ConditionReferences &references)
{
    switch (condition.kind) {
    case ConditionKind::AnyChange:
    case ConditionKind::AnyDontChange:
    case ConditionKind::AllChange:
    case ConditionKind::AllDontChange:
        references.oldRow = references.newRow = references.changeCondition = true;
        return;
    case ConditionKind::Q:
        for (const QEntry &entry : condition.entries) {
            for (const std::optional<FieldRef> &field : {std::optional(entry.field), entry.ref}) {
                if (!field)
                    continue;
                (field->row == RowVersion::Old ? references.oldRow : references.newRow) = true;
            }
        }
        return;
    case ConditionKind::And:
    case ConditionKind::Or:
    case ConditionKind::Not:
        for (const Condition &operand : condition.operands)
            collectReferences(operand, references);
        return;
    case ConditionKind::Sql:
        references.oldRow = references.oldRow || sqlReferencesRow(condition.sql, RowVersion::Old);
        references.newRow = references.newRow || sqlReferencesRow(condition.sql, RowVersion::New);
        return;
    case ConditionKind::Exists:
        for (const ColumnMatch &match : condition.matches)
            (match.field.row == RowVersion::Old ? references.oldRow : references.newRow) = true;
        return;
    }
}

} // namespace

QString QEntry::key() const
{
    QString key = (field.row == RowVersion::Old ? QStringLiteral("old__") : QStringLiteral("new__"))
            + field.column;
    if (lookup != Lookup::Exact)
        key += QStringLiteral("__") + lookupName(lookup);
    return key;
}

std::optional<QEntry> QEntry::fromKey(const QString &key)
{
    QEntry entry;
    QString rest;
    if (key.startsWith(QLatin1String("old__"))) {
        entry.field.row = RowVersion::Old;
    } else if (key.startsWith(QLatin1String("new__"))) {
        entry.field.row = RowVersion::New;
    } else {
        return std::nullopt;
    }
    rest = key.mid(5);
    // A column may itself contain "__": only a known lookup after the last "__" is a lookup.
    const qsizetype split = rest.lastIndexOf(QLatin1String("__"));
    if (split > 0) {
        if (const std::optional<Lookup> lookup = lookupFromName(rest.mid(split + 2))) {
            entry.lookup = *lookup;
            rest.truncate(split);
        }
    }
    if (rest.isEmpty())
        return std::nullopt;
    entry.field.column = rest;
    return entry;
}

Condition Condition::change(ConditionKind kind, QStringList fields, QStringList exclude,
                            bool excludeAuto)
{
    Condition condition;
    condition.kind = kind;
    condition.fields = std::move(fields);
    condition.exclude = std::move(exclude);
    condition.excludeAuto = excludeAuto;
    return condition;
}

Condition Condition::q(QList<QEntry> entries)
{
    Condition condition;
    condition.kind = ConditionKind::Q;
    condition.entries = std::move(entries);
    return condition;
}

Condition Condition::allOf(QList<Condition> operands)
{
    Condition condition;
    condition.kind = ConditionKind::And;
    condition.operands = std::move(operands);
    return condition;
}

Condition Condition::anyOf(QList<Condition> operands)
{
    Condition condition;
    condition.kind = ConditionKind::Or;
    condition.operands = std::move(operands);
    return condition;
}

Condition Condition::negation(Condition operand)
{
    Condition condition;
    condition.kind = ConditionKind::Not;
    condition.operands = {std::move(operand)};
    return condition;
}

Condition Condition::rawSql(QString sql)
{
    Condition condition;
    condition.kind = ConditionKind::Sql;
    condition.sql = std::move(sql);
    return condition;
}

Condition Condition::exists(TableRef table, QList<ColumnMatch> matches, QString where)
{
    Condition condition;
    condition.kind = ConditionKind::Exists;
    condition.table = std::move(table);
    condition.matches = std::move(matches);
    condition.sql = std::move(where);
    return condition;
}

bool Condition::isChangeCondition() const
{
    return kind == ConditionKind::AnyChange || kind == ConditionKind::AnyDontChange
            || kind == ConditionKind::AllChange || kind == ConditionKind::AllDontChange;
}

ConditionReferences Condition::references() const
{
    ConditionReferences references;
    collectReferences(*this, references);
    return references;
}

QString conditionKindName(ConditionKind kind)
{
    return enumName(kindNames, kind);
}

std::optional<ConditionKind> conditionKindFromName(const QString &name)
{
    return enumFromName<ConditionKind>(kindNames, name);
}

QString lookupName(Lookup lookup)
{
    return enumName(lookupNames, lookup);
}

std::optional<Lookup> lookupFromName(const QString &name)
{
    return enumFromName<Lookup>(lookupNames, name);
}

bool sqlReferencesRow(const QString &sql, RowVersion row)
{
    const QLatin1String word = row == RowVersion::Old ? QLatin1String("old") : QLatin1String("new");
    const QList<SqlToken> tokens = significantSqlTokens(sql);
    for (qsizetype i = 0; i + 1 < tokens.size(); ++i) {
        if (tokens[i].kind == SqlTokenKind::Word
            && QStringView(sql)
                            .sliced(tokens[i].start, tokens[i].length())
                            .compare(word, Qt::CaseInsensitive)
                    == 0
            && tokens[i + 1].kind == SqlTokenKind::Punctuation
            && sql.at(tokens[i + 1].start) == u'.')
            return true;
    }
    return false;
}

} // namespace trigon
