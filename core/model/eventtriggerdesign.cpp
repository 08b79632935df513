#include "core/model/eventtriggerdesign.h"

#include "core/model/enumnames.h"
#include "core/model/variantkinds.h"

#include <array>
#include <utility>

namespace trigon {

namespace {

constexpr std::array<const char *, 5> eventNames
        = {"ddl_command_start", "ddl_command_end", "sql_drop", "table_rewrite", "login"};

// PostgreSQL 15's command tags marked event_trigger_ok (src/include/tcop/cmdtaglist.h).
constexpr std::array commandTags = {"ALTER ACCESS METHOD",
                                    "ALTER AGGREGATE",
                                    "ALTER CAST",
                                    "ALTER COLLATION",
                                    "ALTER CONSTRAINT",
                                    "ALTER CONVERSION",
                                    "ALTER DEFAULT PRIVILEGES",
                                    "ALTER DOMAIN",
                                    "ALTER EXTENSION",
                                    "ALTER FOREIGN DATA WRAPPER",
                                    "ALTER FOREIGN TABLE",
                                    "ALTER FUNCTION",
                                    "ALTER INDEX",
                                    "ALTER LANGUAGE",
                                    "ALTER LARGE OBJECT",
                                    "ALTER MATERIALIZED VIEW",
                                    "ALTER OPERATOR",
                                    "ALTER OPERATOR CLASS",
                                    "ALTER OPERATOR FAMILY",
                                    "ALTER POLICY",
                                    "ALTER PROCEDURE",
                                    "ALTER PUBLICATION",
                                    "ALTER ROUTINE",
                                    "ALTER RULE",
                                    "ALTER SCHEMA",
                                    "ALTER SEQUENCE",
                                    "ALTER SERVER",
                                    "ALTER STATISTICS",
                                    "ALTER SUBSCRIPTION",
                                    "ALTER TABLE",
                                    "ALTER TEXT SEARCH CONFIGURATION",
                                    "ALTER TEXT SEARCH DICTIONARY",
                                    "ALTER TEXT SEARCH PARSER",
                                    "ALTER TEXT SEARCH TEMPLATE",
                                    "ALTER TRANSFORM",
                                    "ALTER TRIGGER",
                                    "ALTER TYPE",
                                    "ALTER USER MAPPING",
                                    "ALTER VIEW",
                                    "COMMENT",
                                    "CREATE ACCESS METHOD",
                                    "CREATE AGGREGATE",
                                    "CREATE CAST",
                                    "CREATE COLLATION",
                                    "CREATE CONSTRAINT",
                                    "CREATE CONVERSION",
                                    "CREATE DOMAIN",
                                    "CREATE EXTENSION",
                                    "CREATE FOREIGN DATA WRAPPER",
                                    "CREATE FOREIGN TABLE",
                                    "CREATE FUNCTION",
                                    "CREATE INDEX",
                                    "CREATE LANGUAGE",
                                    "CREATE MATERIALIZED VIEW",
                                    "CREATE OPERATOR",
                                    "CREATE OPERATOR CLASS",
                                    "CREATE OPERATOR FAMILY",
                                    "CREATE POLICY",
                                    "CREATE PROCEDURE",
                                    "CREATE PUBLICATION",
                                    "CREATE ROUTINE",
                                    "CREATE RULE",
                                    "CREATE SCHEMA",
                                    "CREATE SEQUENCE",
                                    "CREATE SERVER",
                                    "CREATE STATISTICS",
                                    "CREATE SUBSCRIPTION",
                                    "CREATE TABLE",
                                    "CREATE TABLE AS",
                                    "CREATE TEXT SEARCH CONFIGURATION",
                                    "CREATE TEXT SEARCH DICTIONARY",
                                    "CREATE TEXT SEARCH PARSER",
                                    "CREATE TEXT SEARCH TEMPLATE",
                                    "CREATE TRANSFORM",
                                    "CREATE TRIGGER",
                                    "CREATE TYPE",
                                    "CREATE USER MAPPING",
                                    "CREATE VIEW",
                                    "DROP ACCESS METHOD",
                                    "DROP AGGREGATE",
                                    "DROP CAST",
                                    "DROP COLLATION",
                                    "DROP CONSTRAINT",
                                    "DROP CONVERSION",
                                    "DROP DOMAIN",
                                    "DROP EXTENSION",
                                    "DROP FOREIGN DATA WRAPPER",
                                    "DROP FOREIGN TABLE",
                                    "DROP FUNCTION",
                                    "DROP INDEX",
                                    "DROP LANGUAGE",
                                    "DROP MATERIALIZED VIEW",
                                    "DROP OPERATOR",
                                    "DROP OPERATOR CLASS",
                                    "DROP OPERATOR FAMILY",
                                    "DROP OWNED",
                                    "DROP POLICY",
                                    "DROP PROCEDURE",
                                    "DROP PUBLICATION",
                                    "DROP ROUTINE",
                                    "DROP RULE",
                                    "DROP SCHEMA",
                                    "DROP SEQUENCE",
                                    "DROP SERVER",
                                    "DROP STATISTICS",
                                    "DROP SUBSCRIPTION",
                                    "DROP TABLE",
                                    "DROP TEXT SEARCH CONFIGURATION",
                                    "DROP TEXT SEARCH DICTIONARY",
                                    "DROP TEXT SEARCH PARSER",
                                    "DROP TEXT SEARCH TEMPLATE",
                                    "DROP TRANSFORM",
                                    "DROP TRIGGER",
                                    "DROP TYPE",
                                    "DROP USER MAPPING",
                                    "DROP VIEW",
                                    "GRANT",
                                    "IMPORT FOREIGN SCHEMA",
                                    "REFRESH MATERIALIZED VIEW",
                                    "REVOKE",
                                    "SECURITY LABEL",
                                    "SELECT INTO"};

constexpr auto actionNames = variantKindNames<EventAction>();

QStringList namesOf(const auto &names)
{
    QStringList list;
    list.reserve(qsizetype(names.size()));
    for (const char *name : names)
        list.append(QString::fromLatin1(name));
    return list;
}

} // namespace

QString ddlEventName(DdlEvent event)
{
    return enumName(eventNames, event);
}

std::optional<DdlEvent> ddlEventFromName(const QString &name)
{
    return enumFromName<DdlEvent>(eventNames, name);
}

QStringList ddlEventNames()
{
    return namesOf(eventNames);
}

int ddlEventSinceVersion(DdlEvent event)
{
    return event == DdlEvent::Login ? 170000 : 90500;
}

bool ddlEventKnowsObjects(DdlEvent event)
{
    return event == DdlEvent::DdlCommandEnd || event == DdlEvent::SqlDrop
            || event == DdlEvent::TableRewrite;
}

QStringList eventTriggerCommandTags()
{
    return namesOf(commandTags);
}

QStringList commandTagsFiringFor(DdlEvent event)
{
    QStringList tags;
    switch (event) {
    case DdlEvent::DdlCommandStart:
    case DdlEvent::DdlCommandEnd:
        return eventTriggerCommandTags();
    case DdlEvent::SqlDrop:
        // Every DROP, and the commands that can drop a part of an object: ALTER TABLE ... DROP
        // COLUMN or CONSTRAINT, ALTER EXTENSION ... DROP, ALTER TYPE ... DROP ATTRIBUTE, ...
        for (const QString &tag : eventTriggerCommandTags()) {
            if (tag.startsWith(QLatin1String("DROP ")) || tag.startsWith(QLatin1String("ALTER ")))
                tags.append(tag);
        }
        return tags;
    case DdlEvent::TableRewrite:
        return {QStringLiteral("ALTER MATERIALIZED VIEW"), QStringLiteral("ALTER TABLE"),
                QStringLiteral("ALTER TYPE")};
    case DdlEvent::Login:
        return {};
    }
    return {};
}

QString eventActionKindName(EventActionKind kind)
{
    return enumName(actionNames, kind);
}

std::optional<EventActionKind> eventActionKindFromName(const QString &name)
{
    return enumFromName<EventActionKind>(actionNames, name);
}

QStringList eventActionKindNames()
{
    return namesOf(actionNames);
}

EventAction makeEventAction(EventActionKind kind)
{
    return defaultAlternative<EventAction>(size_t(kind));
}

} // namespace trigon
