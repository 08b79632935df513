#pragma once

#include <QCommandLineParser>
#include <QString>
#include <QStringList>
#include <QTextStream>

namespace trigon::cli {

// Exit codes shared by every command.
enum ExitCode : int {
    ExitOk = 0,
    ExitDesignErrors = 1,     // a design has errors (lint, render)
    ExitUsage = 2,            // bad arguments, unreadable or unparsable files, I/O
    ExitDiffers = 3,          // status: something is not as designed
    ExitCommitUnanswered = 4, // deploy: the connection was lost during COMMIT (the message says
                              // what the database showed afterwards)
};

// A sub-command: `arguments` starts with "trigon-cli <name>" so QCommandLineParser prints a
// fitting usage line. `summary` is the English text, marked with QT_TRANSLATE_NOOP in the
// context "trigon::cli::Usage" and translated where the usage is printed.
struct Command
{
    QString name;
    const char *summary;
    int (*run)(const QStringList &arguments);
};

// --db / -d CONNINFO, the same for every command that talks to a database.
QCommandLineOption databaseOption();

// What a command prints goes through standardOutput(), which writes to stdout and remembers the
// first failure; runCli() ends with finishStandardOutput(). Diagnostics go to standardError().
QTextStream &standardOutput();
QTextStream &standardError();

// Flushes and closes stdout. When a write to it failed (a full disk, a closed pipe), prints
// "<command>: cannot write to standard output: <the OS's reason>" to stderr and returns false.
bool finishStandardOutput(const QString &command);

// Writes `bytes` to the file `fileName`, or to stdout when it is "-". A file is written
// atomically (QSaveFile: a temporary beside it, renamed over it once everything is written and
// flushed), so a failed write leaves an existing file as it was and no partial file behind; a
// device or a pipe (/dev/stdout, a FIFO) cannot be replaced and is written directly. On failure
// prints "<command>: cannot write <file>: <the OS's reason>" to stderr and returns false.
bool writeOutput(const QString &command, const QString &fileName, const QByteArray &bytes);

// Parses `arguments` with `parser` (after adding --help); on a usage error prints it to stderr.
// Returns -1 to go on, or the exit code to return at once (after --help or an error).
int parseCommandLine(QCommandLineParser &parser, const QStringList &arguments,
                     const QString &description);

} // namespace trigon::cli
