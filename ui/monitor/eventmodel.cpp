#include "ui/monitor/eventmodel.h"

#include "core/monitor/payloadformat.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QVarLengthArray>

namespace trigon::ui {

EventModel::EventModel(Stream stream, QObject *parent)
    : QAbstractTableModel(parent)
    , m_stream(stream)
    , m_buffer(defaultCapacity)
{ }

int EventModel::channelNumber(const QString &name)
{
    const auto found = m_channelNumbers.constFind(name);
    if (found != m_channelNumbers.constEnd())
        return *found;
    const int number = static_cast<int>(m_channels.size());
    m_channels.append(name);
    m_channelNumbers.insert(name, number);
    return number;
}

QString EventModel::channelName(qint64 seq) const
{
    const int number = m_buffer.channel(seq);
    return number < 0 ? QString() : m_channels.at(number);
}

void EventModel::enqueue(const MonitorEvent &event)
{
    const bool notification = event.kind == MonitorEvent::Kind::Notification;
    m_buffer.append(event.kind, event.received.toMSecsSinceEpoch(),
                    event.kind == MonitorEvent::Kind::Gap ? -1 : channelNumber(event.channel),
                    event.senderPid, event.text.toUtf8(),
                    notification ? nullptr : std::make_unique<MonitorEvent>(event));
}

void EventModel::enqueue(const pg::NotificationBatch &notifications)
{
    // The names are looked up once per batch; each notification then costs a copy of its bytes.
    QVarLengthArray<int, 8> numbers;
    for (const QString &name : notifications.channels())
        numbers.append(channelNumber(name));
    const qint64 receivedMs = notifications.received().toMSecsSinceEpoch();
    for (qsizetype i = 0; i < notifications.size(); ++i) {
        m_buffer.append(MonitorEvent::Kind::Notification, receivedMs,
                        numbers[notifications.channelIndex(i)], notifications.senderPid(i),
                        notifications.payloadUtf8(i));
    }
}

void EventModel::removeDroppedRows()
{
    const qint64 live = m_buffer.begin();
    const qint64 dropped = qMin(live, m_rowEnd) - m_rowBegin;
    if (dropped > 0) {
        beginRemoveRows({}, 0, static_cast<int>(dropped) - 1);
        m_rowBegin += dropped;
        endRemoveRows();
    }
    // Queued events may have been dropped as well: the next rows start at the oldest held.
    if (m_rowBegin == m_rowEnd && m_rowEnd < live) {
        m_rowBegin = live;
        m_rowEnd = live;
    }
}

void EventModel::reportDropped()
{
    if (droppedCount() == m_reportedDropped)
        return;
    m_reportedDropped = droppedCount();
    emit droppedCountChanged(m_reportedDropped);
}

int EventModel::flush()
{
    if (m_rowEnd > m_rowBegin && m_buffer.begin() >= m_rowEnd) {
        // Every row was dropped (a flood of more than the buffer since the last flush): one reset
        // costs the views far less than removing all the rows and inserting as many.
        beginResetModel();
        m_rowBegin = m_buffer.begin();
        m_rowEnd = m_frozen ? m_rowBegin : m_buffer.end();
        endResetModel();
        reportDropped();
        return rowCount();
    }
    removeDroppedRows();
    int added = 0;
    if (!m_frozen && m_buffer.end() > m_rowEnd) {
        const int first = rowCount();
        added = static_cast<int>(m_buffer.end() - m_rowEnd);
        beginInsertRows({}, first, first + added - 1);
        m_rowEnd = m_buffer.end();
        endInsertRows();
    }
    reportDropped();
    return added;
}

void EventModel::clear()
{
    beginResetModel();
    m_buffer.clear();
    m_channels.clear();
    m_channelNumbers.clear();
    m_rowBegin = 0;
    m_rowEnd = 0;
    endResetModel();
    reportDropped();
}

void EventModel::setCapacity(int capacity)
{
    m_buffer.setCapacity(capacity);
    removeDroppedRows();
    reportDropped();
}

MonitorEvent EventModel::event(int row) const
{
    const qint64 seq = m_rowBegin + row;
    if (!m_buffer.contains(seq))
        return {};
    if (const MonitorEvent *whole = m_buffer.whole(seq))
        return *whole;
    MonitorEvent event;
    event.kind = m_buffer.kind(seq);
    event.senderPid = m_buffer.senderPid(seq);
    event.received = QDateTime::fromMSecsSinceEpoch(m_buffer.receivedMs(seq), Qt::UTC);
    event.channel = channelName(seq);
    event.text = QString::fromUtf8(m_buffer.text(seq));
    return event;
}

MonitorEvent::Kind EventModel::kind(int row) const
{
    const qint64 seq = m_rowBegin + row;
    return m_buffer.contains(seq) ? m_buffer.kind(seq) : MonitorEvent::Kind::Notification;
}

QString EventModel::channel(int row) const
{
    const qint64 seq = m_rowBegin + row;
    return m_buffer.contains(seq) ? channelName(seq) : QString();
}

QString EventModel::text(int row) const
{
    const qint64 seq = m_rowBegin + row;
    return m_buffer.contains(seq) ? QString::fromUtf8(m_buffer.text(seq)) : QString();
}

int EventModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rowEnd - m_rowBegin);
}

int EventModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant EventModel::display(qint64 seq, int column) const
{
    const MonitorEvent::Kind kind = m_buffer.kind(seq);
    const MonitorEvent *whole = m_buffer.whole(seq);
    switch (column) {
    case TimeColumn:
        return QDateTime::fromMSecsSinceEpoch(m_buffer.receivedMs(seq), Qt::UTC)
                .toLocalTime()
                .toString(QStringLiteral("HH:mm:ss.zzz"));
    case ChannelColumn:
        return kind == MonitorEvent::Kind::Gap ? tr("— gap —") : channelName(seq);
    case PidColumn:
        if (kind == MonitorEvent::Kind::Notice)
            return whole->severity;
        return kind == MonitorEvent::Kind::Gap ? QVariant() : QVariant(m_buffer.senderPid(seq));
    case SizeColumn:
        return kind == MonitorEvent::Kind::Gap ? QVariant()
                                               : QVariant(formatBytes(m_buffer.text(seq).size()));
    case TextColumn:
        if (kind == MonitorEvent::Kind::Gap) {
            return tr("%1 s not listening since %2: notifications sent then are lost (%3)")
                    .arg(static_cast<double>(whole->lostAt.msecsTo(whole->received)) / 1000.0, 0,
                         'f', 3)
                    .arg(whole->lostAt.toLocalTime().toString(QStringLiteral("HH:mm:ss.zzz")),
                         payloadPreview(whole->text));
        }
        return payloadPreview(QString::fromUtf8(m_buffer.text(seq)));
    default:
        return {};
    }
}

QVariant EventModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qint64 seq = m_rowBegin + index.row();
    if (!m_buffer.contains(seq)) {
        // Dropped since the last flush, which will remove the row.
        if (role == Qt::DisplayRole && index.column() == TextColumn)
            return tr("(dropped: the buffer is full)");
        if (role == Qt::ForegroundRole)
            return QBrush(QColor(0x80, 0x80, 0x80));
        return {};
    }
    const MonitorEvent::Kind kind = m_buffer.kind(seq);
    const bool gap = kind == MonitorEvent::Kind::Gap;
    switch (role) {
    case Qt::DisplayRole:
        return display(seq, index.column());
    case Qt::ToolTipRole:
        if (index.column() == TextColumn)
            return payloadPreview(QString::fromUtf8(m_buffer.text(seq)), 1000);
        if (index.column() == TimeColumn)
            return QDateTime::fromMSecsSinceEpoch(m_buffer.receivedMs(seq), Qt::UTC)
                    .toLocalTime()
                    .toString(Qt::ISODateWithMs);
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == PidColumn || index.column() == SizeColumn)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case Qt::BackgroundRole:
        return gap ? QVariant(QBrush(QColor(0xfd, 0xe2, 0xe1))) : QVariant();
    case Qt::ForegroundRole: {
        if (gap)
            return QBrush(QColor(0x9b, 0x1c, 0x1c));
        const MonitorEvent *whole = m_buffer.whole(seq);
        if (kind == MonitorEvent::Kind::Notice && whole->severity != QLatin1String("NOTICE")
            && whole->severity != QLatin1String("INFO") && whole->severity != QLatin1String("LOG"))
            return QBrush(QColor(0xa1, 0x50, 0x00));
        return {};
    }
    case Qt::FontRole:
        if (gap) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case KindRole:
        return static_cast<int>(kind);
    case ChannelRole:
        return channelName(seq);
    case TextRole:
        return QString::fromUtf8(m_buffer.text(seq));
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
