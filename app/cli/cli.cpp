#include "app/cli/cli.h"

#include "app/cli/clicommand.h"
#include "app/cli/dbcommands.h"
#include "app/cli/deploycommands.h"
#include "app/cli/designcommands.h"
#include "app/cli/listencommand.h"
#include "app/cli/relaycommand.h"
#include "app/cli/sandboxcommand.h"
#include "core/pg/conninfo.h"
#include "core/version.h"

#include <QCoreApplication>

#include <array>
#include <cstring>

namespace trigon::cli {

namespace {

const std::array commands = {
        Command {QStringLiteral("render"),
                 QT_TRANSLATE_NOOP("trigon::cli::Usage",
                                   "Print the install (or uninstall) script of designs"),
                 runRender},
        Command {QStringLiteral("lint"),
                 QT_TRANSLATE_NOOP("trigon::cli::Usage", "Check designs and print diagnostics"),
                 runLint},
        Command {QStringLiteral("export"),
                 QT_TRANSLATE_NOOP("trigon::cli::Usage", "Write script files for designs"),
                 runExport},
        Command {QStringLiteral("graph"),
                 QT_TRANSLATE_NOOP("trigon::cli::Usage",
                                   "Print the cascade graph of designs as DOT or JSON (loops)"),
                 runGraph},
        Command {QStringLiteral("catalog"),
                 QT_TRANSLATE_NOOP("trigon::cli::Usage",
                                   "Print a database's schemas, tables and triggers (--json)"),
                 runCatalog},
        Command {QStringLiteral("import"),
                 QT_TRANSLATE_NOOP("trigon::cli::Usage",
                                   "Turn a database's triggers into a design file"),
                 runImport},
        Command {
                QStringLiteral("attach"),
                QT_TRANSLATE_NOOP("trigon::cli::Usage",
                                  "Set designs' tables to what their selectors pick in a database"),
                runAttach},
        Command {QStringLiteral("status"),
                 QT_TRANSLATE_NOOP("trigon::cli::Usage",
                                   "Compare designs with a database (exit 3 when they differ)"),
                 runStatus},
        Command {QStringLiteral("deploy"),
                 QT_TRANSLATE_NOOP("trigon::cli::Usage",
                                   "Install designs in one transaction (--dry-run shows the plan)"),
                 runDeploy},
        Command {QStringLiteral("test"),
                 QT_TRANSLATE_NOOP("trigon::cli::Usage",
                                   "Run the designs' test cases, leaving nothing behind"),
                 runTest},
        Command {QStringLiteral("listen"),
                 QT_TRANSLATE_NOOP("trigon::cli::Usage",
                                   "Print NOTIFY events as JSON lines, reconnecting when dropped"),
                 runListen},
        Command {QStringLiteral("relay"),
                 QT_TRANSLATE_NOOP("trigon::cli::Usage",
                                   "Deliver outbox events to webhooks and Redis, at least once"),
                 runRelay},
        Command {QStringLiteral("sandbox"),
                 QT_TRANSLATE_NOOP("trigon::cli::Usage",
                                   "Start or stop the sandbox; seed it with a database's schema"),
                 runSandbox},
};

void printUsage(QTextStream &out)
{
    // The second synopsis line starts under the first one's "trigon-cli", whatever the
    // translation of "Usage:" is long.
    const QString usage = QCoreApplication::translate("trigon::cli::Usage", "Usage:");
    out << usage << " trigon-cli <command> [options]\n"
        << QString(usage.size(), u' ') << " trigon-cli --version | --help\n\n"
        << QCoreApplication::translate("trigon::cli::Usage",
                                       "Design, check and deploy PostgreSQL triggers without a "
                                       "screen.")
        << "\n\n"
        << QCoreApplication::translate("trigon::cli::Usage", "Commands:") << '\n';
    for (const Command &command : commands)
        out << "  " << command.name.leftJustified(10)
            << QCoreApplication::translate("trigon::cli::Usage", command.summary) << '\n';
    out << '\n'
        << QCoreApplication::translate("trigon::cli::Usage", "%1 describes a command's options.")
                    .arg(QStringLiteral("`trigon-cli <command> --help`"))
        << '\n';
    out.flush();
}

int runCommand(const QStringList &arguments)
{
    const QString first = arguments.value(1);
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        standardOutput() << "trigon-cli " << trigon::applicationVersion() << Qt::endl;
        return ExitOk;
    }
    if (first.isEmpty() || first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printUsage(first.isEmpty() ? standardError() : standardOutput());
        return first.isEmpty() ? ExitUsage : ExitOk;
    }
    for (const Command &command : commands) {
        if (command.name == first) {
            QStringList commandArguments = arguments.mid(2);
            commandArguments.prepend(QStringLiteral("trigon-cli ") + command.name);
            return command.run(commandArguments);
        }
    }
    standardError()
            << "trigon-cli: "
            << QCoreApplication::translate("trigon::cli::Usage", "unknown command '%1'").arg(first)
            << "\n\n";
    printUsage(standardError());
    return ExitUsage;
}

} // namespace

int runCli(const QStringList &arguments)
{
    const int exitCode = runCommand(arguments);
    // Output that did not all arrive is a failure, whatever the command thought of its work.
    const QString command = QStringLiteral("trigon-cli %1").arg(arguments.value(1)).trimmed();
    return finishStandardOutput(command) ? exitCode : int(ExitUsage);
}

void hidePasswordsInArgv(int argc, char **argv)
{
    // Every argument, not only --db's value: the option may be spelt --db, --db=, -d or, for
    // sandbox seed, --from, and hiding what merely looks like a password harms nothing, as the
    // command works on its copy.
    for (int i = 1; i < argc; ++i) {
        const QByteArray argument(argv[i]);
        // The value of --option=VALUE, or the whole argument (indexOf() gives -1 without '=').
        const qsizetype start = argument.startsWith('-') ? argument.indexOf('=') + 1 : 0;
        char *value = argv[i] + start;
        const QByteArray text = argument.mid(start);
        for (const QString &password : pg::conninfoPasswords(QString::fromLocal8Bit(text))) {
            // Only the written form is found here; a decoded one is not in the text.
            const QByteArray bytes = password.toLocal8Bit();
            for (qsizetype at = text.indexOf(bytes); at >= 0;
                 at = text.indexOf(bytes, at + bytes.size()))
                std::memset(value + at, '*', static_cast<std::size_t>(bytes.size()));
        }
    }
}

} // namespace trigon::cli
