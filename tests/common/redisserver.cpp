#include "redisserver.h"

#include <QDeadlineTimer>
#include <QFileInfo>
#include <QHostAddress>
#include <QLocalSocket>
#include <QTcpServer>
#include <QThread>

namespace trigon::test {

namespace {

// PING in Redis' inline form, so that no client library is needed here.
bool answersPing(const QString &socketPath)
{
    QLocalSocket socket;
    socket.connectToServer(socketPath);
    if (!socket.waitForConnected(500))
        return false;
    socket.write("PING\r\n");
    if (!socket.waitForBytesWritten(500))
        return false;
    QByteArray answer;
    const QDeadlineTimer deadline(1000);
    while (!answer.contains("\r\n") && !deadline.hasExpired() && socket.waitForReadyRead(100))
        answer += socket.readAll();
    return answer.startsWith("+PONG");
}

int freeTcpPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost, 0))
        return 0;
    return probe.serverPort();
}

} // namespace

bool RedisServer::available()
{
    return QFileInfo(program()).isExecutable();
}

RedisServer::RedisServer(bool tcp)
{
    if (tcp)
        m_port = freeTcpPort();
    m_process.setProgram(program());
    m_process.setWorkingDirectory(m_directory.path());
    m_process.setStandardOutputFile(m_directory.filePath(QStringLiteral("redis.log")),
                                    QIODevice::Append);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    start();
}

RedisServer::~RedisServer()
{
    stop();
}

QString RedisServer::socketPath() const
{
    return m_directory.filePath(QStringLiteral("redis.sock"));
}

QString RedisServer::tcpUrl(int db) const
{
    return QStringLiteral("redis://127.0.0.1:%1/%2").arg(m_port).arg(db);
}

bool RedisServer::isRunning() const
{
    return m_process.state() == QProcess::Running;
}

bool RedisServer::start()
{
    if (isRunning())
        return true;
    m_error.clear();
    if (!m_directory.isValid()) {
        m_error = QStringLiteral("no temporary directory: ") + m_directory.errorString();
        return false;
    }
    m_process.setArguments({
            QStringLiteral("--port"),
            QString::number(m_port),
            QStringLiteral("--bind"),
            QStringLiteral("127.0.0.1"),
            QStringLiteral("--unixsocket"),
            socketPath(),
            QStringLiteral("--unixsocketperm"),
            QStringLiteral("700"),
            QStringLiteral("--dir"),
            m_directory.path(),
            QStringLiteral("--save"),
            QString(),
            QStringLiteral("--appendonly"),
            QStringLiteral("no"),
            QStringLiteral("--daemonize"),
            QStringLiteral("no"),
    });
    m_process.start();
    if (!m_process.waitForStarted(5000)) {
        m_error = program() + QStringLiteral(": ") + m_process.errorString();
        return false;
    }
    const QDeadlineTimer deadline(10000);
    while (!deadline.hasExpired()) {
        if (m_process.state() != QProcess::Running)
            break;
        if (answersPing(socketPath()))
            return true;
        QThread::msleep(20);
    }
    QFile log(m_directory.filePath(QStringLiteral("redis.log")));
    log.open(QIODevice::ReadOnly);
    m_error = QStringLiteral("redis-server did not answer PING: ")
            + QString::fromLocal8Bit(log.readAll().right(2000));
    stop();
    return false;
}

void RedisServer::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

} // namespace trigon::test
