#include "app/cli/designcommands.h"

#include "app/cli/clicommand.h"
#include "core/analysis/cascadeexport.h"
#include "core/analysis/cascadegraph.h"
#include "core/analysis/designvalidator.h"
#include "core/io/designfile.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/catalogloader.h"
#include "core/pg/functionchecker.h"
#include "core/pg/servercheck.h"
#include "core/sql/eventtriggerscript.h"
#include "core/sql/scriptrenderer.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QHash>
#include <QJsonDocument>
#include <QRegularExpression>

#include <algorithm>
#include <optional>
#include <variant>

namespace trigon::cli {

namespace {

// The designs named on the command line, each with its file.
struct LoadedDesign
{
    QString fileName;
    DesignDocument document;
};

struct CommonOptions
{
    QCommandLineOption serverVersion {
            QStringLiteral("server-version"),
            QCoreApplication::translate(
                    "trigon::cli::DesignCommands",
                    "Target PostgreSQL version, 9.6 to 17: a major version (15, 9.6) "
                    "or server_version_num (150000). Default: 15."),
            QStringLiteral("N"), QStringLiteral("15")};

    void addTo(QCommandLineParser &parser)
    {
        parser.addOption(serverVersion);
        parser.addPositionalArgument(
                QStringLiteral("FILE"),
                QCoreApplication::translate("trigon::cli::DesignCommands", "Design files."),
                QStringLiteral("FILE..."));
    }
};

std::optional<int> parseServerVersion(const QCommandLineParser &parser,
                                      const CommonOptions &options, const QString &command)
{
    // 15, 150000, or the old two-part style 9.6.
    const QStringList parts = parser.value(options.serverVersion).split(u'.');
    bool ok = parts.size() <= 2;
    int number = RenderOptions::versionNumber(parts.value(0).toInt(&ok));
    if (ok && parts.size() == 2) {
        bool minorOk = false;
        number = parts.at(0).toInt() * 10000 + parts.at(1).toInt(&minorOk) * 100;
        ok = minorOk && parts.at(0).toInt() < 10;
    }
    if (!ok) {
        standardError()
                << command << ": "
                << QCoreApplication::translate(
                           "trigon::cli::DesignCommands",
                           "--server-version: expected a PostgreSQL version such as 15, 9.6 or "
                           "150000, got '%1'")
                           .arg(parser.value(options.serverVersion))
                << Qt::endl;
        return std::nullopt;
    }
    // What Trigon renders for is checked against these; a version beyond them would get a script
    // nobody has run there.
    constexpr int oldestKnown = 90600;
    constexpr int newestKnownMajor = 17;
    if (number < oldestKnown || number >= (newestKnownMajor + 1) * 10000) {
        standardError() << QCoreApplication::translate(
                                   "trigon::cli",
                                   "%1: --server-version: Trigon knows PostgreSQL 9.6 to %2, got "
                                   "'%3'")
                                   .arg(command)
                                   .arg(newestKnownMajor)
                                   .arg(parser.value(options.serverVersion))
                        << Qt::endl;
        return std::nullopt;
    }
    return number;
}

// Reads every file; on the first failure prints it and returns nothing.
std::optional<QList<LoadedDesign>> loadDesigns(const QStringList &files, const QString &command)
{
    if (files.isEmpty()) {
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli::DesignCommands",
                                                       "no design file given (see --help)")
                        << Qt::endl;
        return std::nullopt;
    }
    QList<LoadedDesign> designs;
    for (const QString &file : files) {
        const DesignReadResult read = readDesignFile(file);
        if (!read.ok()) {
            standardError() << read.error.toString() << Qt::endl;
            return std::nullopt;
        }
        designs.append({file, *read.document});
    }
    return designs;
}

// Prints the diagnostics of every design to `out`, each line starting with its file. Returns
// whether any is an error.
bool reportDiagnostics(const QList<LoadedDesign> &designs, int serverVersion, QTextStream &out)
{
    bool errors = false;
    for (const LoadedDesign &design : designs) {
        QList<Diagnostic> diagnostics
                = validateDesign(design.document, {serverVersion, std::nullopt});
        // Loops and name-order dependencies among the file's own triggers.
        diagnostics.append(cascadeDiagnostics(buildCascadeGraph(design.document.triggers)));
        for (const Diagnostic &diagnostic : diagnostics)
            out << design.fileName << ": " << diagnostic.toString() << '\n';
        errors = errors || hasErrors(diagnostics);
    }
    out.flush();
    return errors;
}

QList<TriggerDesign> allTriggers(const QList<LoadedDesign> &designs)
{
    QList<TriggerDesign> triggers;
    for (const LoadedDesign &design : designs)
        triggers.append(design.document.triggers);
    return triggers;
}

// The triggers and event triggers of every file, as one document.
DesignDocument mergedDocument(const QList<LoadedDesign> &designs)
{
    DesignDocument document;
    for (const LoadedDesign &design : designs) {
        document.triggers.append(design.document.triggers);
        document.eventTriggers.append(design.document.eventTriggers);
    }
    return document;
}

// The designs of `files` for a command that turns them into SQL: diagnostics go to stderr
// (stdout carries only what the command produces). Returns the exit code instead when the files
// cannot be read (2) or a design has errors (1).
std::variant<QList<LoadedDesign>, int> loadDesignsWithoutErrors(const QStringList &files,
                                                                int serverVersion,
                                                                const QString &command,
                                                                const QString &refusal)
{
    const std::optional<QList<LoadedDesign>> designs = loadDesigns(files, command);
    if (!designs)
        return ExitUsage;
    bool errors = reportDiagnostics(*designs, serverVersion, standardError());
    // One script holds the triggers of every file: two files must not define the same trigger.
    // The files that define each name on each table, found by hashing: searching every earlier
    // file for every trigger was quadratic.
    QHash<std::pair<TableRef, QString>, QList<qsizetype>> definedIn;
    for (qsizetype f = 0; f < designs->size(); ++f) {
        const QList<TriggerDesign> &triggers = designs->at(f).document.triggers;
        for (const TriggerDesign &trigger : triggers) {
            // Only earlier files are in it: this file's triggers are added below.
            const QList<qsizetype> earlier = definedIn.value({trigger.table, trigger.name});
            for (const qsizetype e : earlier) {
                standardError() << designs->at(f).fileName << ": error: " << oneLine(trigger.name)
                                << ": name: "
                                << QCoreApplication::translate(
                                           "trigon::cli::DesignCommands",
                                           "%1 has a trigger of this name on the same table; one "
                                           "would replace the other")
                                           .arg(designs->at(e).fileName)
                                << Qt::endl;
                errors = true;
            }
        }
        for (const TriggerDesign &trigger : triggers) {
            QList<qsizetype> &files = definedIn[{trigger.table, trigger.name}];
            if (files.isEmpty() || files.constLast() != f)
                files.append(f);
        }
    }
    // Event triggers are the database's: one name, one event trigger, whatever the file.
    QHash<QString, qsizetype> eventTriggerFile;
    for (qsizetype f = 0; f < designs->size(); ++f) {
        for (const EventTriggerDesign &design : designs->at(f).document.eventTriggers) {
            const auto earlier = eventTriggerFile.constFind(design.name);
            if (earlier != eventTriggerFile.cend() && *earlier != f) {
                standardError() << designs->at(f).fileName << ": error: " << oneLine(design.name)
                                << ": name: "
                                << QCoreApplication::translate(
                                           "trigon::cli::DesignCommands",
                                           "%1 has an event trigger of this name; one would "
                                           "replace the other")
                                           .arg(designs->at(*earlier).fileName)
                                << Qt::endl;
                errors = true;
            }
            eventTriggerFile.insert(design.name, f);
        }
    }
    if (errors) {
        standardError() << command << ": " << refusal << ": "
                        << QCoreApplication::translate("trigon::cli::DesignCommands",
                                                       "the designs have errors")
                        << Qt::endl;
        return ExitDesignErrors;
    }
    return *designs;
}

// A trigger name made safe for a file name (names may hold slashes, dots, spaces, anything).
QString fileSafe(const QString &name)
{
    static const QRegularExpression unsafe(QStringLiteral("[^A-Za-z0-9_-]+"));
    QString safe = name;
    safe.replace(unsafe, QStringLiteral("_"));
    return safe.left(80).isEmpty() ? QStringLiteral("trigger") : safe.left(80);
}

} // namespace

