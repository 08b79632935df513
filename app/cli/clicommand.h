#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace trigon::cli {

// Exit codes shared by every command.
enum ExitCode : int {
    ExitOk = 0,
    ExitDesignErrors = 1, // a design has errors (lint, render)
    ExitUsage = 2,        // bad arguments, unreadable or unparsable files, I/O
    ExitDiffers = 3,      // status: something is not as designed
};

// A sub-command: `arguments` starts with "trigon-cli <name>" so QCommandLineParser prints a
// fitting usage line.
struct Command
{
    QString name;
    QString summary;
    int (*run)(const QStringList &arguments);
};

// --db / -d CONNINFO, the same for every command that talks to a database.
QCommandLineOption databaseOption();

QTextStream &standardOutput();
QTextStream &standardError();

// Parses `arguments` with `parser` (after adding --help); on a usage error prints it to stderr.
// Returns -1 to go on, or the exit code to return at once (after --help or an error).
int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                     const QString &description);

} // namespace trigon::cli
