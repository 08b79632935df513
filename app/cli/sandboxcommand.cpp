#include "app/cli/sandboxcommand.h"

#include "app/cli/clicommand.h"
#include "core/pg/connectionprofile.h"
#include "core/pg/sandbox.h"

#include <QCoreApplication>

namespace trigon::cli {

namespace {

const QString StartAction = QStringLiteral("start");
const QString SeedAction = QStringLiteral("seed");
const QString StopAction = QStringLiteral("stop");

// How messages name the source: never its conninfo, which may hold a password.
QString sourceName(const QString &conninfo)
{
    QString error;
    const std::optional<pg::ConnectionProfile> profile
            = pg::ConnectionProfile::fromConninfo(conninfo, &error);
    return profile ? profile->displayName()
                   : QCoreApplication::translate("trigon::cli::SandboxCommand", "the source");
}

int seed(pg::Sandbox &sandbox, const QString &command, const QString &source,
         const QString &database, bool replace)
{
    const pg::SchemaCopyResult result = sandbox.seedFromSchema(
            source, database, replace, [&command](pg::SchemaCopyStep step) {
                standardError() << command << ": " << pg::schemaCopyStepText(step) << "…"
                                << Qt::endl;
            });
    switch (result.status) {
    case pg::SchemaCopyResult::Status::Copied:
        standardOutput() << sandbox.conninfo(database) << Qt::endl;
        return ExitOk;
    case pg::SchemaCopyResult::Status::TargetExists:
        standardError()
                << command << ": "
                << QCoreApplication::translate(
                           "trigon::cli::SandboxCommand",
                           "the sandbox database '%1' exists already; --replace replaces it (its "
                           "tables, triggers and rows), --name chooses another")
                           .arg(database)
                << Qt::endl;
        return ExitUsage;
    case pg::SchemaCopyResult::Status::Failed:
        break;
    }
    standardError() << command << ": "
                    << QCoreApplication::translate(
                               "trigon::cli::SandboxCommand",
                               "seeding the sandbox database '%1' from %2 failed while %3: %4")
                               .arg(database, sourceName(source),
                                    pg::schemaCopyStepText(result.step), result.error)
                    << Qt::endl;
    return ExitUsage;
}

} // namespace

int runSandbox(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption from(
            QStringList {QStringLiteral("from"), QStringLiteral("f")},
            QCoreApplication::translate(
                    "trigon::cli::SandboxCommand",
                    "seed: the database whose schema (no rows) is copied: key=value "
                    "conninfo, postgresql:// URI or service=NAME. A password in it reaches "
                    "pg_dump through the environment, never a command line."),
            QStringLiteral("CONNINFO"));
    const QCommandLineOption name(
            QStringList {QStringLiteral("name"), QStringLiteral("n")},
            QCoreApplication::translate("trigon::cli::SandboxCommand",
                                        "seed: the sandbox database to create (default: the source "
                                        "database's name)."),
            QStringLiteral("DB"));
    const QCommandLineOption replace(
            QStringLiteral("replace"),
            QCoreApplication::translate(
                    "trigon::cli::SandboxCommand",
                    "seed: replace a sandbox database of that name, dropping its tables, "
                    "triggers and rows."));
    const QCommandLineOption dataDir(
            QStringLiteral("data-dir"),
            QCoreApplication::translate("trigon::cli::SandboxCommand",
                                        "The sandbox's data directory (default: %1).")
                    .arg(pg::Sandbox::defaultDataDir()),
            QStringLiteral("DIR"));
    parser.addOptions({from, name, replace, dataDir});
    parser.addPositionalArgument(
            QStringLiteral("ACTION"),
            QCoreApplication::translate(
                    "trigon::cli::SandboxCommand",
                    "start: start the sandbox, or use the running one, and print the demo "
                    "database's conninfo. seed: copy a database's schema into a new "
                    "sandbox database and print its conninfo. stop: stop the sandbox."),
            QStringLiteral("start|seed|stop"));
    if (const int code = parseCommandLine(
                parser, arguments,
                QCoreApplication::translate(
                        "trigon::cli::SandboxCommand",
                        "Run the sandbox, Trigon's private PostgreSQL server (on a unix "
                        "socket only, its data kept across restarts), from scripts. "
                        "start and seed leave it running for the commands that follow, "
                        "and the GUI uses the same server. Conninfo strings go to stdout, "
                        "progress to stderr."));
        code >= 0)
        return code;

    const auto usageError = [&command](const QString &message) {
        standardError() << command << ": " << message << Qt::endl;
        return ExitUsage;
    };
    const QStringList actions = parser.positionalArguments();
    const QString action = actions.value(0);
    if (actions.size() != 1 || !QStringList {StartAction, SeedAction, StopAction}.contains(action))
        return usageError(QCoreApplication::translate("trigon::cli::SandboxCommand",
                                                      "give one action: start, seed or stop"));
    if (action != SeedAction && (parser.isSet(from) || parser.isSet(name) || parser.isSet(replace)))
        return usageError(QCoreApplication::translate("trigon::cli::SandboxCommand",
                                                      "--from, --name and --replace go with seed"));
    if (action == SeedAction && parser.value(from).isEmpty())
        return usageError(QCoreApplication::translate("trigon::cli::SandboxCommand",
                                                      "seed needs --from CONNINFO"));

    pg::Sandbox sandbox(parser.isSet(dataDir) ? parser.value(dataDir)
                                              : pg::Sandbox::defaultDataDir());
    const bool attached = sandbox.attach();
    if (action == StopAction) {
        if (!attached) {
            if (!sandbox.error().isEmpty())
                return usageError(sandbox.error());
            standardError() << command << ": "
                            << QCoreApplication::translate("trigon::cli::SandboxCommand",
                                                           "the sandbox is not running")
                            << Qt::endl;
            return ExitOk;
        }
        if (!sandbox.stop())
            return usageError(QCoreApplication::translate("trigon::cli::SandboxCommand",
                                                          "cannot stop the sandbox: %1")
                                      .arg(sandbox.error()));
        return ExitOk;
    }

    if (!attached) {
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli::SandboxCommand",
                                                       "starting the sandbox in %1…")
                                   .arg(sandbox.dataDir())
                        << Qt::endl;
        if (!sandbox.start([&](const QString &waiting) {
                standardError() << command << ": " << waiting << Qt::endl;
            }))
            return usageError(QCoreApplication::translate("trigon::cli::SandboxCommand",
                                                          "cannot start the sandbox: %1")
                                      .arg(sandbox.error()));
    }
    int code = ExitOk;
    if (action == StartAction) {
        standardOutput() << sandbox.conninfo() << Qt::endl;
    } else {
        const QString source = parser.value(from);
        code = seed(sandbox, command, source,
                    parser.isSet(name) ? parser.value(name) : pg::Sandbox::defaultSeedName(source),
                    parser.isSet(replace));
    }
    // A server someone else runs is theirs to stop. One started here keeps running once it
    // served, so the conninfo printed works for the commands that follow.
    if (attached || code == ExitOk)
        sandbox.detach();
    if (!attached && code == ExitOk) {
        const QString stop = parser.isSet(dataDir)
                ? QStringLiteral(" stop --data-dir ") + parser.value(dataDir)
                : QStringLiteral(" stop");
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli::SandboxCommand",
                                                       "the sandbox keeps running; %1 stops it")
                                   .arg(QLatin1Char('`') + command + stop + QLatin1Char('`'))
                        << Qt::endl;
    }
    return code;
}

} // namespace trigon::cli
