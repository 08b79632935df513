#include "app/cli/sandboxcommand.h"

#include "app/cli/clicommand.h"
#include "core/pg/connectionprofile.h"
#include "core/pg/sandbox.h"

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
    return profile ? profile->displayName() : QStringLiteral("the source");
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
        standardError() << command << ": the sandbox database '" << database
                        << "' exists already; --replace replaces it (its tables, triggers and "
                           "rows), --name chooses another"
                        << Qt::endl;
        return ExitUsage;
    case pg::SchemaCopyResult::Status::Failed:
        break;
    }
    standardError() << command << ": seeding the sandbox database '" << database << "' from "
                    << sourceName(source) << " failed while " << pg::schemaCopyStepText(result.step)
                    << ": " << result.error << Qt::endl;
    return ExitUsage;
}

} // namespace

int runSandbox(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption from(
            QStringList {QStringLiteral("from"), QStringLiteral("f")},
            QStringLiteral("seed: the database whose schema (no rows) is copied: key=value "
                           "conninfo, postgresql:// URI or service=NAME. A password in it reaches "
                           "pg_dump through the environment, never a command line."),
            QStringLiteral("CONNINFO"));
    const QCommandLineOption name(
            QStringList {QStringLiteral("name"), QStringLiteral("n")},
            QStringLiteral("seed: the sandbox database to create (default: the source "
                           "database's name)."),
            QStringLiteral("DB"));
    const QCommandLineOption replace(
            QStringLiteral("replace"),
            QStringLiteral("seed: replace a sandbox database of that name, dropping its tables, "
                           "triggers and rows."));
    const QCommandLineOption dataDir(QStringLiteral("data-dir"),
                                     QStringLiteral("The sandbox's data directory (default: %1).")
                                             .arg(pg::Sandbox::defaultDataDir()),
                                     QStringLiteral("DIR"));
    parser.addOptions({from, name, replace, dataDir});
    parser.addPositionalArgument(
            QStringLiteral("ACTION"),
            QStringLiteral("start: start the sandbox, or use the running one, and print the demo "
                           "database's conninfo. seed: copy a database's schema into a new "
                           "sandbox database and print its conninfo. stop: stop the sandbox."),
            QStringLiteral("start|seed|stop"));
    if (const int code = parseCommandLine(
                parser, arguments,
                QStringLiteral("Run the sandbox, Trigon's private PostgreSQL server (on a unix "
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
        return usageError(QStringLiteral("give one action: start, seed or stop"));
    if (action != SeedAction && (parser.isSet(from) || parser.isSet(name) || parser.isSet(replace)))
        return usageError(QStringLiteral("--from, --name and --replace go with seed"));
    if (action == SeedAction && parser.value(from).isEmpty())
        return usageError(QStringLiteral("seed needs --from CONNINFO"));

    pg::Sandbox sandbox(parser.isSet(dataDir) ? parser.value(dataDir)
                                              : pg::Sandbox::defaultDataDir());
    const bool attached = sandbox.attach();
    if (action == StopAction) {
        if (!attached) {
            if (!sandbox.error().isEmpty())
                return usageError(sandbox.error());
            standardError() << command << ": the sandbox is not running" << Qt::endl;
            return ExitOk;
        }
        if (!sandbox.stop())
            return usageError(QStringLiteral("cannot stop the sandbox: ") + sandbox.error());
        return ExitOk;
    }

    if (!attached) {
        standardError() << command << ": starting the sandbox in " << sandbox.dataDir() << "…"
                        << Qt::endl;
        if (!sandbox.start([&](const QString &waiting) {
                standardError() << command << ": " << waiting << Qt::endl;
            }))
            return usageError(QStringLiteral("cannot start the sandbox: ") + sandbox.error());
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
        standardError() << command << ": the sandbox keeps running; `" << command << stop
                        << "` stops it" << Qt::endl;
    }
    return code;
}

} // namespace trigon::cli
