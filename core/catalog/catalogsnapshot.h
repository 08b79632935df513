#pragma once

#include "core/model/triggerdesign.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace trigon {

// A picture of one database's catalog, as plain values: what the catalog browser shows, what
// import turns into designs and what `trigon-cli catalog` prints. System schemas are left out.
// Objects refer to each other by oid (PostgreSQL's own ids, stable while the object lives).

struct CatalogExtension
{
    QString name;
    QString version;
    QString schema;

    friend bool operator==(const CatalogExtension &, const CatalogExtension &) = default;
};

// Read once per connection: what the server is and what the connected role may do there.
struct ServerInfo
{
    int versionNumber = 0; // server_version_num, e.g. 150018
    QString version;       // version(): "PostgreSQL 15.18 (Debian ...) on x86_64..."
    QString database;
    QString currentUser;
    bool superuser = false;
    QStringList languages;              // installed procedural and built-in languages
    QList<CatalogExtension> extensions; // installed
    // Of the extensions Trigon can use (plpgsql_check, pgtap, pg_net, http, plpython3u), those
    // the server offers but this database has not installed.
    QStringList availableExtensions;

    bool hasLanguage(const QString &name) const { return languages.contains(name); }
    bool hasExtension(const QString &name) const;
    // Event triggers can only be created by superusers.
    bool canCreateEventTriggers() const { return superuser; }

    friend bool operator==(const ServerInfo &, const ServerInfo &) = default;
};

struct CatalogSchema
{
    quint32 oid = 0;
    QString name;
    QString owner;
    QString comment;
    bool canCreate = false; // CREATE privilege: functions can be made here
    bool canUse = false;    // USAGE privilege

    friend bool operator==(const CatalogSchema &, const CatalogSchema &) = default;
};

enum class RelationKind {
    Table,
    PartitionedTable,
    View,
    MaterializedView,
    ForeignTable,
};

enum class ColumnIdentity { None, Always, ByDefault };

struct CatalogColumn
{
    QString name;
    int number = 0; // attnum
    QString type;   // format_type(): "character varying(20)", "timestamp with time zone"
    bool notNull = false;
    QString defaultExpression; // pg_get_expr of the default, empty when none
    ColumnIdentity identity = ColumnIdentity::None;
    bool generated = false; // GENERATED ALWAYS AS (...) STORED; defaultExpression holds it
    bool primaryKey = false;
    // Maintained by the database rather than written by applications: a date/time column whose
    // default is now() or alike, or one a BEFORE row trigger's function assigns (NEW.col := ...).
    // Change conditions can exclude such columns (exclude_auto).
    bool looksAutomatic = false;
    QString automaticReason; // for the user: "default now()", "set by trigger orders_touch"

    friend bool operator==(const CatalogColumn &, const CatalogColumn &) = default;
};

struct CatalogRelation
{
    quint32 oid = 0;
    QString schema;
    QString name;
    RelationKind kind = RelationKind::Table;
    bool isPartition = false;
    quint32 partitionParent = 0; // oid of the partitioned table, when isPartition
    QString owner;
    QString comment;
    QList<CatalogColumn> columns; // in attnum order
    // TRIGGER privilege: the connected role may create triggers on it.
    bool canCreateTrigger = false;

    QStringList primaryKey() const;
    const CatalogColumn *column(const QString &name) const;
    bool isTable() const
    {
        return kind == RelationKind::Table || kind == RelationKind::PartitionedTable;
    }

    friend bool operator==(const CatalogRelation &, const CatalogRelation &) = default;
};

struct CatalogTrigger
{
    quint32 oid = 0;
    quint32 relation = 0; // the table or view it is on
    QString schema;       // of the relation
    QString table;
    QString name;
    TriggerTiming timing = TriggerTiming::After;
    QList<TriggerEvent> events; // in the order INSERT, UPDATE, DELETE, TRUNCATE
    QStringList columns;        // UPDATE OF
    TriggerLevel level = TriggerLevel::Row;
    QString oldTable; // REFERENCING OLD TABLE AS
    QString newTable;
    bool isConstraint = false;
    bool deferrable = false;
    bool initiallyDeferred = false;
    QString constraintFromSchema; // FROM referenced table of a constraint trigger
    QString constraintFromTable;
    QString when;          // the WHEN expression without "WHEN (" ")", empty when none
    QStringList arguments; // TG_ARGV
    TriggerEnabled enabled = TriggerEnabled::Origin; // pg_trigger.tgenabled
    QString comment;           // the user's comment, without Trigon's marker line
    bool madeByTrigon = false; // its comment carries Trigon's marker
    // Cloned onto a partition from its partitioned table (tgparentid <> 0): changed only through
    // the parent's trigger.
    bool isClone = false;
    quint32 function = 0;
    QString definition; // pg_get_triggerdef()

    friend bool operator==(const CatalogTrigger &, const CatalogTrigger &) = default;
};

// A function returning trigger or event_trigger.
struct CatalogFunction
{
    quint32 oid = 0;
    QString schema;
    QString name;
    QString arguments; // identity arguments, normally empty for trigger functions
    QString language;  // plpgsql, plpython3u, c, internal, ...
    QString source;    // prosrc: the body between the dollar quotes
    bool forEventTrigger = false;
    bool securityDefiner = false;
    QString volatility; // "volatile", "stable", "immutable"
    QString owner;
    QString comment;
    bool madeByTrigon = false;

    // Whether `source` is code to read: a built-in's or a C function's is the name of its C
    // symbol.
    bool hasReadableSource() const
    {
        return language != QLatin1String("internal") && language != QLatin1String("c");
    }
    // The first `lines` lines of the source, with "…" when there are more.
    QString sourceExcerpt(qsizetype lines) const;

    friend bool operator==(const CatalogFunction &, const CatalogFunction &) = default;
};

struct CatalogEventTrigger
{
    quint32 oid = 0;
    QString name;
    QString event;    // ddl_command_start, ddl_command_end, sql_drop, table_rewrite
    QStringList tags; // WHEN TAG IN (...), empty for all
    TriggerEnabled enabled = TriggerEnabled::Origin;
    quint32 function = 0;
    QString owner;
    QString comment;
    bool madeByTrigon = false;

    friend bool operator==(const CatalogEventTrigger &, const CatalogEventTrigger &) = default;
};

struct CatalogSnapshot
{
    ServerInfo server;
    QList<CatalogSchema> schemas;     // by name
    QList<CatalogRelation> relations; // by schema, then name
    QList<CatalogTrigger> triggers;   // by relation oid, then name; internal ones left out
    QList<CatalogFunction> functions; // by oid
    QList<CatalogEventTrigger> eventTriggers;

    // Lookups; function() and triggersOn() rely on the orders above (binary search).
    const CatalogRelation *relation(quint32 oid) const;
    const CatalogRelation *relation(const QString &schema, const QString &name) const;
    const CatalogFunction *function(quint32 oid) const;
    const CatalogFunction *function(const QString &schema, const QString &name) const;
    QList<const CatalogTrigger *> triggersOn(quint32 relation) const;

    friend bool operator==(const CatalogSnapshot &, const CatalogSnapshot &) = default;
};

// "table", "partitioned_table", "view", "materialized_view", "foreign_table".
QString relationKindName(RelationKind kind);

// Fills looksAutomatic/automaticReason of every column from the defaults and from the sources of
// the BEFORE row triggers' functions. The catalog loader calls it; exposed for tests.
void markAutomaticColumns(CatalogSnapshot &snapshot);

} // namespace trigon
