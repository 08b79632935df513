#pragma once

#include <QWidget>

class QLabel;
class QPushButton;

namespace trigon::ui {

// What the designer area shows before anything is open: the ways to begin. The sandbox comes
// first, since a newcomer may have no database of their own.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // The remembered connection offered for one click, or none.
    void setLastConnection(const QString &conninfo);
    void setBusy(bool busy);

signals:
    void openSandboxRequested();
    void connectRequested();
    void reconnectRequested();
    void gettingStartedRequested();

private:
    QPushButton *m_sandbox;
    QPushButton *m_connect;
    QPushButton *m_reconnect;
};

} // namespace trigon::ui
