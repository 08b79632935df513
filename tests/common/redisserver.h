#pragma once

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

namespace trigon::test {

// A private redis-server (Debian's /usr/bin/redis-server) for one test: no persistence, a unix
// socket in a temporary directory of its own and, on request, a TCP port on 127.0.0.1. Started
// by the constructor (isRunning() says whether that worked, error() why not), stopped by the
// destructor. stop() and start() again keep the socket path and the port, so a client's URL
// stays valid across a restart. Tests QSKIP when available() is false.
class RedisServer
{
public:
    static QString program() { return QStringLiteral("/usr/bin/redis-server"); }
    static bool available();

    explicit RedisServer(bool tcp = false);
    ~RedisServer();
    RedisServer(const RedisServer &) = delete;
    RedisServer &operator=(const RedisServer &) = delete;

    bool start(); // until it answers PING on the socket (10 s at most)
    void stop();  // SIGTERM, SIGKILL after 5 s
    bool isRunning() const;
    QString error() const { return m_error; }

    QString socketPath() const;
    QString unixUrl() const { return QStringLiteral("unix://") + socketPath(); } // unix:///tmp/...
    int port() const { return m_port; }                                          // 0: no TCP
    QString tcpUrl(int db = 0) const; // redis://127.0.0.1:<port>/<db>

private:
    QTemporaryDir m_directory;
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};

} // namespace trigon::test
