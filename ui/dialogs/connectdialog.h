#pragma once

#include <QDialog>

class QCheckBox;
class QLineEdit;

namespace trigon::ui {

// Asks for a connection string as PostgreSQL users write them: key=value pairs, a
// postgresql:// URI, or service=NAME from pg_service.conf. Passwords come from ~/.pgpass or are
// typed into the string; they are never remembered.
class ConnectDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectDialog(const QString &conninfo, QWidget *parent = nullptr);

    QString conninfo() const;
    bool remember() const;

private:
    QLineEdit *m_conninfo;
    QCheckBox *m_remember;
};

} // namespace trigon::ui
