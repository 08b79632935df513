#include "ui/monitor/eventmodel.h"

#include "ui/monitor/payloadformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace trigon::ui {

EventModel::EventModel(Stream stream, QObject *parent)
    : QAbstractTableModel(parent)
    , m_stream(stream)
{ }

QString EventModel::intern(const QString &channel)
{
    const auto name = m_names.constFind(channel);
    if (name != m_names.constEnd())
        return *name;
    m_names.insert(channel);
    return channel;
}

void EventModel::enqueue(MonitorEvent event)
{
    event.channel = intern(event.channel);
    ++m_received;
    m_pending.push_back(std::move(event));
    trimPending();
}

void EventModel::enqueue(const QList<pg::Notification> &notifications)
{
    // pg::Connection shares one channel string between consecutive notifications of a channel:
    // the name is looked up once per change of channel, not once per notification.
    QString lastChannel;
    QString name;
    for (const pg::Notification &notification : notifications) {
        if (!notification.channel.isSharedWith(lastChannel)) {
            lastChannel = notification.channel;
            name = intern(lastChannel);
        }
        MonitorEvent &event = m_pending.emplace_back(MonitorEvent::fromNotification(notification));
        event.channel = name;
    }
    m_received += notifications.size();
    trimPending();
}

void EventModel::trimPending()
{
    // The queue alone never outgrows the buffer, even when nothing flushes it for a while.
    if (m_pending.size() <= static_cast<size_t>(m_capacity))
        return;
    const auto excess = static_cast<qint64>(m_pending.size()) - m_capacity;
    m_pending.erase(m_pending.begin(), m_pending.begin() + excess);
    m_dropped += excess;
    emit droppedCountChanged(m_dropped);
}

int EventModel::flush()
{
    const auto total = static_cast<qint64>(m_rows.size() + m_pending.size());
    if (total > m_capacity)
        dropRows(static_cast<int>(qMin<qint64>(total - m_capacity, m_rows.size())));
    if (m_frozen || m_pending.empty())
        return 0;
    const int first = static_cast<int>(m_rows.size());
    const int count = static_cast<int>(m_pending.size());
    beginInsertRows({}, first, first + count - 1);
    std::move(m_pending.begin(), m_pending.end(), std::back_inserter(m_rows));
    m_pending.clear();
    endInsertRows();
    return count;
}

void EventModel::dropRows(int count)
{
    if (count <= 0)
        return;
    beginRemoveRows({}, 0, count - 1);
    m_rows.erase(m_rows.begin(), m_rows.begin() + count);
    endRemoveRows();
    m_dropped += count;
    emit droppedCountChanged(m_dropped);
}

void EventModel::clear()
{
    beginResetModel();
    m_rows.clear();
    m_pending.clear();
    m_names.clear();
    endResetModel();
    m_dropped = 0;
    m_received = 0;
    emit droppedCountChanged(m_dropped);
}

void EventModel::setCapacity(int capacity)
{
    m_capacity = qMax(1, capacity);
    trimPending();
    const auto total = static_cast<qint64>(m_rows.size() + m_pending.size());
    if (total > m_capacity)
        dropRows(static_cast<int>(qMin<qint64>(total - m_capacity, m_rows.size())));
    emit droppedCountChanged(m_dropped);
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::display(const MonitorEvent &event, int column) const
{
    switch (column) {
    case TimeColumn:
        return event.received.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz"));
    case ChannelColumn:
        return event.kind == MonitorEvent::Kind::Gap ? tr("— gap —") : event.channel;
    case PidColumn:
        if (event.kind == MonitorEvent::Kind::Notice)
            return event.severity;
        return event.kind == MonitorEvent::Kind::Gap ? QVariant() : QVariant(event.senderPid);
    case SizeColumn:
        return event.kind == MonitorEvent::Kind::Gap
                ? QVariant()
                : QVariant(formatBytes(utf8Length(event.text)));
    case TextColumn:
        if (event.kind == MonitorEvent::Kind::Gap) {
            return tr("%1 s not listening since %2: notifications sent then are lost (%3)")
                    .arg(static_cast<double>(event.lostAt.msecsTo(event.received)) / 1000.0, 0, 'f',
                         3)
                    .arg(event.lostAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                         payloadPreview(event.text));
        }
        return payloadPreview(event.text);
    default:
        return {};
    }
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MonitorEvent &event = m_rows[static_cast<size_t>(index.row())];
    const bool gap = event.kind == MonitorEvent::Kind::Gap;
    switch (role) {
    case Qt::DisplayRole:
        return display(event, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return payloadPreview(event.text, 1000);
        if (index.column() == TimeColumn)
            return event.received.toLocalTime().toString(Qt::ISODateWithMs);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PidColumn || index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        return gap ? QVariant(QBrush(QColor(0xfd, 0xe2, 0xe1))) : QVariant();
    case Qt::ForegroundRole:
        if (gap)
            return QBrush(QColor(0x9b, 0x1c, 0x1c));
        if (event.kind == MonitorEvent::Kind::Notice && event.severity != QLatin1String("NOTICE")
            && event.severity != QLatin1String("INFO") && event.severity != QLatin1String("LOG"))
            return QBrush(QColor(0xa1, 0x50, 0x00));
        return {};
    case Qt::FontRole:
        if (gap) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KindRole:
        return static_cast<int>(event.kind);
    case ChannelRole:
        return event.channel;
    case TextRole:
        return event.text;
    default:
        return {};
    }
}

QVariant EventModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    const bool messages = m_stream == Stream::Messages;
    switch (section) {
    case TimeColumn:
        return tr("Received");
    case ChannelColumn:
        return messages ? tr("Source") : tr("Channel");
    case PidColumn:
        return messages ? tr("Severity") : tr("PID");
    case SizeColumn:
        return tr("Size");
    case TextColumn:
        return messages ? tr("Message") : tr("Payload");
    default:
        return {};
    }
}

} // namespace trigon::ui
