#pragma once

#include "core/analysis/cascadegraph.h"
#include "core/analysis/diagnostic.h"
#include "core/sql/scriptrenderer.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

class QTimer;

namespace trigon::ui {

class DesignController;
class DiagnosticsModel;

// The live preview's pipeline, outside any widget: an edit of the design schedules one update
// after a short pause (a burst of keystrokes is one update); the update renders the current
// trigger, or the whole file through the incremental InstallScriptRenderer, and validates the
// design into the diagnostics model. plpgsql_check's findings join the validator's until the next
// edit, which they no longer describe. The cascade graph of the design and the connected
// database's triggers is built again when either changed, and its loops and name-order warnings
// join the diagnostics: at once for a small database, on a worker thread for one with many
// installed triggers (reading thousands of functions would stall typing), the diagnostics
// catching up when it is done.
class PreviewController : public QObject
{
    Q_OBJECT
public:
    // Long enough to coalesce a burst of keystrokes, short enough to feel live.
    static constexpr int defaultDelayMs = 30;
    // The server designs are rendered and validated for when no catalog says otherwise.
    static constexpr int defaultServerVersion = 150000;

    explicit PreviewController(DesignController *design, QObject *parent = nullptr);

    // What the preview shows: the current trigger's script (or, when no trigger is current, the
    // controller's current event trigger's) or the whole file's, installing or uninstalling.
    // Each change updates at once.
    void setWholeFile(bool wholeFile);
    bool isWholeFile() const { return m_wholeFile; }
    void setUninstall(bool uninstall);
    void setCurrentTriggerId(const QString &id);
    QString currentTriggerId() const { return m_currentTriggerId; }
    // The connected server's version (0: none connected, render for defaultServerVersion).
    void setServerVersion(int versionNumber);
    int serverVersion() const { return m_serverVersion; }
    void setFunctionFindings(const QList<Diagnostic> &findings);
    // The connected database's catalog (nullptr: none connected): its installed triggers join
    // the design's in the cascade graph; `options` say how their functions' names resolve.
    void setCatalog(std::shared_ptr<const CatalogSnapshot> catalog,
                    const CascadeOptions &options = {});
    // Which triggers set off which, as of the last update.
    const CascadeGraph &cascadeGraph() const { return m_cascadeGraph; }

    DiagnosticsModel *diagnostics() const { return m_diagnostics; }
    QString script() const { return m_script; }

    // Updates after the pause, or now.
    void schedule();
    void update();

signals:
    // The script and the diagnostics caught up with the design.
    void updated(const QString &script);
    // The cascade graph was built again, after the design or the catalog changed.
    void cascadeGraphChanged();

private:
    DesignController *m_design;
    DiagnosticsModel *m_diagnostics;
    QTimer *m_timer;
    bool m_wholeFile = false;
    bool m_uninstall = false;
    QString m_currentTriggerId;
    int m_serverVersion = defaultServerVersion;
    QList<Diagnostic> m_functionFindings;
    std::shared_ptr<const CatalogSnapshot> m_catalog;
    CascadeOptions m_cascadeOptions;
    // From this many installed triggers on, the graph is built on a worker thread.
    static constexpr qsizetype cascadeWorkerThreshold = 300;
    struct CascadeResult
    {
        CascadeGraph graph;
        QList<Diagnostic> diagnostics;
    };
    void startCascadeBuild();
    void showDiagnostics();

    // Building it reads every installed trigger's function: only after a change of either input.
    bool m_cascadeOutdated = true;
    QFutureWatcher<CascadeResult> *m_cascadeBuild;
    QList<Diagnostic> m_validatorDiagnostics;
    CascadeGraph m_cascadeGraph;
    QList<Diagnostic> m_cascadeDiagnostics;
    QString m_script;
    // The whole-file preview renders again only the triggers an edit changed.
    InstallScriptRenderer m_wholeFileRenderer;
};

} // namespace trigon::ui