int runRender(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption uninstall(
            QStringLiteral("uninstall"),
            QCoreApplication::translate("trigon::cli::DesignCommands",
                                        "Print the uninstall script instead."));
    const QCommandLineOption output(
            {QStringLiteral("o"), QStringLiteral("output")},
            QCoreApplication::translate("trigon::cli::DesignCommands",
                                        "Write the script to OUT instead of stdout (- "
                                        "is stdout); OUT is replaced only once all of "
                                        "it is written."),
            QStringLiteral("OUT"));
    const QCommandLineOption noTransaction(
            QStringLiteral("no-transaction"),
            QCoreApplication::translate("trigon::cli::DesignCommands",
                                        "Do not wrap the script in BEGIN/COMMIT."));
    parser.addOptions({uninstall, output, noTransaction});
    if (const int exit = parseCommandLine(
                parser, arguments,
                QCoreApplication::translate("trigon::cli::DesignCommands",
                                            "Prints the install (or uninstall) script of "
                                            "the triggers of the design files."));
        exit >= 0)
        return exit;
    const std::optional<int> version = parseServerVersion(parser, common, command);
    if (!version)
        return ExitUsage;
    const auto designs = loadDesignsWithoutErrors(
            parser.positionalArguments(), *version, command,
            QCoreApplication::translate("trigon::cli::DesignCommands", "not rendered"));
    if (const int *exit = std::get_if<int>(&designs))
        return *exit;
    RenderOptions options;
    options.serverVersion = *version;
    options.singleTransaction = !parser.isSet(noTransaction);
    const DesignDocument document = mergedDocument(std::get<QList<LoadedDesign>>(designs));
    const QString script = parser.isSet(uninstall) ? renderUninstallScript(document, options)
                                                   : renderInstallScript(document, options);
    const QString target = parser.isSet(output) ? parser.value(output) : QStringLiteral("-");
    return writeOutput(command, target, script.toUtf8()) ? ExitOk : ExitUsage;
}

