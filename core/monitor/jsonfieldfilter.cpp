#include "core/monitor/jsonfieldfilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trigon {

std::optional<JsonFieldFilter> JsonFieldFilter::parse(const QString &expression)
{
    const QString trimmed = expression.trimmed();
    if (trimmed.isEmpty())
        return JsonFieldFilter {};
    const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
    if (equals <= 0)
        return std::nullopt;
    return JsonFieldFilter {trimmed.left(equals).trimmed().split(QLatin1Char('.')),
                            trimmed.mid(equals + 1).trimmed()};
}

bool JsonFieldFilter::matches(const QString &payload) const
{
    if (path.isEmpty())
        return false;
    // Cheap rejection first: on a flood most payloads do not even mention the key.
    for (auto step = path.crbegin(); step != path.crend(); ++step) {
        bool isIndex = false;
        step->toInt(&isIndex);
        if (!isIndex) {
            if (!payload.contains(*step))
                return false;
            break;
        }
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(payload.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError)
        return false;
    QJsonValue current
            = document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object());
    for (const QString &step : path) {
        if (current.isObject()) {
            const QJsonObject object = current.toObject();
            if (!object.contains(step))
                return false;
            current = object.value(step);
        } else if (current.isArray()) {
            bool isIndex = false;
            const int index = step.toInt(&isIndex);
            if (!isIndex || index < 0 || index >= current.toArray().size())
                return false;
            current = current.toArray().at(index);
        } else {
            return false;
        }
    }
    switch (current.type()) {
    case QJsonValue::String:
        return current.toString() == value;
    case QJsonValue::Bool:
        return value == (current.toBool() ? QLatin1String("true") : QLatin1String("false"));
    case QJsonValue::Null:
        return value == QLatin1String("null");
    case QJsonValue::Double: {
        bool isNumber = false;
        const double number = value.toDouble(&isNumber);
        return isNumber && number == current.toDouble();
    }
    default:
        return false;
    }
}

} // namespace trigon
