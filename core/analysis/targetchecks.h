#pragma once

#include "core/analysis/diagnostic.h"
#include "core/model/outboxtarget.h"

#include <QCoreApplication>
#include <QList>

namespace trigon {

// The checks of one relay target that its kind's rules (checkTarget() in
// core/targets/<kind>/<kind>rules.cpp) add to. Diagnostics about targets belong to the document
// (triggerIndex -1) and name the target; fields are paths from the file's root,
// "targets.webhook.url".
class TargetChecks
{
    Q_DECLARE_TR_FUNCTIONS(TargetChecks)

public:
    explicit TargetChecks(const OutboxTarget &target);

    const OutboxTarget &target() const { return m_target; }
    QString path() const; // "targets.<name>"
    QList<Diagnostic> diagnostics() const { return m_diagnostics; }
    // `field` relative to the target ("url", "headers.Authorization").
    void error(const QString &field, const QString &message);
    void warning(const QString &field, const QString &message);

private:
    void add(Diagnostic::Severity severity, const QString &field, const QString &message);

    const OutboxTarget &m_target;
    QList<Diagnostic> m_diagnostics;
};

// Every target of `targets` with its kind's rules and the retry policy's.
QList<Diagnostic> validateTargets(const QList<OutboxTarget> &targets);

} // namespace trigon