int runLint(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    QCommandLineOption database = databaseOption();
    database.setDescription(QCoreApplication::translate(
            "trigon::cli::DesignCommands",
            "Also check against this database, changing nothing: that the languages of the "
            "functions are there, that existing functions exist, that raw WHEN conditions "
            "parse."));
    parser.addOption(database);
    if (const int exit = parseCommandLine(
                parser, arguments,
                QCoreApplication::translate("trigon::cli::DesignCommands",
                                            "Checks design files and prints their "
                                            "diagnostics. Exit status 1 when a design has "
                                            "errors."));
        exit >= 0)
        return exit;
    const std::optional<int> version = parseServerVersion(parser, common, command);
    if (!version)
        return ExitUsage;
    const std::optional<QList<LoadedDesign>> designs
            = loadDesigns(parser.positionalArguments(), command);
    if (!designs)
        return ExitUsage;
    bool errors = reportDiagnostics(*designs, *version, standardOutput());
    if (parser.isSet(database)) {
        pg::BlockingConnection connection(parser.value(database));
        if (!connection.isOpen()) {
            standardError() << command << ": " << connection.connectionError().toString()
                            << Qt::endl;
            return ExitUsage;
        }
        for (const LoadedDesign &design : *designs) {
            pg::PgError error;
            const std::optional<QList<Diagnostic>> found
                    = pg::serverDiagnostics(connection, design.document.triggers, &error);
            if (!found) {
                standardError() << command << ": " << error.toString() << Qt::endl;
                return ExitUsage;
            }
            for (const Diagnostic &diagnostic : *found)
                standardOutput() << design.fileName << ": " << diagnostic.toString() << '\n';
            errors = errors || hasErrors(*found);
        }
        standardOutput().flush();
    }
    return errors ? ExitDesignErrors : ExitOk;
}

