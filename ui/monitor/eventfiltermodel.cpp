#include "ui/monitor/eventfiltermodel.h"

#include "ui/monitor/eventmodel.h"

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
    const std::optional<JsonFieldFilter> filter = JsonFieldFilter::parse(trimmed);
    if (!filter)
        return false;
    m_jsonExpression = trimmed;
    m_jsonFilter = *filter;
    invalidateFilter();
    return true;
}

bool EventFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    // Called for every new row of a flood: without a filter, nothing to look at.
    if (!m_events || (m_channel.isEmpty() && m_text.isEmpty() && m_jsonFilter.isEmpty()))
        return true;
    if (m_events->kind(sourceRow) == MonitorEvent::Kind::Gap)
        return true;
    const QString channel = m_events->channel(sourceRow);
    if (!m_channel.isEmpty() && channel != m_channel)
        return false;
    if (m_text.isEmpty() && m_jsonFilter.isEmpty())
        return true;
    const QString text = m_events->text(sourceRow);
    if (!m_text.isEmpty() && !text.contains(m_text, Qt::CaseInsensitive)
        && !channel.contains(m_text, Qt::CaseInsensitive))
        return false;
    return m_jsonFilter.isEmpty() || m_jsonFilter.matches(text);
}

} // namespace trigon::ui
