#include "app/cli/deploycommands.h"

#include "app/cli/clicommand.h"
#include "core/analysis/deployplan.h"
#include "core/analysis/designvalidator.h"
#include "core/analysis/diagnostic.h"
#include "core/analysis/triggerstatus.h"
#include "core/io/designfile.h"
#include "core/pg/blockingconnection.h"
#include "core/pg/deployer.h"
#include "core/pg/testrunner.h"
#include "core/sql/pgtapscript.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QXmlStreamWriter>

#include <algorithm>

#include <memory>
#include <optional>
#include <utility>
#include <variant>

namespace trigon::cli {

namespace {

// The triggers and event triggers of every file.
struct LoadedTriggers
{
    QList<TriggerDesign> triggers;
    QList<EventTriggerDesign> eventTriggers;
};

// The triggers of every file, or the exit code when a file cannot be read, a design has errors
// or two files define the same trigger (or event trigger).
std::variant<LoadedTriggers, int> loadTriggers(const QStringList &files, const QString &command)
{
    if (files.isEmpty()) {
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli::DeployCommands",
                                                       "no design file given (see --help)")
                        << Qt::endl;
        return ExitUsage;
    }
    LoadedTriggers loaded;
    QList<TriggerDesign> &triggers = loaded.triggers;
    bool errors = false;
    for (const QString &file : files) {
        const DesignReadResult read = readDesignFile(file);
        if (!read.ok()) {
            standardError() << read.error.toString() << Qt::endl;
            return ExitUsage;
        }
        const QList<Diagnostic> diagnostics = validateDesign(*read.document, {});
        for (const Diagnostic &diagnostic : diagnostics)
            standardError() << file << ": " << diagnostic.toString() << '\n';
        errors = errors || hasErrors(diagnostics);
        for (const TriggerDesign &trigger : read.document->triggers) {
            for (const TriggerDesign &other : triggers) {
                if (other.table == trigger.table && other.name == trigger.name) {
                    standardError() << file << ": error: "
                                    << QCoreApplication::translate(
                                               "trigon::cli::DeployCommands",
                                               "%1 on %2 is defined by another file too")
                                               .arg(oneLine(trigger.name),
                                                    oneLine(trigger.table.displayName()))
                                    << '\n';
                    errors = true;
                }
            }
            triggers.append(trigger);
        }
        for (const EventTriggerDesign &eventTrigger : read.document->eventTriggers) {
            for (const EventTriggerDesign &other : loaded.eventTriggers) {
                if (other.name == eventTrigger.name) {
                    standardError() << file << ": error: "
                                    << QCoreApplication::translate(
                                               "trigon::cli::DeployCommands",
                                               "the event trigger %1 is defined by another file "
                                               "too")
                                               .arg(oneLine(eventTrigger.name))
                                    << '\n';
                    errors = true;
                }
            }
            loaded.eventTriggers.append(eventTrigger);
        }
    }
    standardError().flush();
    if (errors) {
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli::DeployCommands",
                                                       "the designs have errors")
                        << Qt::endl;
        return ExitDesignErrors;
    }
    return loaded;
}

// The open connection of --db, or nothing after printing why.
std::unique_ptr<pg::BlockingConnection> connect(const QCommandLineParser &parser,
                                                const QString &command)
{
    if (!parser.isSet(QStringLiteral("db"))) {
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli::DeployCommands",
                                                       "--db CONNINFO is required")
                        << Qt::endl;
        return nullptr;
    }
    auto connection = std::make_unique<pg::BlockingConnection>(parser.value(QStringLiteral("db")));
    if (!connection->isOpen()) {
        standardError() << command << ": " << connection->connectionError().toString() << Qt::endl;
        return nullptr;
    }
    return connection;
}

// One line per status: the state, where (a table, or "event trigger" for an event trigger, in
// English like the states: scripts match them), the name and the reasons.
void printStatusLine(QTextStream &out, TriggerState state, const QString &where,
                     const QString &name, const QStringList &reasons)
{
    out << qSetFieldWidth(11) << Qt::left << triggerStateName(state) << qSetFieldWidth(0)
        << oneLine(where) << ' ' << oneLine(name);
    if (!reasons.isEmpty())
        out << "  (" << oneLine(reasons.join(QStringLiteral("; "))) << ')';
    out << '\n';
}

