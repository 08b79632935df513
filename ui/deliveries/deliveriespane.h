#pragma once

#include "ui/deliveries/outboxjobs.h"

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QLabel;
class QProgressBar;
class QTableView;
class QTreeView;

namespace trigon::ui {

class JobRunner;
class JsonTreeModel;
class OutboxProblemsModel;
class OutboxTargetsModel;
class Session;

// How the transactional outbox of the connected database is doing: per target the pending,
// delivered and dead events and the age of the oldest pending one; below, the latest events
// whose delivery failed, with their last error, and the selected one's payload as a JSON tree.
// A dead event can be retried (made pending again for the relay).
//
// It reads again on Refresh, after a retry, and every few seconds while it is shown and
// connected. Database work runs on a worker thread (the pane's JobRunner, each job with its own
// BlockingConnection).
class DeliveriesPane : public QWidget
{
    Q_OBJECT
public:
    // How many failed and dead events the pane shows at most.
    static constexpr int problemLimit = 100;

    explicit DeliveriesPane(QWidget *parent = nullptr);

    // The database the pane reads: it follows the session's opening and closing.
    void setSession(Session *session);
    bool isConnected() const;
    bool isBusy() const { return m_busy; }
    // 0 stops the automatic refresh; 5000 ms unless set.
    void setAutoRefreshInterval(int milliseconds);

    QAction *refreshAction() const { return m_refreshAction; }
    QAction *retryAction() const { return m_retryAction; }
    OutboxTargetsModel *targetsModel() const { return m_targets; }
    OutboxProblemsModel *problemsModel() const { return m_problems; }
    QTableView *problemsView() const { return m_problemsView; }
    JsonTreeModel *payloadModel() const { return m_payload; }
    // What the pane says above the tables: why there is nothing to show, or what went wrong.
    QString message() const;

public slots:
    void refresh();
    // Makes the selected dead event pending again, then reads the outbox again.
    void retrySelected();

signals:
    void busyChanged(bool busy);
    // A reading ended: the outbox was read (true), or not (false: not there, or an error).
    void refreshed(bool ok);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    void followSession();
    void startReading(const QString &retryId);
    void showReading(const OutboxReading &reading);
    void setBusy(bool busy);
    void setMessage(const QString &text);
    void showSelectedProblem();
    void updateActions();
    // The id of the selected problem event, or empty.
    QString selectedId() const;

    QPointer<Session> m_session; // may go before the pane
    JobRunner *m_jobs;
    bool m_busy = false;
    QTimer m_autoRefresh;

    QAction *m_refreshAction;
    QAction *m_retryAction;
    QLabel *m_summary;
    QProgressBar *m_progress;
    QLabel *m_message;
    OutboxTargetsModel *m_targets;
    OutboxProblemsModel *m_problems;
    JsonTreeModel *m_payload;
    QTableView *m_targetsView;
    QTableView *m_problemsView;
    QLabel *m_lastError;
    QTreeView *m_payloadView;
};

} // namespace trigon::ui
