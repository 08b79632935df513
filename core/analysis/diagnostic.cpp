#include "core/analysis/diagnostic.h"

#include <algorithm>

namespace trigon {

QString Diagnostic::toString() const
{
    QString text = isError() ? QStringLiteral("error: ") : QStringLiteral("warning: ");
    if (triggerIndex < 0 && !triggerName.isEmpty()) // an event trigger's
        text += triggerName + QStringLiteral(": ");
    else if (triggerIndex >= 0)
        text += (triggerName.isEmpty() ? QStringLiteral("trigger %1").arg(triggerIndex + 1)
                                       : triggerName)
                + QStringLiteral(": ");
    if (!field.isEmpty())
        text += field + QStringLiteral(": ");
    return oneLine(text + message);
}

QString oneLine(const QString &text)
{
    const auto needsEscape = [](QChar c) {
        return c.unicode() < 0x20 || c.unicode() == 0x7f || c == QChar::LineSeparator
                || c == QChar::ParagraphSeparator;
    };
    if (std::none_of(text.cbegin(), text.cend(), needsEscape))
        return text;
    QString escaped;
    escaped.reserve(text.size() + 8);
    for (const QChar c : text) {
        if (!needsEscape(c)) {
            escaped += c;
            continue;
        }
        switch (c.unicode()) {
        case u'\n':
            escaped += QLatin1String("\\n");
            break;
        case u'\r':
            escaped += QLatin1String("\\r");
            break;
        case u'\t':
            escaped += QLatin1String("\\t");
            break;
        default:
            escaped += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        }
    }
    return escaped;
}

bool hasErrors(const QList<Diagnostic> &diagnostics)
{
    return std::any_of(diagnostics.begin(), diagnostics.end(),
                       [](const Diagnostic &diagnostic) { return diagnostic.isError(); });
}

} // namespace trigon
