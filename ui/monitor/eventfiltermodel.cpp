#include "ui/monitor/eventfiltermodel.h"

#include "ui/monitor/eventmodel.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace trigon::ui {

EventFilterModel::EventFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{ }

void EventFilterModel::setChannel(const QString &channel)
{
    if (channel == m_channel)
        return;
    m_channel = channel;
    invalidateFilter();
}

void EventFilterModel::setText(const QString &text)
{
    if (text == m_text)
        return;
    m_text = text;
    invalidateFilter();
}

void EventFilterModel::setSourceModel(QAbstractItemModel *model)
{
    m_events = qobject_cast<const EventModel *>(model);
    QSortFilterProxyModel::setSourceModel(model);
}

bool EventFilterModel::setJsonFilter(const QString &expression)
{
    const QString trimmed = expression.trimmed();
    if (trimmed == m_jsonExpression)
        return true;
    const qsizetype equals = trimmed.indexOf(QLatin1Char('='));
    if (!trimmed.isEmpty() && equals <= 0)
        return false;
    m_jsonExpression = trimmed;
    m_jsonPath = trimmed.isEmpty() ? QStringList()
                                   : trimmed.left(equals).trimmed().split(QLatin1Char('.'));
    m_jsonValue = trimmed.isEmpty() ? QString() : trimmed.mid(equals + 1).trimmed();
    invalidateFilter();
    return true;
}

bool EventFilterModel::jsonFieldMatches(const QString &payload, const QStringList &path,
                                        const QString &value)
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

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    // Called for every new row of a flood: without a filter, nothing to look at.
    if (!m_events || (m_channel.isEmpty() && m_text.isEmpty() && m_jsonPath.isEmpty()))
        return true;
    if (m_events->kind(sourceRow) == MonitorEvent::Kind::Gap)
        return true;
    const QString channel = m_events->channel(sourceRow);
    if (!m_channel.isEmpty() && channel != m_channel)
        return false;
    if (m_text.isEmpty() && m_jsonPath.isEmpty())
        return true;
    const QString text = m_events->text(sourceRow);
    if (!m_text.isEmpty() && !text.contains(m_text, Qt::CaseInsensitive)
        && !channel.contains(m_text, Qt::CaseInsensitive))
        return false;
    return m_jsonPath.isEmpty() || jsonFieldMatches(text, m_jsonPath, m_jsonValue);
}

} // namespace trigon::ui