void printStatuses(const pg::StatusReport &report)
{
    QTextStream &out = standardOutput();
    for (const TriggerStatus &status : report.statuses)
        printStatusLine(out, status.state, status.table.displayName(), status.name, status.reasons);
    for (const EventTriggerStatus &status : report.eventTriggerStatuses)
        printStatusLine(out, status.state, QStringLiteral("event trigger"), status.name,
                        status.reasons);
    out.flush();
}

// The design triggers that fired during the case's action, one line per firing in order, as
// "public.orders BEFORE ROW UPDATE orders_guard"; a firing repeated back to back (a row trigger
// over many rows) is folded into one line ending in "(x N)" so that big actions stay readable.
QStringList firedLines(const pg::TestCaseResult &result)
{
    QStringList lines;
    QString previous;
    int repeats = 0;
    const auto flush = [&] {
        if (repeats > 0)
            lines.append(repeats == 1 ? previous
                                      : QStringLiteral("%1 (x %2)").arg(previous).arg(repeats));
    };
    for (const pg::FiredTrigger &fired : result.fired) {
        const QString line
                = QStringList {fired.table, fired.timing, fired.level, fired.event, fired.trigger}
                          .join(u' ');
        if (line == previous) {
            ++repeats;
            continue;
        }
        flush();
        previous = line;
        repeats = 1;
    }
    flush();
    return lines;
}

// One <testsuite> with a <testcase> per case, classname "schema.table.trigger"; the triggers
// fired go to its <system-out>.
QByteArray junitXml(const QList<pg::TestCaseResult> &results)
{
    QByteArray xml;
    QXmlStreamWriter writer(&xml);
    writer.setAutoFormatting(true);
    writer.writeStartDocument();
    writer.writeStartElement(QStringLiteral("testsuites"));
    writer.writeStartElement(QStringLiteral("testsuite"));
    writer.writeAttribute(QStringLiteral("name"), QStringLiteral("trigon"));
    writer.writeAttribute(QStringLiteral("tests"), QString::number(results.size()));
    writer.writeAttribute(QStringLiteral("failures"),
                          QString::number(std::count_if(results.cbegin(), results.cend(),
                                                        [](const pg::TestCaseResult &result) {
                                                            return !result.passed;
                                                        })));
    for (const pg::TestCaseResult &result : results) {
        writer.writeStartElement(QStringLiteral("testcase"));
        writer.writeAttribute(QStringLiteral("classname"), result.table + u'.' + result.trigger);
        writer.writeAttribute(QStringLiteral("name"), result.testCase);
        writer.writeAttribute(QStringLiteral("time"),
                              QString::number(static_cast<double>(result.elapsedMs) / 1000.0));
        if (!result.passed) {
            writer.writeStartElement(QStringLiteral("failure"));
            writer.writeAttribute(QStringLiteral("message"), result.failures.value(0));
            writer.writeCharacters(result.failures.join(u'\n'));
            writer.writeEndElement();
        }
        const QStringList fired = firedLines(result);
        if (!fired.isEmpty())
            writer.writeTextElement(QStringLiteral("system-out"),
                                    QStringLiteral("fired:\n") + fired.join(u'\n'));
        writer.writeEndElement();
    }
    writer.writeEndElement();
    writer.writeEndElement();
    writer.writeEndDocument();
    return xml;
}

void printError(const QString &command, const pg::PgError &error)
{
    standardError() << command << ": " << error.toString() << Qt::endl;
}

} // namespace

int runStatus(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QCoreApplication::translate("trigon::cli::DeployCommands", "Design files."),
            QStringLiteral("FILE..."));
    const int parsed = parseCommandLine(
            parser, arguments,
            QCoreApplication::translate(
                    "trigon::cli::DeployCommands",
                    "Shows whether each designed trigger is missing, installed, outdated, "
                    "drifted, orphaned or unattached (a table the design's selector picks, "
                    "not yet in the design).\nExit status: 0 all installed, 3 something "
                    "differs, 1 design errors, 2 usage or connection errors."));
    if (parsed >= 0)
        return parsed;
    const auto loaded = loadTriggers(parser.positionalArguments(), command);
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    const LoadedTriggers &designs = std::get<LoadedTriggers>(loaded);
    const auto connection = connect(parser, command);
    if (!connection)
        return ExitUsage;
    pg::PgError error;
    const std::optional<pg::StatusReport> report
            = pg::checkStatus(*connection, designs.triggers, &error, designs.eventTriggers);
    if (!report) {
        printError(command, error);
        return ExitUsage;
    }
    printStatuses(*report);
    return allInstalled(report->statuses) && allInstalled(report->eventTriggerStatuses)
            ? ExitOk
            : ExitDiffers;
}