int runExport(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    CommonOptions common;
    common.addTo(parser);
    const QCommandLineOption outDir(
            QStringLiteral("out-dir"),
            QCoreApplication::translate("trigon::cli::DesignCommands",
                                        "Directory to write the scripts to (created if "
                                        "missing)."),
            QStringLiteral("DIR"));
    const QCommandLineOption layout(
            QStringLiteral("layout"),
            QCoreApplication::translate(
                    "trigon::cli::DesignCommands",
                    "single: install.sql and uninstall.sql; per-trigger: NNN_<name>.sql and "
                    "NNN_<name>.undo.sql; flyway: V<n>__<name>.sql and U<n>__<name>.sql."),
            QStringLiteral("LAYOUT"), QStringLiteral("single"));
    const QCommandLineOption firstVersion(
            QStringLiteral("first-version"),
            QCoreApplication::translate("trigon::cli::DesignCommands",
                                        "flyway: the version of the first script "
                                        "(default 1)."),
            QStringLiteral("N"), QStringLiteral("1"));
    parser.addOptions({outDir, layout, firstVersion});
    if (const int exit = parseCommandLine(
                parser, arguments,
                QCoreApplication::translate("trigon::cli::DesignCommands",
                                            "Writes install and uninstall scripts of the "
                                            "design files."));
        exit >= 0)
        return exit;
    const std::optional<int> version = parseServerVersion(parser, common, command);
    if (!version)
        return ExitUsage;
    const QString layoutName = parser.value(layout);
    if (layoutName != QLatin1String("single") && layoutName != QLatin1String("per-trigger")
        && layoutName != QLatin1String("flyway")) {
        standardError() << command << ": "
                        << QCoreApplication::translate(
                                   "trigon::cli::DesignCommands",
                                   "--layout: expected single, per-trigger or flyway, got '%1'")
                                   .arg(layoutName)
                        << Qt::endl;
        return ExitUsage;
    }
    bool firstOk = false;
    const int first = parser.value(firstVersion).toInt(&firstOk);
    if (!firstOk || first < 1) {
        standardError() << command << ": "
                        << QCoreApplication::translate(
                                   "trigon::cli::DesignCommands",
                                   "--first-version: expected a positive number")
                        << Qt::endl;
        return ExitUsage;
    }
    if (!parser.isSet(outDir)) {
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli::DesignCommands",
                                                       "--out-dir is required")
                        << Qt::endl;
        return ExitUsage;
    }
    const auto designs = loadDesignsWithoutErrors(
            parser.positionalArguments(), *version, command,
            QCoreApplication::translate("trigon::cli::DesignCommands", "not exported"));
    if (const int *exit = std::get_if<int>(&designs))
        return *exit;
    const QDir dir(parser.value(outDir));
    if (!QDir().mkpath(dir.path())) {
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli::DesignCommands",
                                                       "cannot create %1")
                                   .arg(dir.path())
                        << Qt::endl;
        return ExitUsage;
    }

    RenderOptions options;
    options.serverVersion = *version;
    // Each file is one unit: a migration tool runs it in its own transaction.
    QList<std::pair<QString, QString>> files; // name, contents
    const DesignDocument document = mergedDocument(std::get<QList<LoadedDesign>>(designs));
    const QList<TriggerDesign> &triggers = document.triggers;
    if (layoutName == QLatin1String("single")) {
        files.append({QStringLiteral("install.sql"), renderInstallScript(document, options)});
        files.append({QStringLiteral("uninstall.sql"), renderUninstallScript(document, options)});
    } else {
        const bool flyway = layoutName == QLatin1String("flyway");
        if (flyway)
            options.singleTransaction = false; // Flyway wraps each migration itself
        // The i-th script pair of the export, numbered as its layout wants.
        const auto addScripts = [&](qsizetype i, const QString &name, const QString &install,
                                    const QString &undo) {
            if (flyway) {
                const qsizetype n = first + i;
                files.append({QStringLiteral("V%1__%2.sql").arg(n).arg(name), install});
                files.append({QStringLiteral("U%1__%2.sql").arg(n).arg(name), undo});
            } else {
                const QString prefix
                        = QStringLiteral("%1_%2").arg(i + 1, 3, 10, QLatin1Char('0')).arg(name);
                files.append({prefix + QStringLiteral(".sql"), install});
                files.append({prefix + QStringLiteral(".undo.sql"), undo});
            }
        };
        for (qsizetype i = 0; i < triggers.size(); ++i) {
            const QList<TriggerDesign> one {triggers.at(i)};
            addScripts(i, fileSafe(triggers.at(i).name), renderInstallScript(one, options),
                       renderUninstallScript(one, options));
        }
        // Then each event trigger, numbered on from the triggers: an attach action's function
        // names their functions.
        for (qsizetype e = 0; e < document.eventTriggers.size(); ++e) {
            const EventTriggerDesign &design = document.eventTriggers.at(e);
            addScripts(triggers.size() + e, fileSafe(design.name),
                       renderEventTriggerScript(design, triggers, options, false),
                       renderEventTriggerScript(design, triggers, options, true));
        }
    }
    for (const auto &[name, contents] : files) {
        const QString path = dir.filePath(name);
        if (!writeOutput(command, path, contents.toUtf8()))
            return ExitUsage;
        standardOutput() << path << '\n';
    }
    standardOutput().flush();
    return ExitOk;
}

