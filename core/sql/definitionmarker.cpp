#include "core/sql/definitionmarker.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace trigon {

namespace {
const char *kindName(DefinitionMarker::ObjectKind kind)
{
    switch (kind) {
    case DefinitionMarker::ObjectKind::Function:
        return "function";
    case DefinitionMarker::ObjectKind::Trigger:
        return "trigger";
    case DefinitionMarker::ObjectKind::Table:
        return "table";
    case DefinitionMarker::ObjectKind::EventTrigger:
        return "event_trigger";
    }
    return "trigger";
}
} // namespace

QString DefinitionMarker::toString() const
{
    return QStringLiteral("trigon:%1 %2 blake2b:%3")
            .arg(version)
            .arg(QLatin1String(kindName(kind)), hash);
}

QString definitionHash(const QString &definition)
{
    const QByteArray digest
            = QCryptographicHash::hash(definition.toUtf8(), QCryptographicHash::Blake2b_256);
    return QString::fromLatin1(digest.left(8).toHex());
}

QString commentWithMarker(const QString &text, const DefinitionMarker &marker)
{
    if (text.isEmpty())
        return marker.toString();
    return text + QStringLiteral("\n\n") + marker.toString();
}

ObjectComment parseObjectComment(const QString &comment)
{
    static const QRegularExpression pattern(
            QStringLiteral("(?:^|\\n\\n)trigon:(\\d+) (function|trigger|table|event_trigger) "
                           "blake2b:([0-9a-f]+)$"));
    const QRegularExpressionMatch match = pattern.match(comment);
    if (!match.hasMatch())
        return {comment, std::nullopt};
    DefinitionMarker marker;
    marker.version = match.captured(1).toInt();
    const QString kind = match.captured(2);
    marker.kind = kind == QLatin1String("function")  ? DefinitionMarker::ObjectKind::Function
            : kind == QLatin1String("table")         ? DefinitionMarker::ObjectKind::Table
            : kind == QLatin1String("event_trigger") ? DefinitionMarker::ObjectKind::EventTrigger
                                                     : DefinitionMarker::ObjectKind::Trigger;
    marker.hash = match.captured(3);
    return {comment.left(match.capturedStart(0)), marker};
}

} // namespace trigon
