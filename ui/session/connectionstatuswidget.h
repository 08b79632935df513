#pragma once

#include "core/pg/connectionprofile.h"

#include <QToolButton>

class QAction;

namespace trigon::ui {

class Session;

// The status bar's note of where the window is connected ("alice@/var/run/postgresql:5432/shop",
// marked when the connection is protected, "Not connected" otherwise), following the session.
// A click or the context menu offers "Copy psql Command": the same database for psql, with the
// password left to psql's own prompt or ~/.pgpass.
class ConnectionStatusWidget : public QToolButton
{
    Q_OBJECT
public:
    explicit ConnectionStatusWidget(Session *session, QWidget *parent = nullptr);

    QAction *copyPsqlCommandAction() const { return m_copyPsqlCommand; }

    // `psql "conninfo"` for a POSIX shell, the conninfo as toDisplayConninfo() writes it (no
    // password); single-quoted instead where double quotes would let the shell expand something.
    static QString psqlCommand(const pg::ConnectionProfile &profile);

private:
    void refresh();
    void copyPsqlCommand();

    Session *m_session;
    QAction *m_copyPsqlCommand;
};

} // namespace trigon::ui
