#include "ui/session/session.h"

#include "core/pg/catalogloader.h"
#include "core/pg/connection.h"
#include "core/pg/functionchecker.h"
#include "core/pg/queryresult.h"

#include <QSettings>

namespace trigon::ui {

namespace {

const QString LastConnectionKey = QStringLiteral("connection/last");

} // namespace

Session::Session(QObject *parent)
    : QObject(parent)
    , m_connection(new pg::Connection(this))
{
    connect(m_connection, &pg::Connection::connected, this, [this] {
        m_open = true;
        if (m_remember && !isSandbox())
            rememberProfile(m_profile);
        emit opened();
        reloadCatalog();
    });
    connect(m_connection, &pg::Connection::connectionFailed, this,
            [this](const pg::PgError &error) { emit openFailed(error.toString()); });
    connect(m_connection, &pg::Connection::connectionLost, this, [this](const pg::PgError &error) {
        m_open = false;
        emit lost(error.message);
    });
    connect(m_connection, &pg::Connection::noticeReceived, this, &Session::noticeReceived);
}

// The connection is a child: its signals must not reach a half-destroyed session.
Session::~Session()
{
    disconnect(m_connection, nullptr, this, nullptr);
}

pg::ConnectionProfile Session::lastProfile()
{
    return pg::ConnectionProfile::fromSettings(QSettings().value(LastConnectionKey).toMap());
}

bool Session::hasLastProfile()
{
    return QSettings().contains(LastConnectionKey);
}

void Session::rememberProfile(const pg::ConnectionProfile &profile)
{
    QSettings().setValue(LastConnectionKey, profile.toSettings());
}

void Session::open(const QString &conninfo, Kind kind, bool remember)
{
    QString error;
    QString password;
    const std::optional<pg::ConnectionProfile> profile
            = pg::ConnectionProfile::fromConninfo(conninfo, &error, &password);
    if (!profile) {
        emit openFailed(tr("The connection string is not valid: %1").arg(error));
        return;
    }
    openProfile(*profile, kind, remember, password);
}

void Session::openProfile(const pg::ConnectionProfile &profile, Kind kind, bool remember,
                          const QString &password)
{
    // A password given for this server is kept for reconnecting; another server never gets it.
    if (!password.isEmpty() || profile.toConninfo() != m_profile.toConninfo())
        m_password = password;
    m_profile = profile;
    m_kind = kind;
    m_remember = remember;
    openCurrentProfile();
}

void Session::retryWithPassword(const QString &password)
{
    m_password = password;
    openCurrentProfile();
}

void Session::openCurrentProfile()
{
    m_open = false;
    emit opening(m_profile.displayName());
    m_connection->open(m_profile.parameters(m_password));
}

void Session::close()
{
    m_connection->close();
    m_open = false;
    m_catalog.reset();
    m_searchPath = {QStringLiteral("public")};
    m_functionTables.clear();
    emit catalogChanged(nullptr);
    emit closed();
}

void Session::reloadCatalog()
{
    if (!m_connection->isOpen())
        return;
    emit catalogLoading();
    // Queued first, so the path is there when the catalog is.
    m_connection->query(QStringLiteral("SELECT unnest(current_schemas(false))"), {}, this,
                        [this](const pg::QueryResult &result) {
                            if (!result.ok())
                                return; // the catalog's own queries report the failure
                            m_searchPath.clear();
                            for (int row = 0; row < result.rowCount(); ++row)
                                m_searchPath.append(result.value(row, 0));
                        });
    pg::loadCatalog(
            *m_connection, this,
            [this](const std::optional<CatalogSnapshot> &snapshot, const pg::PgError &error) {
                if (!snapshot) {
                    emit catalogFailed(error.message);
                    return;
                }
                auto catalog = std::make_shared<const CatalogSnapshot>(*snapshot);
                m_functionTables.clear();
                if (!catalog->server.hasExtension(QStringLiteral("plpgsql_check"))) {
                    m_catalog = catalog;
                    emit catalogChanged(m_catalog);
                    return;
                }
                // plpgsql_check's report says which tables the installed functions' unqualified
                // names are; a report that fails leaves them to the search path.
                m_connection->query(pg::triggerFunctionTablesQuery(), {}, this,
                                    [this, catalog](const pg::QueryResult &result) {
                                        if (result.ok())
                                            m_functionTables
                                                    = pg::triggerFunctionTablesFrom(result);
                                        m_catalog = catalog;
                                        emit catalogChanged(m_catalog);
                                    });
            });
}

CascadeOptions Session::cascadeOptions() const
{
    CascadeOptions options;
    options.searchPath = m_searchPath;
    options.functionTables = m_functionTables;
    return options;
}

bool Session::isOpen() const
{
    return m_connection->isOpen();
}

bool Session::passwordNeeded() const
{
    return m_connection->passwordNeeded();
}

QString Session::user() const
{
    return m_connection->user();
}

QString Session::database() const
{
    return m_connection->database();
}

QString Session::host() const
{
    return m_connection->host();
}

QString Session::port() const
{
    return m_connection->port();
}

pg::ConnectionProfile Session::resolvedProfile() const
{
    pg::ConnectionProfile resolved = m_profile;
    if (!isOpen())
        return resolved;
    resolved.setHost(host());
    resolved.setPort(port());
    resolved.setUser(user());
    resolved.setDatabase(database());
    return resolved;
}

int Session::serverVersion() const
{
    return m_connection->serverVersion();
}

QString Session::description() const
{
    if (!isOpen())
        return tr("Not connected");
    const int version = serverVersion();
    return tr("%1 %2@%3 — PostgreSQL %4.%5")
            .arg(isSandbox() ? tr("Sandbox:") : tr("Connected:"), user(), database())
            .arg(version / 10000)
            .arg(version % 10000);
}

QString Session::conninfo() const
{
    return m_open && m_connection->isOpen() ? m_profile.toConninfo(m_password) : QString();
}

} // namespace trigon::ui
