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
    // "error: orders_protect_paid: events: ..." (the trigger and field parts when known)
    QString toString() const;

    friend bool operator==(const Diagnostic &, const Diagnostic &) = default;
};

bool hasErrors(const QList<Diagnostic> &diagnostics);

} // namespace trigon
