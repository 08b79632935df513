#pragma once

#include "core/analysis/cascadegraph.h"
#include "core/catalog/catalogsnapshot.h"
#include "core/pg/connectionprofile.h"

#include <QObject>

#include <memory>

namespace trigon::pg {
class Connection;
struct Notice;
} // namespace trigon::pg

namespace trigon::ui {

// The database the window works with, outside any widget: the connection, the profile it was
// opened with and its password (kept in memory for this session only, never written anywhere),
// the catalog snapshot and the server version. Panes and controllers follow its signals.
class Session : public QObject
{
    Q_OBJECT
public:
    enum class Kind {
        Regular, // a database the user named
        Sandbox, // the sandbox's: never remembered as the last connection, never protected
    };

    explicit Session(QObject *parent = nullptr);
    ~Session() override;

    // The profile last connected to with "remember", if any.
    static pg::ConnectionProfile lastProfile();
    static bool hasLastProfile();
    // Stores `profile` (never a password) as the last connection.
    static void rememberProfile(const pg::ConnectionProfile &profile);

    // Opens `conninfo`, whose password is kept for this session only; opened() or openFailed()
    // follows. `remember` stores the profile (never the password) as the last connection.
    void open(const QString &conninfo, Kind kind, bool remember);
    // The same for a profile, with the password typed for it (empty: none or ~/.pgpass).
    void openProfile(const pg::ConnectionProfile &profile, Kind kind, bool remember,
                     const QString &password = {});
    // After openFailed() with passwordNeeded(): tries again with `password`.
    void retryWithPassword(const QString &password);
    void close();
    // Loads the catalog again; catalogChanged() or catalogFailed() follows.
    void reloadCatalog();

    bool isOpen() const;
    // After openFailed(): the server asked for a password and none (or a wrong one) was given.
    bool passwordNeeded() const;
    bool isSandbox() const { return m_kind == Kind::Sandbox; }
    // Whether destructive steps must ask for the database's name (a protected profile, not the
    // sandbox's).
    bool isProtected() const { return m_profile.isProtected() && !isSandbox(); }
    const pg::ConnectionProfile &profile() const { return m_profile; }
    QString user() const;
    QString database() const;
    // Where libpq connected: host name, address or unix-socket directory, and port.
    QString host() const;
    QString port() const;
    // The profile with the user, host, port and database the connection really uses, whatever
    // came from PG* variables or the service file: what psql needs to reach the same database.
    // Never a password. The profile as given when not open.
    pg::ConnectionProfile resolvedProfile() const;
    // The server's version, e.g. 150018; 0 when not open.
    int serverVersion() const;
    // For the status bar: "Connected: user@database — PostgreSQL 15.4" ("Sandbox:" for the
    // sandbox's), or "Not connected".
    QString description() const;
    // The connection string with the password, for the panes that open connections of their
    // own; empty when not open.
    QString conninfo() const;
    std::shared_ptr<const CatalogSnapshot> catalog() const { return m_catalog; }
    // The schemas the connection's search_path names and that exist (current_schemas(false)),
    // read with each catalog: where unqualified table names in function bodies are found.
    // {"public"} when not connected.
    QStringList searchPath() const { return m_searchPath; }
    // What the cascade graph needs of the connection: the search path and, where the database has
    // plpgsql_check, the tables its installed trigger functions refer to.
    CascadeOptions cascadeOptions() const;
    pg::Connection *connection() const { return m_connection; }

signals:
    void opening(const QString &displayName);
    void opened();
    void openFailed(const QString &message);
    void lost(const QString &message);
    void closed();
    void catalogLoading();
    // A new snapshot; nullptr after close().
    void catalogChanged(std::shared_ptr<const CatalogSnapshot> catalog);
    void catalogFailed(const QString &message);
    // RAISE NOTICE and WARNING from this session.
    void noticeReceived(const trigon::pg::Notice &notice);

private:
    void openCurrentProfile();

    pg::Connection *m_connection;
    pg::ConnectionProfile m_profile;
    QString m_password;
    Kind m_kind = Kind::Regular;
    bool m_remember = false;
    bool m_open = false;
    std::shared_ptr<const CatalogSnapshot> m_catalog;
    QStringList m_searchPath = {QStringLiteral("public")};
    QHash<quint32, QList<TableRef>> m_functionTables;
};

} // namespace trigon::ui
