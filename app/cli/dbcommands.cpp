#include "app/cli/dbcommands.h"

#include "app/cli/clicommand.h"
#include "core/catalog/catalogjson.h"
#include "core/catalog/eventtriggerimport.h"
#include "core/catalog/tableselection.h"
#include "core/catalog/triggerimport.h"
#include "core/io/designfile.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/catalogloader.h"

#include <QCoreApplication>

#include <algorithm>

namespace trigon::cli {

namespace {

// Connects and loads the snapshot, or says why not on stderr.
std::optional<CatalogSnapshot> loadSnapshot(const QString &command, const QString &conninfo)
{
    pg::BlockingConnection connection(conninfo);
    if (!connection.isOpen()) {
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli::DbCommands",
                                                       "cannot connect: %1")
                                   .arg(connection.connectionError().toString())
                        << Qt::endl;
        return std::nullopt;
    }
    pg::PgError error;
    auto snapshot = pg::loadCatalog(connection, &error);
    if (!snapshot)
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli::DbCommands",
                                                       "cannot read the catalog: %1")
                                   .arg(error.toString())
                        << Qt::endl;
    return snapshot;
}

QString columnLine(const CatalogColumn &column)
{
    QStringList parts {column.name, column.type};
    if (column.primaryKey)
        parts << QStringLiteral("primary key");
    if (column.notNull)
        parts << QStringLiteral("not null");
    if (column.identity == ColumnIdentity::Always)
        parts << QStringLiteral("identity always");
    else if (column.identity == ColumnIdentity::ByDefault)
        parts << QStringLiteral("identity by default");
    if (!column.defaultExpression.isEmpty()) {
        parts << (column.generated ? QStringLiteral("generated ") : QStringLiteral("default "))
                        + column.defaultExpression;
    }
    if (column.looksAutomatic)
        parts << QCoreApplication::translate("trigon::cli::DbCommands", "auto (%1)")
                         .arg(column.automaticReason);
    return parts.join(QStringLiteral("  "));
}

QString triggerNotes(const CatalogTrigger &trigger)
{
    QStringList notes {enabledName(trigger.enabled)};
    if (trigger.isClone)
        notes << QCoreApplication::translate("trigon::cli::DbCommands",
                                             "clone of the partitioned table's trigger");
    if (trigger.madeByTrigon)
        notes << QCoreApplication::translate("trigon::cli::DbCommands", "made by Trigon");
    if (!trigger.comment.isEmpty())
        notes << QCoreApplication::translate("trigon::cli::DbCommands", "comment: %1")
                         .arg(trigger.comment);
    return notes.join(QStringLiteral("; "));
}

void printSnapshot(QTextStream &out, const CatalogSnapshot &snapshot)
{
    const ServerInfo &server = snapshot.server;
    out << server.version << '\n'
        << (server.superuser ? QCoreApplication::translate("trigon::cli::DbCommands",
                                                           "database %1, user %2 (superuser)")
                             : QCoreApplication::translate("trigon::cli::DbCommands",
                                                           "database %1, user %2"))
                    .arg(server.database, server.currentUser)
        << '\n'
        << QCoreApplication::translate("trigon::cli::DbCommands", "languages: %1")
                    .arg(server.languages.join(QStringLiteral(", ")))
        << '\n';
    QStringList extensions;
    for (const CatalogExtension &extension : server.extensions)
        extensions << extension.name + QLatin1Char(' ') + extension.version;
    out << QCoreApplication::translate("trigon::cli::DbCommands", "extensions: %1")
                    .arg(extensions.join(QStringLiteral(", ")))
        << '\n';
    if (!server.availableExtensions.isEmpty())
        out << QCoreApplication::translate("trigon::cli::DbCommands", "available to install: %1")
                        .arg(server.availableExtensions.join(QStringLiteral(", ")))
            << '\n';

    QHash<quint32, const CatalogRelation *> relationsByOid;
    for (const CatalogRelation &relation : snapshot.relations)
        relationsByOid.insert(relation.oid, &relation);
    for (const CatalogSchema &schema : snapshot.schemas) {
        out << '\n'
            << (schema.canCreate
                        ? QCoreApplication::translate("trigon::cli::DbCommands",
                                                      "schema %1 (owner %2)")
                        : QCoreApplication::translate("trigon::cli::DbCommands",
                                                      "schema %1 (owner %2, no CREATE privilege)"))
                        .arg(schema.name, schema.owner)
            << '\n';
        for (const CatalogRelation &relation : snapshot.relations) {
            if (relation.schema != schema.name)
                continue;
            out << "  " << relationKindName(relation.kind).replace(u'_', u' ') << ' '
                << relation.name;
            if (const CatalogRelation *parent = relationsByOid.value(relation.partitionParent))
                out << ' '
                    << QCoreApplication::translate("trigon::cli::DbCommands", "(partition of %1)")
                                .arg(parent->schema + u'.' + parent->name);
            if (!relation.canCreateTrigger)
                out << ' '
                    << QCoreApplication::translate("trigon::cli::DbCommands",
                                                   "(no TRIGGER privilege)");
            out << '\n';
            for (const CatalogColumn &column : relation.columns)
                out << "    " << columnLine(column) << '\n';
            for (const CatalogTrigger *trigger : snapshot.triggersOn(relation.oid)) {
                out << "    "
                    << QCoreApplication::translate("trigon::cli::DbCommands", "trigger %1 [%2]")
                                .arg(trigger->name, triggerNotes(*trigger))
                    << '\n'
                    << "      " << trigger->definition << '\n';
            }
        }
    }
    if (!snapshot.eventTriggers.isEmpty()) {
        out << '\n'
            << QCoreApplication::translate("trigon::cli::DbCommands", "event triggers") << '\n';
        for (const CatalogEventTrigger &trigger : snapshot.eventTriggers) {
            const CatalogFunction *function = snapshot.function(trigger.function);
            out << "  "
                << QCoreApplication::translate("trigon::cli::DbCommands", "%1 on %2")
                            .arg(trigger.name, trigger.event);
            if (!trigger.tags.isEmpty())
                out << " when tag in (" << trigger.tags.join(QStringLiteral(", ")) << ')';
            if (function)
                out << " -> " << function->schema << '.' << function->name << "()";
            out << " [" << enabledName(trigger.enabled) << "]\n";
        }
    }
    out.flush();
}