int runDeploy(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption dryRun(
            QStringLiteral("dry-run"),
            QCoreApplication::translate("trigon::cli::DeployCommands",
                                        "Print the plan and its script; change nothing."));
    const QCommandLineOption prune(
            QStringLiteral("prune"),
            QCoreApplication::translate("trigon::cli::DeployCommands",
                                        "Drop orphans: triggers (and their functions) "
                                        "Trigon made that no given design names."));
    const QCommandLineOption yes(
            QStringLiteral("yes"),
            QCoreApplication::translate("trigon::cli::DeployCommands",
                                        "Confirm destructive steps (drops, replacing a "
                                        "trigger changed by hand)."));
    const QCommandLineOption uninstall(
            QStringLiteral("uninstall"),
            QCoreApplication::translate(
                    "trigon::cli::DeployCommands",
                    "Instead of deploying, drop the designs' installed triggers and their "
                    "functions (only what Trigon made; destructive)."));
    const QCommandLineOption enable(
            QStringLiteral("enable"),
            QCoreApplication::translate(
                    "trigon::cli::DeployCommands",
                    "Instead of deploying, switch the designs' installed triggers on."));
    const QCommandLineOption disable(
            QStringLiteral("disable"),
            QCoreApplication::translate(
                    "trigon::cli::DeployCommands",
                    "Instead of deploying, switch the designs' installed triggers off."));
    const QCommandLineOption triggerFilter(
            QStringLiteral("trigger"),
            QCoreApplication::translate(
                    "trigon::cli::DeployCommands",
                    "With --uninstall, --enable or --disable: only this trigger "
                    "(repeatable)."),
            QStringLiteral("NAME"));
    parser.addOptions({dryRun, prune, yes, uninstall, enable, disable, triggerFilter});
    parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QCoreApplication::translate("trigon::cli::DeployCommands", "Design files."),
            QStringLiteral("FILE..."));
    const int parsed = parseCommandLine(
            parser, arguments,
            QCoreApplication::translate(
                    "trigon::cli::DeployCommands",
                    "Deploys the designs in one transaction, or uninstalls, enables or "
                    "disables their triggers.\nExit status: 0 deployed (or nothing to do), "
                    "1 design errors or the deploy failed and was rolled back, 2 usage or "
                    "connection errors or destructive steps without --yes, 3 --dry-run "
                    "with changes to make, 4 the connection was lost during COMMIT (the "
                    "message says whether the database shows it committed)."));
    if (parsed >= 0)
        return parsed;
    std::optional<TriggerOperation> operation;
    int operations = 0;
    for (const auto &[option, kind] : {std::pair {&uninstall, TriggerOperation::Uninstall},
                                       std::pair {&enable, TriggerOperation::Enable},
                                       std::pair {&disable, TriggerOperation::Disable}}) {
        if (parser.isSet(*option)) {
            operation = kind;
            ++operations;
        }
    }
    if (operations > 1 || (operation && parser.isSet(prune))
        || (!operation && parser.isSet(triggerFilter))) {
        standardError()
                << command << ": "
                << QCoreApplication::translate(
                           "trigon::cli::DeployCommands",
                           "use at most one of --uninstall, --enable and --disable, --prune only "
                           "to deploy, and --trigger only with one of them")
                << Qt::endl;
        return ExitUsage;
    }
    const auto loaded = loadTriggers(parser.positionalArguments(), command);
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    const QList<TriggerDesign> &triggers = std::get<LoadedTriggers>(loaded).triggers;
    const QList<EventTriggerDesign> &eventTriggers = std::get<LoadedTriggers>(loaded).eventTriggers;
    const QStringList onlyTriggers = parser.values(triggerFilter);
    for (const QString &name : onlyTriggers) {
        if (std::none_of(triggers.cbegin(), triggers.cend(),
                         [&name](const TriggerDesign &trigger) { return trigger.name == name; })
            && std::none_of(
                    eventTriggers.cbegin(), eventTriggers.cend(),
                    [&name](const EventTriggerDesign &design) { return design.name == name; })) {
            standardError() << command << ": "
                            << QCoreApplication::translate("trigon::cli::DeployCommands",
                                                           "no trigger named %1 in the designs")
                                       .arg(name)
                            << Qt::endl;
            return ExitUsage;
        }
    }
    const auto connection = connect(parser, command);
    if (!connection)
        return ExitUsage;
    pg::PlanRequest request;
    request.operation = operation;
    request.prune = parser.isSet(prune);
    // An operation acts on the designs' own triggers (never orphans), narrowed by --trigger.
    // A design over several tables has a trigger on each of them.
    for (const TriggerDesign &trigger : tableTriggers(triggers)) {
        if (onlyTriggers.isEmpty() || onlyTriggers.contains(trigger.name))
            request.targets.append({trigger.table, trigger.name});
    }
    for (const EventTriggerDesign &design : eventTriggers) {
        if (onlyTriggers.isEmpty() || onlyTriggers.contains(design.name))
            request.targets.append({TableRef {}, design.name});
    }
    pg::PgError error;
    const std::optional<pg::PreparedPlan> prepared
            = pg::preparePlan(*connection, triggers, request, &error, eventTriggers);
    if (!prepared) {
        printError(command, error);
        return ExitUsage;
    }
    // plpgsql_check's findings, when the database has it: errors stop the deploy.
    for (const Diagnostic &diagnostic : prepared->findings)
        standardError() << diagnostic.toString() << '\n';
    standardError().flush();
    if (hasErrors(prepared->findings)) {
        standardError() << command << ": "
                        << QCoreApplication::translate(
                                   "trigon::cli::DeployCommands",
                                   "plpgsql_check found errors; nothing was deployed")
                        << Qt::endl;
        return ExitDesignErrors;
    }
    const DeployPlan &plan = prepared->plan;

    QTextStream &out = standardOutput();
    for (const DeployStep &step : plan.steps) {
        out << qSetFieldWidth(8) << Qt::left << deployActionName(step.action) << qSetFieldWidth(0)
            << (step.eventTrigger ? QStringLiteral("event trigger")
                                  : oneLine(step.table.displayName()))
            << ' ' << oneLine(step.name);
        if (step.destructive)
            out << "  "
                << QCoreApplication::translate("trigon::cli::DeployCommands", "[destructive]");
        if (!step.reason.isEmpty())
            out << "  (" << oneLine(step.reason) << ')';
        out << '\n';
    }
    if (parser.isSet(dryRun)) {
        out << "\n-- "
            << QCoreApplication::translate("trigon::cli::DeployCommands",
                                           "The script, run in one transaction:")
            << '\n'
            << plan.script();
        out.flush();
        return plan.isEmpty() ? ExitOk : ExitDiffers;
    }
    out.flush();
    if (plan.isEmpty()) {
        out << QCoreApplication::translate("trigon::cli::DeployCommands", "nothing to do")
            << Qt::endl;
        return ExitOk;
    }
    if (plan.hasDestructiveSteps() && !parser.isSet(yes)) {
        standardError()
                << command << ": "
                << QCoreApplication::translate(
                           "trigon::cli::DeployCommands",
                           "refused: the plan has destructive steps; run again with --yes to "
                           "confirm them")
                << Qt::endl;
        return ExitUsage;
    }
    pg::DeployResult result
            = pg::applyPlan(*connection, plan, prepared->fingerprint, [&](const QString &waiting) {
                  standardError() << command << ": " << waiting << Qt::endl;
              });
    if (result.commitUnanswered) {
        pg::settleUnansweredCommit(result, parser.value(QStringLiteral("db")),
                                   prepared->fingerprint, pg::unansweredCommitWaitMs);
        standardError() << command << ": " << pg::describeDeployFailure(plan, result) << Qt::endl;
        return ExitCommitUnanswered;
    }
    if (!result.ok) {
        QTextStream &err = standardError();
        err << command << ": "
            << QCoreApplication::translate("trigon::cli::DeployCommands", "deploy failed") << '\n';
        for (const QString &line : pg::describeDeployFailure(plan, result).split(u'\n'))
            err << "  " << line << '\n';
        err.flush();
        return ExitDesignErrors;
    }
    out << (operation ? QCoreApplication::translate("trigon::cli::DeployCommands", "applied")
                      : QCoreApplication::translate("trigon::cli::DeployCommands", "deployed"))
        << Qt::endl;
    return ExitOk;
}

