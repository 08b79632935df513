#pragma once

#include <QList>
#include <QString>

namespace trigon {

// A table (or view) named by schema and name, both unquoted as the catalog stores them.
struct TableRef
{
    QString schema = QStringLiteral("public");
    QString name;

    bool isEmpty() const { return name.isEmpty(); }
    // "schema.name" for messages; SQL text goes through quoteQualifiedName() instead.
    QString displayName() const { return schema.isEmpty() ? name : schema + u'.' + name; }

    friend bool operator==(const TableRef &, const TableRef &) = default;
    friend size_t qHash(const TableRef &table, size_t seed = 0) noexcept
    {
        return qHashMulti(seed, table.schema, table.name);
    }
};

// A column of the trigger's table as the design knows it. Change conditions without fields use
// every known column; `autoMaintained` columns (a timestamp set by a default of now() or by a
// set_timestamp action) are dropped by exclude_auto; `key` columns pair OLD and NEW rows of
// statement-level transition tables.
struct TableColumn
{
    QString name;
    QString type;
    bool autoMaintained = false;
    bool key = false;

    friend bool operator==(const TableColumn &, const TableColumn &) = default;
};

// One of the tables a design over several tables puts its trigger on, with its own columns.
struct DesignTable
{
    TableRef table;
    QList<TableColumn> columns;

    friend bool operator==(const DesignTable &, const DesignTable &) = default;
};

// A function by schema and name, both unquoted; trigger functions take no declared arguments.
struct FunctionRef
{
    QString schema;
    QString name;

    QString displayName() const { return schema + u'.' + name; }
    friend bool operator==(const FunctionRef &, const FunctionRef &) = default;
};

} // namespace trigon
