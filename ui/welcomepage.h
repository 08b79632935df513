#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace trigon::ui {

// What the designer area shows before anything is open: the ways to begin. The sandbox comes
// first, since a newcomer may have no database of their own; the designs opened lately follow.
class WelcomePage : public QWidget
{
    Q_OBJECT
public:
    explicit WelcomePage(QWidget *parent = nullptr);

    // The remembered connection offered for one click, or none.
    void setLastConnection(const QString &conninfo);
    void setBusy(bool busy);
    // The designs to offer, newest first (DocumentFiles::recentFiles()); the first few are
    // listed, a file that is gone disabled.
    void setRecentFiles(const QStringList &fileNames);
    QStringList recentFiles() const { return m_recentFiles; }

    static constexpr int listedRecentFiles = 5;

signals:
    void openSandboxRequested();
    void connectRequested();
    void reconnectRequested();
    void gettingStartedRequested();
    void recentFileRequested(const QString &fileName);

private:
    QPushButton *m_sandbox;
    QPushButton *m_connect;
    QPushButton *m_reconnect;
    QLabel *m_recentTitle;
    QVBoxLayout *m_recentList;
    QStringList m_recentFiles;
};

} // namespace trigon::ui
