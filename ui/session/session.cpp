#include "ui/session/session.h"

#include "core/pg/catalogloader.h"
#include "core/pg/connection.h"

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
    m_password = password;
    openProfile(*profile, kind, remember);
}

void Session::openProfile(const pg::ConnectionProfile &profile, Kind kind, bool remember)
{
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
    emit catalogChanged(nullptr);
    emit closed();
}

void Session::reloadCatalog()
{
    if (!m_connection->isOpen())
        return;
    emit catalogLoading();
    pg::loadCatalog(
            *m_connection, this,
            [this](const std::optional<CatalogSnapshot> &snapshot, const pg::PgError &error) {
                if (!snapshot) {
                    emit catalogFailed(error.message);
                    return;
                }
                m_catalog = std::make_shared<const CatalogSnapshot>(*snapshot);
                emit catalogChanged(m_catalog);
            });
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