// Why --schema or --table name nothing in the database (a misspelt name must not pass as an
// empty design), or an empty string.
QString unknownFilter(const CatalogSnapshot &snapshot, const QString &schema, const QString &table)
{
    if (!schema.isEmpty()
        && std::none_of(snapshot.schemas.cbegin(), snapshot.schemas.cend(),
                        [&](const CatalogSchema &known) { return known.name == schema; }))
        return QCoreApplication::translate("trigon::cli", "--schema: no schema named %1")
                .arg(schema);
    if (!table.isEmpty()
        && std::none_of(snapshot.relations.cbegin(), snapshot.relations.cend(),
                        [&](const CatalogRelation &relation) {
                            return relation.name == table
                                    && (schema.isEmpty() || relation.schema == schema);
                        }))
        return schema.isEmpty()
                ? QCoreApplication::translate("trigon::cli", "--table: no table named %1")
                          .arg(table)
                : QCoreApplication::translate("trigon::cli",
                                              "--table: no table named %1 in schema %2")
                          .arg(table, schema);
    return QString();
}

} // namespace

int runCatalog(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption json(
            QStringLiteral("json"),
            QCoreApplication::translate("trigon::cli::DbCommands",
                                        "Print JSON (see docs/catalog.md) instead of text."));
    parser.addOptions({database, json});
    if (const int code = parseCommandLine(
                parser, arguments,
                QCoreApplication::translate(
                        "trigon::cli::DbCommands",
                        "Print a database's catalog: schemas, tables and views with their "
                        "columns, triggers with every property, trigger functions, event "
                        "triggers and what the connected role may do."));
        code >= 0)
        return code;
    if (!parser.isSet(database)) {
        standardError() << arguments.value(0) << ": "
                        << QCoreApplication::translate("trigon::cli::DbCommands",
                                                       "--db CONNINFO is required")
                        << Qt::endl;
        return ExitUsage;
    }
    const auto snapshot = loadSnapshot(arguments.value(0), parser.value(database));
    if (!snapshot)
        return ExitUsage;
    if (parser.isSet(json)) {
        // Straight to stdout's file as it is made: the JSON of a large catalog is tens of
        // megabytes. A failed write stops it and stays on the file, where runCli() reports it.
        QTextStream &out = standardOutput();
        out.flush();
        if (!writeCatalogJson(*snapshot, out.device()))
            return ExitUsage;
    } else {
        printSnapshot(standardOutput(), *snapshot);
    }
    return ExitOk;
}

