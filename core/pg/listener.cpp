#include "core/pg/listener.h"

#include "core/pg/connection.h"
#include "core/sql/quoting.h"

#include <QPointer>
#include <QTimer>

namespace trigon::pg {

Listener::Listener(QObject *parent)
    : QObject(parent)
    , m_connection(new Connection(this))
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    connect(m_retryTimer, &QTimer::timeout, this, &Listener::connectNow);
    connect(m_connection, &Connection::connected, this, &Listener::onConnected);
    connect(m_connection, &Connection::connectionFailed, this, &Listener::onConnectFailed);
    connect(m_connection, &Connection::connectionLost, this, &Listener::onConnectionLost);
    connect(m_connection, &Connection::notificationsReceived, this, &Listener::onNotifications);
    connect(m_connection, &Connection::noticeReceived, this, &Listener::noticeReceived);
}

Listener::~Listener() = default;

void Listener::start(const QString &conninfo)
{
    stop();
    m_conninfo = conninfo;
    m_nextDelay = m_initialDelay;
    setState(State::Connecting);
    connectNow();
}

void Listener::stop()
{
    ++m_session;
    m_retryTimer->stop();
    m_gapPending = false;
    m_connection->close();
    setState(State::Stopped);
}

void Listener::setChannels(const QStringList &channels)
{
    const QStringList old = m_channels;
    for (const QString &channel : old) {
        if (!channels.contains(channel))
            removeChannel(channel);
    }
    for (const QString &channel : channels)
        addChannel(channel);
    // Keep the caller's order, which is the order LISTEN runs in on the next connection.
    m_channels.clear();
    for (const QString &channel : channels) {
        if (!channel.isEmpty() && !m_channels.contains(channel))
            m_channels.append(channel);
    }
}

void Listener::addChannel(const QString &channel)
{
    if (channel.isEmpty() || m_channels.contains(channel))
        return;
    m_channels.append(channel);
    // Also while the LISTENs of a new session are still queued: this one then runs after them.
    if (m_connection->isOpen())
        sendChannelCommand(QStringLiteral("LISTEN "), channel);
}

void Listener::removeChannel(const QString &channel)
{
    if (!m_channels.removeOne(channel))
        return;
    if (m_connection->isOpen())
        sendChannelCommand(QStringLiteral("UNLISTEN "), channel);
}

int Listener::backendPid() const
{
    return m_state == State::Listening ? m_connection->backendPid() : 0;
}

void Listener::setReconnectDelays(int initialMs, int maximumMs)
{
    m_initialDelay = qMax(1, initialMs);
    m_maximumDelay = qMax(m_initialDelay, maximumMs);
    m_nextDelay = m_initialDelay;
}

void Listener::connectNow()
{
    ++m_session;
    m_connection->open(m_conninfo);
}

void Listener::onConnected()
{
    const int session = m_session;
    if (m_channels.isEmpty()) {
        setState(State::Listening);
        emitPendingGap();
        emit listening();
        return;
    }
    // One statement per channel, so that a channel the server refuses does not keep the others
    // from being listened to. They run in order: the last callback means all have run.
    for (qsizetype i = 0; i < m_channels.size(); ++i) {
        const QString channel = m_channels.at(i);
        const bool last = i == m_channels.size() - 1;
        m_connection->query(QStringLiteral("LISTEN ") + quoteIdentifier(channel), {}, this,
                            [this, session, channel, last](const QueryResult &result) {
                                if (session != m_session)
                                    return;
                                QPointer<Listener> guard(this);
                                if (!result.ok())
                                    emit channelFailed(channel, result.error());
                                if (!guard || !last || session != m_session)
                                    return;
                                m_nextDelay = m_initialDelay;
                                setState(State::Listening);
                                emitPendingGap();
                                if (guard && session == m_session)
                                    emit listening();
                            });
    }
}

void Listener::onConnectFailed(const PgError &error)
{
    if (m_state == State::Stopped)
        return;
    if (m_connection->passwordNeeded()) {
        // Retrying cannot help: the conninfo lacks the password.
        setState(State::Stopped);
        emit connectFailed(error, -1);
        return;
    }
    setState(State::Reconnecting);
    const int delay = m_nextDelay;
    scheduleReconnect();
    emit connectFailed(error, delay);
}

void Listener::onConnectionLost(const PgError &error)
{
    if (m_state == State::Stopped)
        return;
    ++m_session; // the queries failing next belong to the lost session
    // Several losses in a row before listening again make one gap, from the first loss.
    if (!m_gapPending) {
        m_gapPending = true;
        m_lostAt = QDateTime::currentDateTimeUtc();
        // libpq's message spans several indented lines; a gap marker shows one.
        m_lostReason = error.message.simplified();
    }
    setState(State::Reconnecting);
    scheduleReconnect();
    emit connectionLost(error);
}

void Listener::onNotifications(const NotificationBatch &notifications)
{
    // Notifications of a channel listened to early in a new session may arrive before the last
    // LISTEN has returned: the gap goes before them.
    if (m_gapPending) {
        QPointer<Listener> guard(this);
        emitPendingGap();
        if (!guard)
            return;
    }
    emit notificationsReceived(notifications);
}

void Listener::scheduleReconnect()
{
    m_retryTimer->start(m_nextDelay);
    m_nextDelay = qMin(m_nextDelay * 2, m_maximumDelay);
}

void Listener::sendChannelCommand(const QString &command, const QString &channel)
{
    const int session = m_session;
    m_connection->query(command + quoteIdentifier(channel), {}, this,
                        [this, session, channel](const QueryResult &result) {
                            if (session == m_session && !result.ok())
                                emit channelFailed(channel, result.error());
                        });
}

void Listener::emitPendingGap()
{
    if (!m_gapPending)
        return;
    m_gapPending = false;
    emit gap(ListenerGap {m_lostAt, QDateTime::currentDateTimeUtc(), m_lostReason});
}

void Listener::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

} // namespace trigon::pg
