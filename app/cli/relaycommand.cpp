#include "app/cli/relaycommand.h"

#include "app/cli/clicommand.h"
#include "core/analysis/designvalidator.h"
#include "core/io/designfile.h"
#include "core/pg/blockingconnection.h"
#include "core/relay/relay.h"

#include <QCoreApplication>

namespace trigon::cli {

namespace {

// The targets of every file; nullopt after printing why (unreadable, errors, a name twice).
std::optional<QList<OutboxTarget>> loadTargets(const QStringList &files)
{
    QList<OutboxTarget> targets;
    bool errors = false;
    for (const QString &file : files) {
        const DesignReadResult read = readDesignFile(file);
        if (!read.ok()) {
            standardError() << read.error.toString() << Qt::endl;
            return std::nullopt;
        }
        const QList<Diagnostic> diagnostics = validateDesign(*read.document);
        for (const Diagnostic &diagnostic : diagnostics) {
            if (diagnostic.isError())
                standardError() << file << ": " << diagnostic.toString() << '\n';
        }
        errors = errors || hasErrors(diagnostics);
        for (const OutboxTarget &target : read.document->targets) {
            for (const OutboxTarget &other : targets) {
                if (other.name == target.name && other != target) {
                    standardError() << file << ": error: "
                                    << QCoreApplication::translate(
                                               "trigon::cli::RelayCommand",
                                               "target %1 is defined differently in another file")
                                               .arg(oneLine(target.name))
                                    << '\n';
                    errors = true;
                }
            }
            targets.append(target);
        }
    }
    standardError().flush();
    if (errors)
        return std::nullopt;
    return targets;
}

} // namespace

int runRelay(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    parser.addOption(databaseOption());
    const QCommandLineOption once(
            QStringLiteral("once"),
            QCoreApplication::translate("trigon::cli::RelayCommand",
                                        "Deliver the events that are due, then exit."));
    const QCommandLineOption timeout(
            QStringLiteral("timeout"),
            QCoreApplication::translate("trigon::cli::RelayCommand",
                                        "Exit after S seconds (fractions allowed; 0: no limit)."),
            QStringLiteral("S"));
    const QCommandLineOption retryDead(
            QStringLiteral("retry-dead"),
            QCoreApplication::translate("trigon::cli::RelayCommand",
                                        "Make the files' targets' dead events pending again, "
                                        "then exit (run the relay to deliver them)."));
    parser.addOptions({once, timeout, retryDead});
    parser.addPositionalArgument(
            QStringLiteral("FILE"),
            QCoreApplication::translate("trigon::cli::RelayCommand",
                                        "Design files: their \"targets\" say where events go."),
            QStringLiteral("FILE..."));
    if (const int code = parseCommandLine(
                parser, arguments,
                QCoreApplication::translate(
                        "trigon::cli::RelayCommand",
                        "Deliver the outbox's events to the files' targets (HTTP, Redis), at "
                        "least once, in order per key, retrying with backoff (docs/outbox.md). "
                        "Several relays may run side by side. Secrets come from the "
                        "environment."));
        code >= 0)
        return code;
    const auto usageError = [&command](const QString &message) {
        standardError() << command << ": " << message << Qt::endl;
        return ExitUsage;
    };
    if (!parser.isSet(QStringLiteral("db")))
        return usageError(QCoreApplication::translate("trigon::cli::RelayCommand",
                                                      "--db CONNINFO is required"));
    if (parser.positionalArguments().isEmpty())
        return usageError(QCoreApplication::translate("trigon::cli::RelayCommand",
                                                      "no design file given (see --help)"));
    bool ok = true;
    const double seconds = parser.isSet(timeout) ? parser.value(timeout).toDouble(&ok) : 0;
    if (!ok || seconds < 0)
        return usageError(QCoreApplication::translate("trigon::cli::RelayCommand",
                                                      "--timeout wants a number of seconds >= 0"));
    const std::optional<QList<OutboxTarget>> targets = loadTargets(parser.positionalArguments());
    if (!targets)
        return ExitDesignErrors;
    pg::BlockingConnection connection(parser.value(QStringLiteral("db")));
    if (!connection.isOpen())
        return usageError(connection.connectionError().toString());

    if (parser.isSet(retryDead)) {
        pg::PgError error;
        const std::optional<int> retried = relay::retryDeadEvents(connection, *targets, &error);
        if (!retried)
            return usageError(error.toString());
        const int count = *retried;
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli::RelayCommand",
                                                       "%n dead event(s) pending again", nullptr,
                                                       count)
                        << Qt::endl;
        return ExitOk;
    }
    relay::RelayOptions options;
    options.targets = *targets;
    options.once = parser.isSet(once);
    options.timeoutMs = static_cast<int>(seconds * 1000);
    relay::Relay relay(connection, options, [&command](const QString &line) {
        standardError() << command << ": " << oneLine(line) << Qt::endl;
    });
    QString error;
    const bool ran = relay.run(&error);
    const relay::RelayCounts counts = relay.counts();
    standardError() << command << ": "
                    << QCoreApplication::translate("trigon::cli::RelayCommand",
                                                   "%n event(s) delivered", nullptr,
                                                   counts.delivered)
                    << ", "
                    << QCoreApplication::translate("trigon::cli::RelayCommand",
                                                   "%n failed attempt(s)", nullptr, counts.failed)
                    << ", "
                    << QCoreApplication::translate("trigon::cli::RelayCommand", "%n dead", nullptr,
                                                   counts.died)
                    << Qt::endl;
    if (!ran)
        return usageError(error);
    return ExitOk;
}

} // namespace trigon::cli
