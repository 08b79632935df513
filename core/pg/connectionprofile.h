#pragma once

#include "core/pg/connection.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QVariantMap>

#include <optional>

class QSettings;

namespace trigon::pg {

// A value for a key=value conninfo, quoted as libpq's grammar wants (single quotes, backslash
// escaping ' and \), so socket paths, names and passwords with any characters survive.
QString quoteConninfoValue(const QString &value);

// A saved way to reach a database, as PostgreSQL users know it: host, port, database, user,
// a pg_service.conf service, sslmode, and any other libpq parameter. Empty fields are left to
// libpq, so PG* environment variables, the service file and ~/.pgpass apply as in psql.
//
// A profile never holds a password: passwords are asked when the server wants one and kept by
// the caller for the session only. fromConninfo() hands a password found in a conninfo back
// separately, and toSettings() has no place for one.
class ConnectionProfile
{
public:
    QString name() const { return m_name; }
    void setName(const QString &name) { m_name = name; }
    QString host() const { return m_host; } // name, address or unix-socket directory
    void setHost(const QString &host) { m_host = host; }
    QString port() const { return m_port; }
    void setPort(const QString &port) { m_port = port; }
    QString database() const { return m_database; }
    void setDatabase(const QString &database) { m_database = database; }
    QString user() const { return m_user; }
    void setUser(const QString &user) { m_user = user; }
    QString service() const { return m_service; } // a section of pg_service.conf
    void setService(const QString &service) { m_service = service; }
    QString sslMode() const { return m_sslMode; } // disable, prefer, require, verify-full, ...
    void setSslMode(const QString &sslMode) { m_sslMode = sslMode; }
    int connectTimeout() const { return m_connectTimeout; } // seconds, 0: the default
    void setConnectTimeout(int seconds) { m_connectTimeout = seconds; }
    // A production database: the GUI asks for an extra confirmation before changing it.
    bool isProtected() const { return m_protected; }
    void setProtected(bool isProtected) { m_protected = isProtected; }
    // Every other libpq parameter (sslrootcert, target_session_attrs, options, ...), by keyword.
    QMap<QString, QString> extraParameters() const { return m_extra; }
    void setExtraParameter(const QString &keyword, const QString &value);

    // Parses a URI (postgresql://...) or key=value conninfo with libpq's own parser. The
    // password, if the text has one, goes to `password` and not into the profile. nullopt with
    // `error` set when libpq rejects the text (unknown keyword, bad quoting).
    static std::optional<ConnectionProfile> fromConninfo(const QString &conninfo, QString *error,
                                                         QString *password = nullptr);

    // What Connection::open() takes; `password` (kept by the caller) is added when not empty.
    ConnectionParameters parameters(const QString &password = {}) const;
    // The same as a key=value conninfo, values quoted, for BlockingConnection and psql.
    QString toConninfo(const QString &password = {}) const;
    // The profile's own parameters as a person reads and writes them (the connect dialog's text,
    // a psql command line): host, port, database, user first, values quoted only where libpq's
    // grammar needs it, never a password nor the application name Trigon adds on its own.
    QString toDisplayConninfo() const;

    // QSettings-friendly values; never a password.
    QVariantMap toSettings() const;
    static ConnectionProfile fromSettings(const QVariantMap &settings);

    // Profiles as a settings array under `key` (the GUI's saved connections), replacing what was
    // there. Extra parameters go into a subgroup, so an INI file stays readable.
    static void writeAll(QSettings &settings, const QString &key,
                         const QList<ConnectionProfile> &profiles);
    static QList<ConnectionProfile> readAll(QSettings &settings, const QString &key);

    // The name, or "user@host:port/database" from what is set ("service=x" for a service).
    QString displayName() const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;

private:
    // Service, host, port, database, user, sslmode and timeout as set, in that order.
    ConnectionParameters fieldParameters() const;

    QString m_name;
    QString m_host;
    QString m_port;
    QString m_database;
    QString m_user;
    QString m_service;
    QString m_sslMode;
    int m_connectTimeout = 0;
    bool m_protected = false;
    QMap<QString, QString> m_extra;
};

} // namespace trigon::pg
