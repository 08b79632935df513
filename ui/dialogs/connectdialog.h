#pragma once

#include "core/pg/connectionprofile.h"
#include "ui/session/savedprofiles.h"

#include <QDialog>

#include <optional>
#include <utility>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace trigon::pg {
class Connection;
struct PgError;
} // namespace trigon::pg

namespace trigon::ui {

// Where to connect, as fields (host, port, database, user, password, SSL mode) and as the
// key=value conninfo or postgresql:// URI PostgreSQL users write, the two kept in sync both ways;
// the connections saved earlier; a connection test that runs beside the event loop. Empty fields
// are left to libpq, so PG* environment variables, pg_service.conf and ~/.pgpass apply as in psql.
//
// The password is for the caller to keep for the session only: saved profiles have no place for
// it, and the connection string shown never carries it.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(const pg::ConnectionProfile &profile, QWidget *parent = nullptr);
    ~ConnectDialog() override;

    // What the fields say, with the profile's name and protected flag; never a password.
    pg::ConnectionProfile profile() const;
    // What the password field holds; empty when the server is to ask for one (or ~/.pgpass has it).
    QString password() const;
    // Whether to remember the profile as the last connection.
    bool remember() const;

private:
    void buildForm();
    void showProfileInFields();
    void fieldsEdited();
    void conninfoEdited(const QString &text);
    void conninfoEditingFinished();
    // Writes the text again from m_profile.
    void showConninfo();
    void setConninfoError(const QString &error);
    void listSavedProfiles(qsizetype current);
    // The saved profile selected in the list, -1 for none.
    int selectedRow() const;
    void pickSavedProfile();
    void saveProfile();
    void deleteProfile();
    void undoDelete();
    void testConnection();
    void testSucceeded();
    void testFailed(const pg::PgError &error);
    void stopTest();
    void updateButtons();

    // What the fields and the text agree on, without the password.
    pg::ConnectionProfile m_profile;
    SavedProfiles m_saved;
    // The profile last deleted and where it was, until Undo or another delete.
    std::optional<std::pair<qsizetype, pg::ConnectionProfile>> m_deleted;
    pg::Connection *m_test;

    QListWidget *m_savedList;
    QPushButton *m_save;
    QPushButton *m_delete;
    QLabel *m_deletedLabel;
    QPushButton *m_undoDelete;
    QLineEdit *m_name;
    QLineEdit *m_host;
    QLineEdit *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
    QComboBox *m_sslMode;
    QCheckBox *m_protected;
    QLineEdit *m_conninfo;
    QLabel *m_conninfoError;
    QCheckBox *m_remember;
    QPushButton *m_testButton;
    QLabel *m_testResult;
    QPushButton *m_connect;
};

} // namespace trigon::ui
