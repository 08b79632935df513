#pragma once

#include "core/catalog/catalogsnapshot.h"

#include <QMainWindow>

#include <memory>

class QDockWidget;
class QLabel;
class QMenu;
class QProgressBar;
class QScrollArea;
class QStackedWidget;
class QTreeView;

namespace trigon::ui {

class ActionsEditor;
class CatalogPane;
class ConditionBuilder;
class DesignController;
class DeployPane;
class DesignListPane;
class DocumentFiles;
class DiagnosticsModel;
class MonitorPane;
class PreviewController;
class SandboxController;
class Session;
class SqlPreview;
class TriggerForm;
class WelcomePage;

// Where the main window keeps what it must not share with other instances or tests.
struct MainWindowOptions
{
    QString sandboxDataDir;    // empty: the user's default sandbox location
    QString recoveryDirectory; // empty: the user's default recovery folder
    int autosaveDelayMs = 5000;
};

class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const MainWindowOptions &options = {}, QWidget *parent = nullptr);
    ~MainWindow() override;

    QString connectedConninfo() const;
    SandboxController *sandbox() const { return m_sandbox; }
    DesignController *design() const { return m_design; }
    DesignListPane *designList() const { return m_designList; }
    TriggerForm *triggerForm() const { return m_form; }
    DiagnosticsModel *diagnostics() const;
    PreviewController *preview() const { return m_previewController; }
    CatalogPane *catalogPane() const { return m_catalogPane; }
    ConditionBuilder *conditionBuilder() const { return m_conditions; }
    ActionsEditor *actionsEditor() const { return m_actions; }
    MonitorPane *monitor() const { return m_monitor; }
    std::shared_ptr<const CatalogSnapshot> catalog() const;
    Session *session() const { return m_session; }
    // The SQL the preview shows right now.
    QString previewText() const;

    // Offers the designs a crashed session left behind; returns whether one was restored.
    bool offerRecovery();

public slots:
    void openSandbox();
    // Copies the structure (no rows) of the source into the sandbox database `databaseName`,
    // then connects to it. An existing copy of that name is replaced after the user confirms.
    void seedSandbox(const QString &sourceConninfo, const QString &databaseName,
                     bool replace = false);
    void showConnectDialog();
    void connectTo(const QString &conninfo);
    void disconnectFromDatabase();
    void reloadCatalog();
    bool openDesign(const QString &fileName);
    bool save();
    bool saveAs();
    // Renders the preview and validates now (edits schedule it after a short pause).
    void updatePreview();

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
    void createActions();
    void restoreLayout();
    void resetSandbox();
    void showSeedSandboxDialog();
    void showAbout();
    void setBusy(const QString &message);
    void clearBusy();
    void updateConnectionState();
    void onConnected();
    void onConnectionFailed(const QString &message);
    void updateTitle();
    void updateCentral();
    void newTriggerOn(const CatalogRelation &relation);
    void importTrigger(const CatalogTrigger &trigger);
    void showTriggerDefinition(const CatalogTrigger &trigger);
    void activateDiagnostic(const QModelIndex &index);
    void showTrigger(const QString &id);
    QStringList notifyChannels() const;

    DesignController *m_design;
    SandboxController *m_sandbox;
    Session *m_session;

    QStackedWidget *m_centralStack;
    WelcomePage *m_welcome;
    QLabel *m_emptyHint;
    QScrollArea *m_formArea;
    TriggerForm *m_form;
    DesignListPane *m_designList;
    CatalogPane *m_catalogPane;
    PreviewController *m_previewController;
    DocumentFiles *m_files;
    QTreeView *m_diagnosticsView;
    ConditionBuilder *m_conditions;
    ActionsEditor *m_actions;
    MonitorPane *m_monitor;
    DeployPane *m_deploy;
    SqlPreview *m_preview;
    QDockWidget *m_previewDock = nullptr;
    QDockWidget *m_diagnosticsDock = nullptr;
    QList<QDockWidget *> m_docks;

    QLabel *m_connectionLabel;
    QProgressBar *m_busyIndicator;
    QAction *m_disconnectAction = nullptr;
    QAction *m_resetSandboxAction = nullptr;
    QAction *m_seedSandboxAction = nullptr;
    QAction *m_reloadCatalogAction = nullptr;
    QAction *m_wholeFilePreview = nullptr;
};

} // namespace trigon::ui