int runImport(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption schema(
            QStringLiteral("schema"),
            QCoreApplication::translate("trigon::cli::DbCommands",
                                        "Only triggers on tables of this schema."),
            QStringLiteral("S"));
    const QCommandLineOption table(
            QStringLiteral("table"),
            QCoreApplication::translate("trigon::cli::DbCommands",
                                        "Only triggers on tables of this name."),
            QStringLiteral("T"));
    const QCommandLineOption output(
            QStringList {QStringLiteral("o"), QStringLiteral("output")},
            QCoreApplication::translate("trigon::cli::DbCommands",
                                        "The design file to write; - for stdout."),
            QStringLiteral("FILE"));
    parser.addOptions({database, schema, table, output});
    if (const int code = parseCommandLine(
                parser, arguments,
                QCoreApplication::translate(
                        "trigon::cli::DbCommands",
                        "Turn a database's triggers into a design file: every property is "
                        "kept, each PL/pgSQL function becomes a custom action, WHEN "
                        "clauses become conditions where the model can express them. Event "
                        "triggers come too, unless --schema or --table is given."));
        code >= 0)
        return code;
    const QString command = arguments.value(0);
    if (!parser.isSet(database) || !parser.isSet(output)) {
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli::DbCommands",
                                                       "--db CONNINFO and -o FILE are required")
                        << Qt::endl;
        return ExitUsage;
    }
    const auto snapshot = loadSnapshot(command, parser.value(database));
    if (!snapshot)
        return ExitUsage;
    if (const QString unknown = unknownFilter(*snapshot, parser.value(schema), parser.value(table));
        !unknown.isEmpty()) {
        standardError() << command << ": " << unknown << Qt::endl;
        return ExitUsage;
    }
    ImportResult imported = importTriggers(*snapshot, parser.value(schema), parser.value(table));
    for (const QString &note : imported.notes)
        standardError() << command << ": " << note << '\n';
    // Event triggers belong to no table or schema: a filter leaves them out.
    const bool withEventTriggers = !parser.isSet(schema) && !parser.isSet(table);
    if (withEventTriggers) {
        const EventTriggerImportResult events = importEventTriggers(*snapshot);
        for (const QString &note : events.notes)
            standardError() << command << ": " << note << '\n';
        for (const EventTriggerDesign &design : events.eventTriggers)
            imported.document.addEventTrigger(design);
        imported.skipped += events.skipped;
    }
    const QString file = parser.value(output);
    if (!writeOutput(command, file, serializeDesign(imported.document)))
        return ExitUsage;
    if (withEventTriggers) {
        const int eventTriggers = int(imported.document.eventTriggers.size());
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli",
                                                       "imported %n event trigger(s)", nullptr,
                                                       eventTriggers)
                        << Qt::endl;
    }
    standardError() << command << ": "
                    << QCoreApplication::translate("trigon::cli",
                                                   "imported %n trigger(s), skipped %1", nullptr,
                                                   int(imported.document.triggers.size()))
                               .arg(imported.skipped)
                    << Qt::endl;
    return ExitOk;
}

namespace {

QString tableList(const QList<TableRef> &tables)
{
    QStringList names;
    for (const TableRef &table : tables)
        names.append(table.displayName());
    return names.join(QStringLiteral(", "));
}

} // namespace

int runAttach(const QStringList &arguments)
{
    QCommandLineParser parser;
    const QCommandLineOption database = databaseOption();
    parser.addOption(database);
    parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QCoreApplication::translate("trigon::cli::DbCommands",
                                        "The design file, rewritten in place."));
    if (const int code
        = parseCommandLine(parser, arguments,
                           QCoreApplication::translate(
                                   "trigon::cli::DbCommands",
                                   "Apply each design's selector to a database: its \"tables\" "
                                   "become the tables the selector picks there now, each with its "
                                   "columns. Designs without a selector stay as they are."));
        code >= 0)
        return code;
    const QString command = arguments.value(0);
    if (!parser.isSet(database) || parser.positionalArguments().size() != 1) {
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli::DbCommands",
                                                       "one FILE and --db CONNINFO are required")
                        << Qt::endl;
        return ExitUsage;
    }
    const QString file = parser.positionalArguments().constFirst();
    const DesignReadResult read = readDesignFile(file);
    if (!read.ok()) {
        standardError() << read.error.toString() << Qt::endl;
        return ExitUsage;
    }
    DesignDocument document = *read.document;
    const bool anySelector
            = std::any_of(document.triggers.cbegin(), document.triggers.cend(),
                          [](const TriggerDesign &design) { return design.selector.has_value(); });
    if (!anySelector) {
        standardError() << QCoreApplication::translate("trigon::cli",
                                                       "%1: no design in %2 has a selector")
                                   .arg(command, file)
                        << Qt::endl;
        return ExitUsage;
    }
    const auto snapshot = loadSnapshot(command, parser.value(database));
    if (!snapshot)
        return ExitUsage;
    QStringList report;
    for (TriggerDesign &design : document.triggers) {
        if (!design.selector)
            continue;
        const Attachment attachment = attachSelectedTables(design, *snapshot);
        // An empty list would leave the design with no table at all: nothing is written.
        if (attachment.design.tables.isEmpty()) {
            standardError() << QCoreApplication::translate("trigon::cli",
                                                           "%1: the selector of %2 picks no "
                                                           "table in the database; %3 is "
                                                           "unchanged")
                                       .arg(command, design.name, file)
                            << Qt::endl;
            return ExitDesignErrors;
        }
        QString line = QCoreApplication::translate("trigon::cli", "%1: %n table(s)", nullptr,
                                                   int(attachment.design.tables.size()))
                               .arg(design.name);
        if (!attachment.added.isEmpty())
            line += QCoreApplication::translate("trigon::cli", "; attached %1")
                            .arg(tableList(attachment.added));
        if (!attachment.removed.isEmpty())
            line += QCoreApplication::translate("trigon::cli", "; detached %1")
                            .arg(tableList(attachment.removed));
        report.append(line);
        design = attachment.design;
    }
    if (!writeOutput(command, file, serializeDesign(document)))
        return ExitUsage;
    for (const QString &line : std::as_const(report))
        standardError() << command << ": " << line << '\n';
    standardError().flush();
    return ExitOk;
}

} // namespace trigon::cli
