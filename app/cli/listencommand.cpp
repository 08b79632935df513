#include "app/cli/listencommand.h"

#include "app/cli/clicommand.h"
#include "core/pg/listener.h"
#include "core/pg/notificationjson.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace trigon::cli {

int runListen(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    QCommandLineParser parser;
    const QCommandLineOption database = databaseOption();
    const QCommandLineOption count(
            QStringList {QStringLiteral("count"), QStringLiteral("n")},
            QCoreApplication::translate(
                    "trigon::cli::ListenCommand",
                    "Stop after N notifications (gap lines do not count; 0: no limit)."),
            QStringLiteral("N"));
    const QCommandLineOption timeout(
            QStringList {QStringLiteral("timeout"), QStringLiteral("t")},
            QCoreApplication::translate("trigon::cli::ListenCommand",
                                        "Stop after S seconds (fractions allowed; 0: no limit)."),
            QStringLiteral("S"));
    parser.addOptions({database, count, timeout});
    parser.addPositionalArgument(
            QStringLiteral("CHANNEL"),
            QCoreApplication::translate("trigon::cli::ListenCommand",
                                        "Channels to LISTEN on, names taken literally."),
            QStringLiteral("CHANNEL..."));
    if (const int code = parseCommandLine(
                parser, arguments,
                QCoreApplication::translate(
                        "trigon::cli::ListenCommand",
                        "Print notifications as JSON lines: {\"time\", \"channel\", \"pid\", "
                        "\"payload\"}. A lost connection is retried with backoff; "
                        "notifications sent meanwhile are lost, and a line with \"gap\" "
                        "and no \"payload\" says where. Status goes to stderr."));
        code >= 0)
        return code;

    const auto usageError = [&command](const QString &message) {
        standardError() << command << ": " << message << Qt::endl;
        return ExitUsage;
    };
    if (!parser.isSet(database))
        return usageError(QCoreApplication::translate("trigon::cli::ListenCommand",
                                                      "--db CONNINFO is required"));
    const QStringList channels = parser.positionalArguments();
    if (channels.isEmpty() || channels.contains(QString()))
        return usageError(QCoreApplication::translate("trigon::cli::ListenCommand",
                                                      "give at least one channel, none empty"));
    bool ok = true;
    const int maximum = parser.isSet(count) ? parser.value(count).toInt(&ok) : 0;
    if (!ok || maximum < 0)
        return usageError(QCoreApplication::translate("trigon::cli::ListenCommand",
                                                      "--count wants a whole number >= 0"));
    const double seconds = parser.isSet(timeout) ? parser.value(timeout).toDouble(&ok) : 0;
    if (!ok || seconds < 0)
        return usageError(QCoreApplication::translate("trigon::cli::ListenCommand",
                                                      "--timeout wants a number of seconds >= 0"));

    QEventLoop loop;
    int exitCode = ExitOk;
    int received = 0;
    bool everListened = false;
    pg::Listener listener;
    listener.setChannels(channels);

    const auto print = [&](const QByteArray &lines) {
        // Written and flushed per read from the server, in one write: scripts and tests read
        // the lines as they come, and a flood costs one system call per read, not per line.
        // Where the lines cannot go (a full disk, a reader gone) listening stops; runCli() says
        // why.
        if (!writeOutput(command, QStringLiteral("-"), lines)) {
            exitCode = ExitUsage;
            loop.quit();
        }
    };
    QObject::connect(&listener, &pg::Listener::notificationsReceived, &loop,
                     [&](const pg::NotificationBatch &notifications) {
                         // Several notifications arrive in one read: none after the last wanted.
                         const qsizetype wanted = maximum > 0
                                 ? std::min<qsizetype>(notifications.size(), maximum - received)
                                 : notifications.size();
                         if (wanted <= 0)
                             return;
                         print(pg::notificationJsonLines(notifications, wanted));
                         received += static_cast<int>(wanted);
                         if (maximum > 0 && received >= maximum)
                             loop.quit();
                     });
    QObject::connect(&listener, &pg::Listener::gap, &loop,
                     [&](const pg::ListenerGap &gap) { print(pg::gapJsonLine(gap) + '\n'); });
    QObject::connect(&listener, &pg::Listener::listening, &loop, [&] {
        everListened = true;
        standardError() << command << ": "
                        << QCoreApplication::translate("trigon::cli::ListenCommand",
                                                       "listening on %1 (backend pid %2)")
                                   .arg(channels.join(QStringLiteral(", ")),
                                        QString::number(listener.backendPid()))
                        << Qt::endl;
    });
    QObject::connect(
            &listener, &pg::Listener::connectionLost, &loop, [&](const pg::PgError &error) {
                standardError() << command << ": "
                                << QCoreApplication::translate("trigon::cli::ListenCommand",
                                                               "connection lost: %1; reconnecting")
                                           .arg(error.message)
                                << Qt::endl;
            });
    QObject::connect(&listener, &pg::Listener::connectFailed, &loop,
                     [&](const pg::PgError &error, int retryInMs) {
                         // A first connection that fails is a wrong conninfo far more often than
                         // a server restart: scripts learn it at once.
                         if (!everListened || retryInMs < 0) {
                             standardError()
                                     << command << ": "
                                     << QCoreApplication::translate("trigon::cli::ListenCommand",
                                                                    "cannot connect: %1")
                                                .arg(error.toString())
                                     << Qt::endl;
                             exitCode = ExitUsage;
                             loop.quit();
                             return;
                         }
                         standardError() << command << ": "
                                         << QCoreApplication::translate(
                                                    "trigon::cli::ListenCommand",
                                                    "cannot reconnect: %1; next attempt in %2 ms")
                                                    .arg(error.message, QString::number(retryInMs))
                                         << Qt::endl;
                     });
    QObject::connect(&listener, &pg::Listener::channelFailed, &loop,
                     [&](const QString &channel, const pg::PgError &error) {
                         standardError()
                                 << command << ": "
                                 << QCoreApplication::translate("trigon::cli::ListenCommand",
                                                                "cannot listen on %1: %2")
                                            .arg(channel, error.message)
                                 << Qt::endl;
                     });
    QObject::connect(&listener, &pg::Listener::noticeReceived, &loop,
                     [&](const pg::Notice &notice) {
                         standardError() << command << ": " << notice.severity << ": "
                                         << notice.message << Qt::endl;
                     });

    QTimer deadline;
    deadline.setSingleShot(true);
    // A coarse timer may fire up to 5 % early; --timeout promises at least S seconds.
    deadline.setTimerType(Qt::PreciseTimer);
    QObject::connect(&deadline, &QTimer::timeout, &loop, &QEventLoop::quit);
    if (seconds > 0)
        deadline.start(static_cast<int>(seconds * 1000));
    listener.start(parser.value(database));
    loop.exec();
    listener.stop();
    return exitCode;
}

} // namespace trigon::cli
