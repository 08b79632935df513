#include "core/analysis/targetchecks.h"

#include <QSet>

namespace trigon {

TargetChecks::TargetChecks(const OutboxTarget &target)
    : m_target(target)
{ }

QString TargetChecks::path() const
{
    return QStringLiteral("targets.") + m_target.name;
}

void TargetChecks::error(const QString &field, const QString &message)
{
    add(Diagnostic::Severity::Error, field, message);
}

void TargetChecks::warning(const QString &field, const QString &message)
{
    add(Diagnostic::Severity::Warning, field, message);
}

void TargetChecks::add(Diagnostic::Severity severity, const QString &field, const QString &message)
{
    m_diagnostics.append({severity, -1, QString(), m_target.name,
                          field.isEmpty() ? path() : path() + u'.' + field, message});
}

QList<Diagnostic> validateTargets(const QList<OutboxTarget> &targets)
{
    QList<Diagnostic> diagnostics;
    for (const OutboxTarget &target : targets) {
        TargetChecks checks(target);
        if (target.name.isEmpty())
            checks.error(QString(), TargetChecks::tr("a target needs a name"));
        const RetryPolicy &retry = target.retry;
        if (retry.max < 1)
            checks.error(QStringLiteral("retry.max"),
                         TargetChecks::tr("an event needs at least one attempt"));
        if (retry.maxBackoffMs < retry.backoffMs)
            checks.error(QStringLiteral("retry.max_backoff_ms"),
                         TargetChecks::tr("the longest wait is shorter than the first"));
        std::visit([&](const auto &delivery) { checkTarget(delivery, checks, QString()); },
                   target.delivery);
        diagnostics.append(checks.diagnostics());
    }
    return diagnostics;
}

} // namespace trigon
