#pragma once

#include "core/pg/notification.h"
#include "core/pg/pgerror.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

class QTimer;

namespace trigon::pg {

class Connection;

// Where notifications may have been lost: the listening session was gone from `lostAt` until it
// listened again at `resumedAt`. A NOTIFY committed in between reached nobody.
struct ListenerGap
{
    QDateTime lostAt;
    QDateTime resumedAt;
    QString reason; // why the session was lost, as libpq or the server said it
};

// A dedicated session that LISTENs on a set of channels and never goes quiet without saying so.
//
// When the session is lost (server restart, pg_terminate_backend, network failure noticed by
// keepalives) connectionLost() is emitted at once, then the listener reconnects with exponential
// backoff, LISTENs again on every channel and emits gap() before the first notification of the new
// session. Channel names are taken literally (quoted as identifiers), so "Order Events" and
// "orders" are two channels.
class Listener : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Stopped,
        Connecting, // the first connection since start()
        Listening,
        Reconnecting, // lost or failed; waiting for the next attempt or connecting again
    };
    Q_ENUM(State)

    explicit Listener(QObject *parent = nullptr);
    ~Listener() override;

    // Connects to `conninfo` (a URI or key=value string) and listens on channels(); a running
    // listener is stopped first. A failing first connection is retried as a lost one is.
    void start(const QString &conninfo);
    void stop();
    QString conninfo() const { return m_conninfo; }

    QStringList channels() const { return m_channels; }
    // Applied at once while listening (LISTEN / UNLISTEN), otherwise on the next connection.
    void setChannels(const QStringList &channels);
    void addChannel(const QString &channel);
    void removeChannel(const QString &channel);

    State state() const { return m_state; }
    bool isListening() const { return m_state == State::Listening; }
    int backendPid() const; // of the listening session, 0 when there is none

    // The first retry waits `initialMs`, each further one twice as long, up to `maximumMs`.
    void setReconnectDelays(int initialMs, int maximumMs);
    int initialReconnectDelay() const { return m_initialDelay; }
    int maximumReconnectDelay() const { return m_maximumDelay; }

signals:
    void stateChanged(trigon::pg::Listener::State state);
    // LISTEN has taken effect on every channel of the new session.
    void listening();
    // The notifications of one read of the socket, in order (see
    // Connection::notificationsReceived()).
    void notificationsReceived(const trigon::pg::NotificationBatch &notifications);
    // RAISE NOTICE and other messages the server sends to the listening session.
    void noticeReceived(const trigon::pg::Notice &notice);
    void connectionLost(const trigon::pg::PgError &error);
    // An attempt to connect failed; the next one starts in `retryInMs`, or never (-1) when the
    // server wants a password the conninfo does not give.
    void connectFailed(const trigon::pg::PgError &error, int retryInMs);
    // Listening again after a loss; emitted before any notification of the new session.
    void gap(const trigon::pg::ListenerGap &gap);
    // LISTEN or UNLISTEN on one channel failed (the others go on).
    void channelFailed(const QString &channel, const trigon::pg::PgError &error);

private:
    void connectNow();
    void onConnected();
    void onConnectFailed(const PgError &error);
    void onConnectionLost(const PgError &error);
    void onNotifications(const NotificationBatch &notifications);
    void scheduleReconnect();
    void sendChannelCommand(const QString &command, const QString &channel);
    void emitPendingGap();
    void setState(State state);

    Connection *m_connection;
    QTimer *m_retryTimer;
    QString m_conninfo;
    QStringList m_channels;
    State m_state = State::Stopped;
    int m_initialDelay = 200;
    int m_maximumDelay = 5000;
    int m_nextDelay = 200;
    // Callbacks of a session that has since been lost or closed must not act on the new one.
    int m_session = 0;
    bool m_gapPending = false;
    QDateTime m_lostAt;
    QString m_lostReason;
};

} // namespace trigon::pg
