#pragma once

#include "core/catalog/catalogsnapshot.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QProgressBar;
class QScrollArea;
class QStackedWidget;
class QTreeView;

namespace trigon::ui {

class ActionsEditor;
class CascadePane;
class CatalogController;
class CatalogPane;
class ConditionBuilder;
class ConnectionController;
class DesignController;
class DeployPane;
class DeliveriesPane;
class DesignListPane;
class DocumentFiles;
class DiagnosticsModel;
class MainMenus;
class MonitorPane;
class PreviewController;
class Session;
class SqlPreview;
class TriggerForm;
class EventTriggerForm;
class WelcomePage;

// Where the main window keeps what it must not share with other instances or tests.
struct MainWindowOptions
{
    QString sandboxDataDir;    // empty: the user's default sandbox location
    QString recoveryDirectory; // empty: the user's default recovery folder
    int autosaveDelayMs = 5000;
};

// Arranges the docks, the menus and the central form around the application layer: the design
// controller, the session, the preview controller and the controllers that open databases and
// act on the catalog. It shows what they report and does no work of its own.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const MainWindowOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString connectedConninfo() const;
    // Connecting, the sandbox, and the dialogs on the way.
    ConnectionController *connections() const { return m_connections; }
    DesignController *design() const { return m_design; }
    DesignListPane *designList() const { return m_designList; }
    TriggerForm *triggerForm() const { return m_form; }
    DiagnosticsModel *diagnostics() const;
    PreviewController *preview() const { return m_previewController; }
    CatalogPane *catalogPane() const { return m_catalogPane; }
    ConditionBuilder *conditionBuilder() const { return m_conditions; }
    ActionsEditor *actionsEditor() const { return m_actions; }
    MonitorPane *monitor() const { return m_monitor; }
    CascadePane *cascadePane() const { return m_cascade; }
    std::shared_ptr<const CatalogSnapshot> catalog() const;
    Session *session() const { return m_session; }
    // The SQL the preview shows right now.
    QString previewText() const;

    // Offers the designs a crashed session left behind; returns whether one was restored.
    bool offerRecovery();

public slots:
    void openSandbox();
    bool openDesign(const QString &fileName);
    // Renders the preview and validates now (edits schedule it after a short pause).
    void updatePreview();
    // View ▸ Reset Layout: the panes where a new window has them, the SQL preview beside the
    // form, every pane docked and shown.
    void arrangeDefaultLayout();
    // View ▸ Maximize Panel: the pane with the keyboard focus takes the whole window (the test
    // bench, the events); again, and the layout comes back as it was.
    void toggleMaximizedPanel();

signals:
    // Emitted when a connection attempt ends; `error` is empty on success.
    void connectionFinished(const QString &error);
    void catalogLoaded();
    // The preview and diagnostics caught up with the last edit.
    void previewUpdated();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showPreview(const QString &script);
    void createDocks();
    QDockWidget *dock(const QString &objectName) const;
    void connectSession();
    void connectPanes();
    void restoreLayout();
    void setBusy(const QString &message);
    void clearBusy();
    void updateConnectionState();
    // After connecting, the status check the window started itself: its result in the status bar.
    void reportStatusAfterConnect(bool ok);
    void updateTitle();
    void updateCentral();
    void showEventTrigger(const QString &id);
    void activateDiagnostic(const QModelIndex &index);
    void showTrigger(const QString &id);

    DesignController *m_design;
    Session *m_session;
    ConnectionController *m_connections;

    QStackedWidget *m_centralStack;
    WelcomePage *m_welcome;
    QLabel *m_emptyHint;
    QScrollArea *m_formArea;
    TriggerForm *m_form;
    QScrollArea *m_eventFormArea;
    EventTriggerForm *m_eventTriggerForm;
    DesignListPane *m_designList;
    CatalogPane *m_catalogPane;
    PreviewController *m_previewController;
    DocumentFiles *m_files;
    CatalogController *m_catalogController;
    QTreeView *m_diagnosticsView;
    ConditionBuilder *m_conditions;
    ActionsEditor *m_actions;
    MonitorPane *m_monitor;
    DeployPane *m_deploy;
    DeliveriesPane *m_deliveries;
    CascadePane *m_cascade;
    SqlPreview *m_preview;
    QDockWidget *m_previewDock = nullptr;
    QDockWidget *m_diagnosticsDock = nullptr;
    QDockWidget *m_cascadeDock = nullptr;
    bool m_cascadeOutOfSight = false; // before View ▸ Cascade toggles it
    bool m_checkingStatusAfterConnect = false;
    QByteArray m_stateBeforeMaximizing; // empty unless a panel is maximized
    QList<QDockWidget *> m_docks;
    MainMenus *m_menus = nullptr;

    QProgressBar *m_busyIndicator;
};

} // namespace trigon::ui
