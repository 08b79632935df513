#pragma once

#include "core/model/tableref.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trigon {

// Which row a condition, payload value or check reads.
enum class RowVersion { Old, New };

// A column of the OLD or the NEW row: "old__status" in a q key, {"f": "new__status"} as a value.
struct FieldRef
{
    RowVersion row = RowVersion::New;
    QString column;

    friend bool operator==(const FieldRef &, const FieldRef &) = default;
};

// The comparisons a q entry can make, after django-pgtrigger's lookups.
enum class Lookup {
    Exact, // =, or IS NULL for a null literal
    Df,    // IS DISTINCT FROM
    Ndf,   // IS NOT DISTINCT FROM
    Gt,
    Gte,
    Lt,
    Lte,
    In,     // the value is a JSON array of literals
    IsNull, // the value is true (IS NULL) or false (IS NOT NULL)
    Contains,
    IContains,
    StartsWith,
    EndsWith,
    Regex, // POSIX regular expression, ~
};

// One entry of a q: `field lookup value`, the value being a JSON literal or another field (F).
struct QEntry
{
    FieldRef field;
    Lookup lookup = Lookup::Exact;
    QJsonValue literal; // used when `ref` is empty
    std::optional<FieldRef> ref;

    // The key as written in design files: "old__status", "new__qty__gt".
    QString key() const;
    // Parses a key; nullopt when it does not start with old__/new__ or names no column.
    static std::optional<QEntry> fromKey(const QString &key);

    friend bool operator==(const QEntry &, const QEntry &) = default;
};

enum class ConditionKind {
    AnyChange,     // some listed field IS DISTINCT FROM its old value
    AnyDontChange, // some listed field keeps its value
    AllChange,     // every listed field changes
    AllDontChange, // no listed field changes
    Q,             // all entries hold
    And,
    Or,
    Not,    // operands holds exactly one condition
    Sql,    // raw SQL boolean expression over OLD/NEW
    Exists, // a row in another table matches: table, matches, and sql as extra comparisons
};

// Of an exists condition: the other table's `column` equals the trigger row's `field`.
struct ColumnMatch
{
    QString column;
    FieldRef field;

    friend bool operator==(const ColumnMatch &, const ColumnMatch &) = default;
};

// Which rows and columns a condition reads; raw SQL is scanned for OLD./NEW. references.
struct ConditionReferences
{
    bool oldRow = false;
    bool newRow = false;
    bool changeCondition = false; // an any_change/... compares OLD with NEW
};

// A trigger condition: a recursive value. Change conditions use fields/exclude/excludeAuto, q
// uses entries, and/or/not use operands, sql uses sql, exists uses table, matches and (for
// optional extra comparisons on the other table's row, called "other") sql.
struct Condition
{
    ConditionKind kind = ConditionKind::AnyChange;
    QStringList fields; // empty: every column of the table
    QStringList exclude;
    bool excludeAuto = false;
    QList<QEntry> entries;
    QList<Condition> operands;
    QString sql;
    TableRef table;
    QList<ColumnMatch> matches;

    static Condition change(ConditionKind kind, QStringList fields = {}, QStringList exclude = {},
                            bool excludeAuto = false);
    static Condition q(QList<QEntry> entries);
    static Condition allOf(QList<Condition> operands);
    static Condition anyOf(QList<Condition> operands);
    static Condition negation(Condition operand);
    static Condition rawSql(QString sql);
    static Condition exists(TableRef table, QList<ColumnMatch> matches, QString where = {});

    bool isChangeCondition() const;
    ConditionReferences references() const;

    friend bool operator==(const Condition &, const Condition &) = default;
};

// Names as written in design files: "any_change", "q", "and", ...; "exact", "df", "gt", ...
QString conditionKindName(ConditionKind kind);
std::optional<ConditionKind> conditionKindFromName(const QString &name);
QString lookupName(Lookup lookup);
std::optional<Lookup> lookupFromName(const QString &name);

// True when raw SQL mentions OLD.x / NEW.x (outside string literals and quoted identifiers).
bool sqlReferencesRow(const QString &sql, RowVersion row);

} // namespace trigon