int runGraph(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    QCommandLineOption database = databaseOption();
    database.setDescription(QCoreApplication::translate(
            "trigon::cli::DesignCommands",
            "Also draw the triggers installed in this database (designs replace the installed "
            "triggers of their names); unqualified tables resolve through its search_path."));
    parser.addOption(database);
    const QCommandLineOption format(
            QStringLiteral("format"),
            QCoreApplication::translate("trigon::cli::DesignCommands",
                                        "dot (Graphviz, the default) or json."),
            QStringLiteral("FORMAT"), QStringLiteral("dot"));
    parser.addOption(format);
    const QCommandLineOption output(
            {QStringLiteral("o"), QStringLiteral("output")},
            QCoreApplication::translate("trigon::cli::DesignCommands",
                                        "Write to OUT instead of standard output."),
            QStringLiteral("OUT"), QStringLiteral("-"));
    parser.addOption(output);
    if (const int exit = parseCommandLine(
                parser, arguments,
                QCoreApplication::translate(
                        "trigon::cli::DesignCommands",
                        "Prints the cascade graph: which tables each trigger writes and which "
                        "triggers those writes fire. Loops are drawn red and reported on "
                        "standard error."));
        exit >= 0)
        return exit;
    const QString formatName = parser.value(format);
    if (formatName != u"dot" && formatName != u"json") {
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli::DesignCommands",
                                                       "unknown format \"%1\" (dot or json)")
                                   .arg(oneLine(formatName))
                        << Qt::endl;
        return ExitUsage;
    }
    const std::optional<QList<LoadedDesign>> designs
            = loadDesigns(parser.positionalArguments(), command);
    if (!designs)
        return ExitUsage;

    std::optional<CatalogSnapshot> catalog;
    CascadeOptions options;
    if (parser.isSet(database)) {
        pg::BlockingConnection connection(parser.value(database));
        if (!connection.isOpen()) {
            standardError() << command << ": " << connection.connectionError().toString()
                            << Qt::endl;
            return ExitUsage;
        }
        pg::PgError error;
        catalog = pg::loadCatalog(connection, &error);
        const pg::QueryResult path
                = connection.exec(QStringLiteral("SELECT unnest(current_schemas(false))"));
        if (!catalog || !path.ok()) {
            standardError() << command << ": " << (catalog ? path.error() : error).toString()
                            << Qt::endl;
            return ExitUsage;
        }
        options.searchPath.clear();
        for (int row = 0; row < path.rowCount(); ++row)
            options.searchPath.append(path.value(row, 0));
        // The report is a refinement: without it unqualified names follow the search path.
        if (const auto functionTables = pg::triggerFunctionTables(connection, &error))
            options.functionTables = *functionTables;
        else
            standardError() << command << ": "
                            << QCoreApplication::translate(
                                       "trigon::cli::DesignCommands",
                                       "warning: plpgsql_check's dependency report failed, "
                                       "unqualified table names follow the search path: %1")
                                       .arg(error.toString())
                            << Qt::endl;
    }

    // Which file each trigger comes from, for the diagnostics.
    const QList<TriggerDesign> triggers = allTriggers(*designs);
    QStringList fileOfTrigger;
    for (const LoadedDesign &design : *designs) {
        for (qsizetype i = 0; i < design.document.triggers.size(); ++i)
            fileOfTrigger.append(design.fileName);
    }
    const CascadeGraph graph = buildCascadeGraph(triggers, catalog ? &*catalog : nullptr, options);
    for (const Diagnostic &diagnostic : cascadeDiagnostics(graph))
        standardError() << fileOfTrigger.value(diagnostic.triggerIndex) << ": "
                        << diagnostic.toString() << '\n';
    standardError().flush();

    const QByteArray text = formatName == u"json"
            ? QJsonDocument(cascadeJson(graph)).toJson(QJsonDocument::Indented)
            : cascadeDot(graph).toUtf8();
    if (!writeOutput(command, parser.value(output), text))
        return ExitUsage;
    return ExitOk;
}

} // namespace trigon::cli
