#include "app/cli/clicommand.h"

#include "core/io/savefile.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

namespace trigon::cli {

QCommandLineOption databaseOption()
{
    return QCommandLineOption(
            QStringList {QStringLiteral("db"), QStringLiteral("d")},
            QCoreApplication::translate(
                    "trigon::cli::CliCommand",
                    "The database: a key=value conninfo, a postgresql:// URI or a "
                    "service=NAME; what it leaves out comes from PG* variables and ~/.pgpass. "
                    "Give a password through ~/.pgpass or PGPASSWORD, not here: other users see "
                    "command lines."),
            QStringLiteral("CONNINFO"));
}

namespace {

// stdout as a QFile, so that a failed write or flush is seen (and kept) instead of lost in stdio.
// QTextStream flushes the file, and so stdio, whenever it flushes itself.
struct StandardOutput
{
    QFile file;
    QTextStream stream;
    QString failure; // the first failure's reason

    StandardOutput()
    {
        if (!file.open(stdout, QIODevice::WriteOnly, QFileDevice::AutoCloseHandle))
            failure = file.errorString();
        stream.setDevice(&file);
    }

    // Keeps the first failure so far, from the stream's flush or from a direct write.
    void check()
    {
        if (failure.isEmpty()
            && (stream.status() != QTextStream::Ok || file.error() != QFileDevice::NoError))
            failure = file.errorString();
    }
};

StandardOutput &standardOutputFile()
{
    static StandardOutput output;
    return output;
}

QString writeFailure(const QString &command, const QString &what, const QString &reason)
{
    return QCoreApplication::translate("trigon::cli", "%1: cannot write %2: %3")
            .arg(command, what, reason);
}

} // namespace

QTextStream &standardOutput()
{
    return standardOutputFile().stream;
}

QTextStream &standardError()
{
    static QTextStream stream(stderr);
    return stream;
}

bool finishStandardOutput(const QString &command)
{
    StandardOutput &output = standardOutputFile();
    output.stream.flush();
    output.check();
    // Closing reports what a flush may not (a file system that writes back late).
    if (output.file.isOpen()) {
        output.file.close();
        output.check();
    }
    if (output.failure.isEmpty())
        return true;
    standardError() << writeFailure(
            command, QCoreApplication::translate("trigon::cli", "to standard output"),
            output.failure)
                    << Qt::endl;
    return false;
}

bool writeOutput(const QString &command, const QString &fileName, const QByteArray &bytes)
{
    if (fileName == QLatin1String("-")) {
        StandardOutput &output = standardOutputFile();
        output.stream.flush();
        const bool written = output.file.isOpen() && output.file.write(bytes) == bytes.size()
                && output.file.flush();
        output.check();
        if (!written && output.failure.isEmpty())
            output.failure = output.file.errorString();
        return written; // finishStandardOutput() says why it failed
    }
    QString reason;
    if (saveFile(fileName, bytes, &reason))
        return true;
    standardError() << writeFailure(command, fileName, reason) << Qt::endl;
    return false;
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
