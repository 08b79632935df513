#include "app/cli/clicommand.h"

#include <QCoreApplication>

#include <cstdio>

namespace trigon::cli {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
            QStringList {QStringLiteral("db"), QStringLiteral("d")},
            QStringLiteral("The database: a key=value conninfo, a postgresql:// URI or a "
                           "service=NAME; what it leaves out comes from PG* variables and "
                           "~/.pgpass."),
            QStringLiteral("CONNINFO"));
}

QTextStream &standardOutput()
{
    static QTextStream stream(stdout);
    return stream;
}

QTextStream &standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                     const QString &description)
{
    parser.setApplicationDescription(description);
    const QCommandLineOption help = parser.addHelpOption();
    if (!parser.parse(arguments)) {
        standardError() << arguments.value(0) << ": " << parser.errorText() << Qt::endl;
        return ExitUsage;
    }
    if (parser.isSet(help)) {
        // Qt names the executable's path in the usage line; people type "trigon-cli <command>".
        QString help = parser.helpText();
        help.replace(QCoreApplication::arguments().constFirst(), arguments.value(0));
        standardOutput() << help;
        standardOutput().flush();
        return ExitOk;
    }
    return -1;
}

} // namespace trigon::cli
