#pragma once

#include "core/monitor/monitorevent.h"
#include "core/pg/listener.h"
#include "core/pg/notification.h"

#include <QPointer>
#include <QWidget>

#include <functional>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QTabWidget;
class QTableView;
class QTimer;
class QToolButton;
class QTreeView;
class QVBoxLayout;

namespace trigon::ui {

class DesignController;
class EventFilterModel;
class EventModel;
class EventRateGraph;
class JobRunner;
class JsonTreeModel;
class Session;

// The live event monitor: LISTEN on channels of one database and watch notifications arrive,
// filter and inspect them; RAISE NOTICE / WARNING of Trigon's own connections in a second tab.
//
// Embedding: put it in a dock, give it the window's session with setSession() (it listens while
// the session is open) and the design with followDesign() (it offers the channels the design
// notifies on), call rememberChannels() and rememberCapacity() with settings keys, and connect
// each connection's noticeReceived to appendNotice(). statusChanged() says what the listener is
// doing, for a status bar.
class MonitorPane : public QWidget
{
    Q_OBJECT
public:
    enum class Status { Idle, Connecting, Listening, Reconnecting, Failed };
    Q_ENUM(Status)
    enum class ExportFormat { JsonLines, Csv };
    Q_ENUM(ExportFormat)
    enum class ExportScope { Buffer, Selection };
    Q_ENUM(ExportScope)
    enum class CopyFormat { Payloads, JsonLines };
    Q_ENUM(CopyFormat)

    static constexpr int minimumCapacity = 1000; // offered by askCapacity()
    static constexpr int maximumCapacity = 10000000;

    explicit MonitorPane(QWidget *parent = nullptr);
    ~MonitorPane() override;

    // Listens on channels() in the session's database while it is open (on a connection of its
    // own); stops when it closes or is lost.
    void setSession(Session *session);

    void setChannels(const QStringList &channels);
    QStringList channels() const;
    void addChannel(const QString &channel);
    void removeChannel(const QString &channel);
    // Offered in the channel box and as one-click buttons below it, as long as they are not
    // listened to; e.g. the channels open designs notify on.
    void suggestChannels(const QStringList &channels);
    QStringList suggestedChannels() const { return m_suggestions; }
    // The suggestions not listened to yet: what the buttons offer.
    QStringList offeredChannels() const;
    // Suggests the channels `design`'s notify actions use, again after each change of it; null
    // follows none.
    void followDesign(const DesignController *design);
    // Starts with the channels stored under `key` in the application's settings (the same for
    // every connection: the channels belong to the designs, which are deployed to several
    // databases) and stores each change of channels() there.
    void rememberChannels(const QString &key);

    // The second stream: a server message received by one of Trigon's connections. `source`
    // says which ("Deploy", "Test run", ...).
    void appendNotice(const QString &source, const pg::Notice &notice);

    // Default 100,000, for each of the two streams; at most maximumCapacity.
    void setCapacity(int events);
    int capacity() const;
    // Starts with the capacity stored under `key` in the application's settings (when it is a
    // number from minimumCapacity to maximumCapacity) and stores each new one there.
    void rememberCapacity(const QString &key);
    void askCapacity(); // a dialog
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    void clear();
    qint64 droppedCount() const;

    // Filters of the notifications table; false for a JSON filter without '='.
    void setChannelFilter(const QString &channel);
    void setTextFilter(const QString &text);
    bool setJsonFilter(const QString &expression);

    bool exportEvents(const QString &fileName, ExportFormat format, ExportScope scope);
    // The selected rows' payloads, one per line, or the rows as JSON lines, to the clipboard.
    void copySelection(CopyFormat format);

    // DDL events: install (or remove) the event trigger that notifies trigon_ddl, on a short
    // connection of its own. `askFirst` shows a confirmation; the outcome arrives in
    // ddlEventsFinished() and in the pane's message line.
    void installDdlEvents(bool askFirst = true);
    void removeDdlEvents(bool askFirst = true);

    Status status() const { return m_status; }
    QString statusText() const;
    QString messageText() const; // the message line (errors, DDL outcomes), empty when hidden

    // The building blocks, for tests and the benchmark.
    pg::Listener *listener() const { return m_listener; }
    EventModel *eventModel() const { return m_events; }
    EventModel *messageModel() const { return m_messages; }
    EventFilterModel *filterModel() const { return m_filter; }
    JsonTreeModel *jsonModel() const { return m_json; }
    QTableView *eventView() const { return m_eventView; }
    EventRateGraph *rateGraph() const { return m_rateGraph; }
    QString detailText() const;
    // Moves what arrived into the tables now instead of at the next tick of the flush timer.
    void flush();
    // Adds to the rate graph the events received since the last sample, per second of the
    // clock; the pane's timer does it every second.
    void takeRateSample();
    // Where the rate's time comes from: milliseconds of a steady clock. The default is the
    // system's; a test passes its own to make seconds pass without waiting for them.
    void setRateClock(std::function<qint64()> milliseconds);

signals:
    void statusChanged(trigon::ui::MonitorPane::Status status, const QString &text);
    void ddlEventsFinished(bool ok, bool installed, const QString &message);
    void capacityChanged(int events);
    void channelsChanged(const QStringList &channels);

private:
    void buildUi();
    void addEventViewActions();
    QList<MonitorEvent> selectedEvents() const;
    void setStatus(Status status, const QString &text);
    QString listeningText() const;
    void showMessage(const QString &text, bool error);
    void onNotifications(const pg::NotificationBatch &notifications);
    void onGap(const pg::ListenerGap &gap);
    void onListenerState(pg::Listener::State state);
    void addChannelFromInput();
    void removeSelectedChannel();
    void refreshChannelViews();
    void refreshSuggestionButtons(const QStringList &offered);
    void showCurrentEvent();
    void updateCounters();
    void exportWithDialog(ExportFormat format, ExportScope scope);
    void applyJsonFilterInput();
    void runDdlScript(bool install, bool askFirst);

    pg::Listener *m_listener;
    EventModel *m_events;
    EventModel *m_messages;
    EventFilterModel *m_filter;
    JsonTreeModel *m_json;
    QTimer *m_flushTimer;
    QTimer *m_rateTimer;
    JobRunner *m_jobs;      // the DDL-events steps
    bool m_ddlBusy = false; // a DDL-events install or removal runs

    QLabel *m_statusLabel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_countersLabel = nullptr;
    EventRateGraph *m_rateGraph = nullptr;
    QToolButton *m_pauseButton = nullptr;
    QAction *m_pauseAction = nullptr;
    QComboBox *m_channelInput = nullptr;
    QWidget *m_suggestionBox = nullptr; // "The design notifies on:" and a button per channel
    QVBoxLayout *m_suggestionButtons = nullptr;
    QListWidget *m_channelList = nullptr;
    QComboBox *m_channelFilter = nullptr;
    QLineEdit *m_textFilter = nullptr;
    QLineEdit *m_jsonFilter = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTableView *m_eventView = nullptr;
    QTableView *m_messageView = nullptr;
    QLabel *m_detailHeader = nullptr;
    QPlainTextEdit *m_detailText = nullptr;
    QTreeView *m_jsonView = nullptr;

    QPointer<Session> m_session; // may go before the pane
    QPointer<const DesignController> m_design;
    QStringList m_suggestions;
    Status m_status = Status::Idle;
    QString m_statusText;
    bool m_paused = false;
    qint64 m_lastReceived = 0; // totalReceived() at the last rate sample
    std::function<qint64()> m_rateClock;
    qint64 m_lastSampleMs = 0;
};

} // namespace trigon::ui
