#pragma once

#include "core/model/designdocument.h"

#include <QString>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace trigon::ui {

// Status, deploy and the test bench for one design document against one connection. Database
// work runs on a worker thread (QtConcurrent, each job with its own BlockingConnection); results
// come back to the GUI thread as values. Destructive steps run only while "confirm destructive
// steps" is checked, like trigon-cli's --yes.
class DeployPane : public QWidget
{
    Q_OBJECT

public:
    explicit DeployPane(QWidget *parent = nullptr);
    ~DeployPane() override;

    void setDocument(const DesignDocument &document);
    void setConnectionInfo(const QString &conninfo);
    bool isBusy() const { return m_busy; }

    // Columns: state, table, trigger, details; one row per status.
    QTableWidget *statusTable() const { return m_table; }
    QString log() const;
    void setConfirmDestructive(bool confirm);

public slots:
    void refreshStatus();
    void deploy();
    void runTests();

signals:
    void busyChanged(bool busy);
    void statusRefreshed(bool ok);
    void deployFinished(bool ok);
    void testsFinished(int passed, int failed);

private:
    void setBusy(bool busy);
    void appendLog(const QString &text);

    DesignDocument m_document;
    QString m_conninfo;
    bool m_busy = false;
    QTableWidget *m_table = nullptr;
    QPlainTextEdit *m_log = nullptr;
    QCheckBox *m_confirm = nullptr;
    QPushButton *m_statusButton = nullptr;
    QPushButton *m_deployButton = nullptr;
    QPushButton *m_testButton = nullptr;
    QLabel *m_summary = nullptr;
};

} // namespace trigon::ui
