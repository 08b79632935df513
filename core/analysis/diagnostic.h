#pragma once

#include <QList>
#include <QString>

namespace trigon {

// One finding about a design: which trigger, which field, and what a person should know.
struct Diagnostic
{
    enum class Severity {
        Error,   // PostgreSQL would refuse it, or it cannot work as designed
        Warning, // it works, but probably not as meant
    };

    Severity severity = Severity::Error;
    qsizetype triggerIndex = -1; // in the document; -1 for the document itself
    QString triggerId;
    QString triggerName;
    QString field; // "events", "condition.and[1].q.old__status", "actions[0].channel"
    QString message;

    bool isError() const { return severity == Severity::Error; }
    // "error: orders_protect_paid: events: ..." (the trigger and field parts when known), on one
    // line: oneLine() escapes what the name and message could break it with.
    QString toString() const;

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

bool hasErrors(const QList<Diagnostic> &diagnostics);

// `text` with line breaks and other control characters written as \n, \r, \t or \u001b, so that
// a name from a design or a database prints as one line: a trigger named "x\nerror: ..." cannot
// fake a second diagnostic or status line.
QString oneLine(const QString &text);

} // namespace trigon