int runTest(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption junit(
            QStringLiteral("junit"),
            QCoreApplication::translate("trigon::cli::DeployCommands",
                                        "Also write the results as JUnit XML to FILE."),
            QStringLiteral("FILE"));
    const QCommandLineOption triggerFilter(
            QStringLiteral("trigger"),
            QCoreApplication::translate("trigon::cli::DeployCommands",
                                        "Run only the cases of this trigger."),
            QStringLiteral("NAME"));
    const QCommandLineOption caseFilter(
            QStringLiteral("case"),
            QCoreApplication::translate("trigon::cli::DeployCommands",
                                        "Run only the cases of this name."),
            QStringLiteral("NAME"));
    const QCommandLineOption pgTap(
            QStringLiteral("pgtap"),
            QCoreApplication::translate(
                    "trigon::cli::DeployCommands",
                    "Run nothing: write the cases, and checks of each trigger's structure, as a "
                    "pgTAP script for pg_prove or psql. Needs no database."));
    const QCommandLineOption output(
            {QStringLiteral("o"), QStringLiteral("output")},
            QCoreApplication::translate("trigon::cli::DeployCommands",
                                        "With --pgtap: write the script to FILE instead of "
                                        "stdout (- is stdout)."),
            QStringLiteral("FILE"));
    const QCommandLineOption deployed(
            QStringLiteral("deployed"),
            QCoreApplication::translate(
                    "trigon::cli::DeployCommands",
                    "With --pgtap: test the triggers as deployed in the database the script "
                    "runs on, instead of installing the designs in its transaction first."));
    parser.addOptions({junit, triggerFilter, caseFilter, pgTap, output, deployed});
    parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QCoreApplication::translate("trigon::cli::DeployCommands", "Design files."),
            QStringLiteral("FILE..."));
    const int parsed = parseCommandLine(
            parser, arguments,
            QCoreApplication::translate(
                    "trigon::cli::DeployCommands",
                    "Runs the designs' test cases, each in a transaction that is rolled "
                    "back, and lists the design triggers each action fired, in order. "
                    "With --pgtap, writes them as a pgTAP script instead (docs/deploy.md)."
                    "\nExit status: 0 all passed (or the script written), 3 some failed, "
                    "1 design errors, 2 usage or connection errors."));
    if (parsed >= 0)
        return parsed;
    // The script is written without a database: options for a run have no meaning with it.
    const bool writingScript = parser.isSet(pgTap);
    if ((writingScript && (parser.isSet(QStringLiteral("db")) || parser.isSet(junit)))
        || (!writingScript && (parser.isSet(output) || parser.isSet(deployed)))) {
        standardError() << command << ": "
                        << QCoreApplication::translate(
                                   "trigon::cli::DeployCommands",
                                   "--pgtap connects to no database and takes neither --db "
                                   "nor --junit; --output and --deployed need --pgtap")
                        << Qt::endl;
        return ExitUsage;
    }
    const auto loaded = loadTriggers(parser.positionalArguments(), command);
    if (const int *code = std::get_if<int>(&loaded))
        return *code;
    const QList<TriggerDesign> &triggers = std::get<LoadedTriggers>(loaded).triggers;
    const QList<EventTriggerDesign> &eventTriggers = std::get<LoadedTriggers>(loaded).eventTriggers;
    // The cases to run, as (trigger, case) indexes, then those of event triggers. A filter that
    // names nothing is a mistake (a misspelt name), not a run of no cases.
    QList<std::pair<qsizetype, qsizetype>> selected;
    QList<std::pair<qsizetype, qsizetype>> selectedEvents;
    bool triggerFound = false;
    for (qsizetype e = 0; e < eventTriggers.size(); ++e) {
        if (parser.isSet(triggerFilter) && eventTriggers.at(e).name != parser.value(triggerFilter))
            continue;
        triggerFound = true;
        for (qsizetype c = 0; c < eventTriggers.at(e).tests.size(); ++c) {
            if (!parser.isSet(caseFilter)
                || eventTriggers.at(e).tests.at(c).name == parser.value(caseFilter))
                selectedEvents.append({e, c});
        }
    }
    for (qsizetype t = 0; t < triggers.size(); ++t) {
        if (parser.isSet(triggerFilter) && triggers.at(t).name != parser.value(triggerFilter))
            continue;
        triggerFound = true;
        for (qsizetype c = 0; c < triggers.at(t).tests.size(); ++c) {
            if (!parser.isSet(caseFilter)
                || triggers.at(t).tests.at(c).name == parser.value(caseFilter))
                selected.append({t, c});
        }
    }
    if (parser.isSet(triggerFilter) && !triggerFound) {
        standardError() << QCoreApplication::translate("trigon::cli",
                                                       "%1: --trigger: no trigger named %2 in the "
                                                       "designs")
                                   .arg(command, parser.value(triggerFilter))
                        << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(caseFilter) && selected.isEmpty() && selectedEvents.isEmpty()) {
        const QString name = parser.value(caseFilter);
        standardError() << (parser.isSet(triggerFilter)
                                    ? QCoreApplication::translate(
                                              "trigon::cli",
                                              "%1: --case: no test case named %2 in trigger %3")
                                              .arg(command, name, parser.value(triggerFilter))
                                    : QCoreApplication::translate(
                                              "trigon::cli",
                                              "%1: --case: no test case named %2 in the designs")
                                              .arg(command, name))
                        << Qt::endl;
        return ExitUsage;
    }
    if (writingScript) {
        if (!selectedEvents.isEmpty())
            standardError() << command << ": "
                            << QCoreApplication::translate(
                                       "trigon::cli::DeployCommands",
                                       "the event triggers' cases are not part of the pgTAP "
                                       "script; run them with --db")
                            << Qt::endl;
        // Every trigger is installed and its structure checked; the filters choose the cases.
        QList<TriggerDesign> tested = triggers;
        for (qsizetype t = 0; t < tested.size(); ++t) {
            QList<TriggerTestCase> cases;
            for (qsizetype c = 0; c < triggers.at(t).tests.size(); ++c) {
                if (selected.contains(std::pair {t, c}))
                    cases.append(triggers.at(t).tests.at(c));
            }
            tested[t].tests = cases;
        }
        PgTapOptions options;
        options.installDesigns = !parser.isSet(deployed);
        const QString target = parser.isSet(output) ? parser.value(output) : QStringLiteral("-");
        return writeOutput(command, target, renderPgTapScript(tested, options).toUtf8())
                ? ExitOk
                : ExitUsage;
    }
    const auto connection = connect(parser, command);
    if (!connection)
        return ExitUsage;
    QList<pg::TestCaseResult> results;
    for (const auto &[t, c] : selected)
        results.append(pg::runTestCase(*connection, triggers, t, c));
    for (const auto &[e, c] : selectedEvents)
        results.append(pg::runEventTriggerTestCase(*connection, triggers, eventTriggers, e, c));
    QTextStream &out = standardOutput();
    int failed = 0;
    for (const pg::TestCaseResult &result : results) {
        out << (result.passed ? "PASS " : "FAIL ") << oneLine(result.table) << ' '
            << oneLine(result.trigger) << ": " << oneLine(result.testCase) << " ("
            << result.elapsedMs << " ms)\n";
        for (const QString &failure : result.failures)
            out << "    " << failure << '\n';
        for (const QString &line : firedLines(result))
            out << "    fired: " << oneLine(line) << '\n';
        failed += result.passed ? 0 : 1;
    }
    out << QCoreApplication::translate("trigon::cli", "%n test case(s), %1 failed", nullptr,
                                       int(results.size()))
                    .arg(failed)
        << Qt::endl;
    if (parser.isSet(junit) && !writeOutput(command, parser.value(junit), junitXml(results)))
        return ExitUsage;
    return failed == 0 ? ExitOk : ExitDiffers;
}

} // namespace trigon::cli
