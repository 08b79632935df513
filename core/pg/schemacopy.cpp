#include "core/pg/schemacopy.h"

#include "core/pg/blockingconnection.h"
#include "core/pg/connectionprofile.h"
#include "core/pg/throwawaycluster.h"
#include "core/sql/quoting.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <atomic>
#include <optional>

namespace trigon::pg {

namespace {

// A schema of thousands of tables takes pg_dump minutes; anything longer is stuck.
constexpr int ToolTimeoutMs = 30 * 60'000;
// Enough of a failing statement to recognise it without flooding a message box.
constexpr int MaxStatementLines = 12;

// Names the server keeps for itself, or that every new database is copied from.
bool isReservedDatabase(const QString &name)
{
    return name == QLatin1String("postgres") || name == QLatin1String("template0")
            || name == QLatin1String("template1");
}

struct ToolOutcome
{
    bool ok = false;
    QString errors;         // stderr, or why the program did not run to its end
    bool cancelled = false; // `errors` then says so, in the user's language
};

QString cancelledText()
{
    return QCoreApplication::translate("trigon::pg::SchemaCopy", "cancelled");
}

// Runs a client program as the current user: pg_dump and psql need no server account, and
// reach the sandbox through its socket.
ToolOutcome runClient(const QString &program, const QStringList &arguments,
                      const QProcessEnvironment &environment, const SchemaCopyCancelled &cancelled)
{
    if (cancelled && cancelled())
        return {false, cancelledText(), true};
    QProcess process;
    process.setProcessEnvironment(environment);
    // Only stderr matters; psql prints the dump's SELECT set_config(...) results to stdout.
    process.setStandardOutputFile(QProcess::nullDevice());
    process.start(program, arguments);
    if (!process.waitForStarted(10'000))
        return {false,
                QCoreApplication::translate("trigon::pg::SchemaCopy", "cannot start %1: %2")
                        .arg(program, process.errorString())};
    // Waits in short slices so a cancellation is noticed within a tenth of a second.
    QElapsedTimer running;
    running.start();
    while (!process.waitForFinished(100)) {
        const bool stop = cancelled && cancelled();
        if (stop || running.hasExpired(ToolTimeoutMs)) {
            process.kill();
            process.waitForFinished(5'000);
            if (stop)
                return {false, cancelledText(), true};
            // lupdate (6.4) skips a translate() whose count is an expression: pass a variable.
            const int minutes = ToolTimeoutMs / 60'000;
            return {false,
                    QCoreApplication::translate("trigon::pg::SchemaCopy",
                                                "%1 did not finish within %n minutes", nullptr,
                                                minutes)
                            .arg(QFileInfo(program).fileName())};
        }
        if (process.state() == QProcess::NotRunning)
            break;
    }
    const QString errors = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    if (process.exitStatus() != QProcess::NormalExit)
        return {false,
                QCoreApplication::translate("trigon::pg::SchemaCopy", "%1 crashed. %2")
                        .arg(QFileInfo(program).fileName(), errors)};
    return {process.exitCode() == 0, errors};
}

// A conninfo without its password, which goes into the environment instead: a command line is
// visible to every user of the machine.
struct ClientConnection
{
    QString conninfo;
    QProcessEnvironment environment;
    QString displayName;
};

std::optional<ClientConnection> clientConnection(const QString &conninfo, QString *error,
                                                 const QString &database = {})
{
    QString password;
    std::optional<ConnectionProfile> profile
            = ConnectionProfile::fromConninfo(conninfo, error, &password);
    if (!profile)
        return std::nullopt;
    if (!database.isEmpty())
        profile->setDatabase(database);
    ClientConnection client {profile->toConninfo(), QProcessEnvironment::systemEnvironment(),
                             profile->displayName()};
    if (!password.isEmpty())
        client.environment.insert(QStringLiteral("PGPASSWORD"), password);
    return client;
}

QString versionText(int serverVersion)
{
    // 150018 -> 15.18; before PostgreSQL 10: 90624 -> 9.6.24.
    if (serverVersion >= 100000)
        return QStringLiteral("%1.%2").arg(serverVersion / 10000).arg(serverVersion % 10000);
    return QStringLiteral("%1.%2.%3")
            .arg(serverVersion / 10000)
            .arg(serverVersion / 100 % 100)
            .arg(serverVersion % 100);
}

// psql with ON_ERROR_STOP reports "psql:FILE:LINE: ERROR:  message", then DETAIL, HINT or
// "LINE n:" with a caret, and stops. LINE is where the failing statement ends. pg_dump heads
// every object with "-- Name: x; Type: TABLE; Schema: public; Owner: -": that header names the
// object, and the statement begins after it.
QString describeLoadError(const QString &psqlErrors, const QString &dumpFile)
{
    static const QRegularExpression where(QStringLiteral("^psql:.*:(\\d+): (?:ERROR|FATAL):\\s*"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = where.match(psqlErrors);
    if (!match.hasMatch())
        return psqlErrors.isEmpty() ? QCoreApplication::translate("trigon::pg::SchemaCopy",
                                                                  "psql failed without saying why")
                                    : psqlErrors;
    const QString message = psqlErrors.mid(match.capturedEnd()).trimmed();
    const int line = match.captured(1).toInt();

    QFile file(dumpFile);
    if (!file.open(QIODevice::ReadOnly))
        return QCoreApplication::translate("trigon::pg::SchemaCopy",
                                           "line %1 of the schema dump: %2")
                .arg(line)
                .arg(message);
    const QStringList lines = QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'));
    const int last = std::clamp(line - 1, 0, static_cast<int>(lines.size()) - 1);
    int first = last;
    QString object;
    for (int i = last; i >= 0; --i) {
        if (!lines.at(i).startsWith(QLatin1String("-- Name: ")))
            continue;
        static const QRegularExpression owner(QStringLiteral("; Owner: .*$"));
        object = lines.at(i).mid(3).remove(owner);
        first = i + 1;
        while (first < last
               && (lines.at(first).isEmpty() || lines.at(first).startsWith(QLatin1String("--"))))
            ++first;
        break;
    }
    QStringList statement = lines.mid(first, last - first + 1);
    if (statement.size() > MaxStatementLines) {
        statement = statement.mid(0, MaxStatementLines);
        statement.append(QStringLiteral("…"));
    }
    return QCoreApplication::translate("trigon::pg::SchemaCopy",
                                       "line %1 of the schema dump%2: %3\n\nStatement:\n%4")
            .arg(line)
            .arg(object.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(object), message,
                 statement.join(QLatin1Char('\n')));
}

QString dropDatabaseSql(const QString &name, int serverVersion)
{
    // FORCE (PostgreSQL 13+) ends sessions still open on it, such as a window showing the copy.
    return QStringLiteral("DROP DATABASE IF EXISTS %1%2")
            .arg(quoteIdentifier(name),
                 serverVersion >= 130000 ? QStringLiteral(" WITH (FORCE)") : QString());
}

} // namespace

QString schemaCopyStepText(SchemaCopyStep step)
{
    switch (step) {
    case SchemaCopyStep::Connecting:
        return QCoreApplication::translate("trigon::pg::SchemaCopy", "connecting to the source");
    case SchemaCopyStep::Dumping:
        return QCoreApplication::translate("trigon::pg::SchemaCopy", "dumping the schema");
    case SchemaCopyStep::Creating:
        return QCoreApplication::translate("trigon::pg::SchemaCopy", "creating the database");
    case SchemaCopyStep::Loading:
        return QCoreApplication::translate("trigon::pg::SchemaCopy", "loading the schema");
    case SchemaCopyStep::Finishing:
        return QCoreApplication::translate("trigon::pg::SchemaCopy", "putting the copy in place");
    }
    return {};
}

SchemaCopyResult copySchema(const SchemaCopyRequest &request, const SchemaCopyProgress &progress)
{
    SchemaCopyResult result;
    const auto begin = [&](SchemaCopyStep step) {
        result.step = step;
        if (progress)
            progress(step);
    };
    const auto fail = [&](const QString &message) {
        result.status = SchemaCopyResult::Status::Failed;
        result.error = message;
        return result;
    };

    begin(SchemaCopyStep::Connecting);
    const QString &target = request.targetDatabase;
    if (target.isEmpty() || target.toUtf8().size() > 63)
        return fail(QCoreApplication::translate("trigon::pg::SchemaCopy",
                                                "the database name '%1' must have 1 to 63 bytes")
                            .arg(target));
    if (isReservedDatabase(target))
        return fail(QCoreApplication::translate("trigon::pg::SchemaCopy",
                                                "'%1' belongs to the server; choose another name")
                            .arg(target));

    QString error;
    const std::optional<ClientConnection> source = clientConnection(request.sourceConninfo, &error);
    if (!source)
        return fail(QCoreApplication::translate("trigon::pg::SchemaCopy",
                                                "the source connection string is not valid: %1")
                            .arg(error));

    const QString pgDump = request.clientBinDir + QStringLiteral("/pg_dump");
    const QString psql = request.clientBinDir + QStringLiteral("/psql");
    for (const QString &program : {pgDump, psql}) {
        if (!QFileInfo(program).isExecutable())
            return fail(QCoreApplication::translate(
                                "trigon::pg::SchemaCopy",
                                "%1 was not found; it comes with the PostgreSQL client "
                                "(on Debian or Ubuntu: apt-get install postgresql-client)")
                                .arg(program));
    }
    const int dumpMajor = programMajorVersion(pgDump);

    {
        BlockingConnection probe(request.sourceConninfo);
        if (!probe.isOpen())
            return fail(probe.connectionError().toString());
        // pg_dump refuses a server newer than itself, in words that do not say what to do.
        const int sourceVersion = probe.serverVersion();
        if (sourceVersion >= 100000 && sourceVersion / 10000 > dumpMajor)
            return fail(QCoreApplication::translate(
                                "trigon::pg::SchemaCopy",
                                "%1 runs PostgreSQL %2, newer than pg_dump %3 (%4), which "
                                "cannot dump it. Install PostgreSQL %5 or newer and point "
                                "TRIGON_PG_BINDIR at its bin directory.")
                                .arg(source->displayName, versionText(sourceVersion))
                                .arg(dumpMajor)
                                .arg(pgDump)
                                .arg(sourceVersion / 10000));
    }

    BlockingConnection admin(request.targetMaintenanceConninfo);
    if (!admin.isOpen())
        return fail(QCoreApplication::translate("trigon::pg::SchemaCopy",
                                                "cannot connect to the target cluster: %1")
                            .arg(admin.connectionError().toString()));
    const QueryResult existing = admin.exec(
            QStringLiteral("SELECT 1 FROM pg_catalog.pg_database WHERE datname = $1"), {target});
    if (!existing.ok())
        return fail(existing.error().toString());
    const bool targetExists = existing.rowCount() > 0;
    if (targetExists && !request.replace) {
        result.status = SchemaCopyResult::Status::TargetExists;
        result.error = QCoreApplication::translate("trigon::pg::SchemaCopy",
                                                   "a database named '%1' exists already")
                               .arg(target);
        return result;
    }

    begin(SchemaCopyStep::Dumping);
    const QTemporaryDir workDir(QDir::tempPath() + QStringLiteral("/trigon-schema-XXXXXX"));
    if (!workDir.isValid())
        return fail(QCoreApplication::translate("trigon::pg::SchemaCopy",
                                                "cannot create a temporary directory in %1: %2")
                            .arg(QDir::tempPath(), workDir.errorString()));
    const QString dumpFile = workDir.filePath(QStringLiteral("schema.sql"));
    const ToolOutcome dumped = runClient(
            pgDump,
            {QStringLiteral("--schema-only"), QStringLiteral("--no-owner"),
             QStringLiteral("--no-privileges"), QStringLiteral("--no-tablespaces"),
             QStringLiteral("--no-publications"), QStringLiteral("--no-subscriptions"),
             QStringLiteral("--no-security-labels"), QStringLiteral("--file=") + dumpFile,
             QStringLiteral("--dbname=") + source->conninfo},
            source->environment, request.cancelled);
    if (dumped.cancelled)
        return fail(dumped.errors);
    if (!dumped.ok)
        return fail(
                QCoreApplication::translate("trigon::pg::SchemaCopy", "pg_dump of %1 failed: %2")
                        .arg(source->displayName, dumped.errors));

    begin(SchemaCopyStep::Creating);
    static std::atomic<int> counter {0};
    const QString staging = QStringLiteral("trigon_staging_%1_%2")
                                    .arg(QCoreApplication::applicationPid())
                                    .arg(counter++);
    const int targetVersion = admin.serverVersion();
    // template0: the copy holds what the dump says and nothing template1 may have gained.
    const QueryResult created = admin.exec(
            QStringLiteral("CREATE DATABASE %1 TEMPLATE template0").arg(quoteIdentifier(staging)));
    if (!created.ok())
        return fail(created.error().toString());
    const auto dropStaging = [&] {
        admin.exec(dropDatabaseSql(staging, targetVersion));
    };

    begin(SchemaCopyStep::Loading);
    const std::optional<ClientConnection> stagingClient
            = clientConnection(request.targetMaintenanceConninfo, &error, staging);
    if (!stagingClient) {
        dropStaging();
        return fail(error);
    }
    const ToolOutcome loaded
            = runClient(psql,
                        {QStringLiteral("-X"), QStringLiteral("-q"), QStringLiteral("-v"),
                         QStringLiteral("ON_ERROR_STOP=1"), QStringLiteral("-f"), dumpFile,
                         QStringLiteral("-d"), stagingClient->conninfo},
                        stagingClient->environment, request.cancelled);
    if (!loaded.ok) {
        dropStaging();
        return fail(loaded.cancelled ? loaded.errors : describeLoadError(loaded.errors, dumpFile));
    }

    begin(SchemaCopyStep::Finishing);
    if (targetExists) {
        const QueryResult dropped = admin.exec(dropDatabaseSql(target, targetVersion));
        if (!dropped.ok()) {
            dropStaging();
            return fail(dropped.error().toString());
        }
    }
    const QueryResult renamed
            = admin.exec(QStringLiteral("ALTER DATABASE %1 RENAME TO %2")
                                 .arg(quoteIdentifier(staging), quoteIdentifier(target)));
    if (!renamed.ok()) {
        dropStaging();
        return fail(renamed.error().toString());
    }
    result.status = SchemaCopyResult::Status::Copied;
    result.error.clear();
    return result;
}

} // namespace trigon::pg
