#include "app/cli/clicommand.h"

#include <cstdio>

namespace trigon::cli {

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
        standardOutput() << parser.helpText();
        standardOutput().flush();
        return ExitOk;
    }
    return -1;
}

} // namespace trigon::cli
