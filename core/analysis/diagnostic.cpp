#include "core/analysis/diagnostic.h"

#include <algorithm>

namespace trigon {

QString Diagnostic::toString() const
{
    QString text = isError() ? QStringLiteral("error: ") : QStringLiteral("warning: ");
    if (triggerIndex >= 0)
        text += (triggerName.isEmpty() ? QStringLiteral("trigger %1").arg(triggerIndex + 1)
                                       : triggerName)
                + QStringLiteral(": ");
    if (!field.isEmpty())
        text += field + QStringLiteral(": ");
    return text + message;
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &diagnostic) { return diagnostic.isError(); });
}

} // namespace trigon
