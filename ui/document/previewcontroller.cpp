#include "ui/document/previewcontroller.h"

#include "core/analysis/designvalidator.h"
#include "core/catalog/catalogsnapshot.h"
#include "core/sql/eventtriggerscript.h"
#include "ui/designer/diagnosticsmodel.h"
#include "ui/document/designcontroller.h"

#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace trigon::ui {

PreviewController::PreviewController(DesignController *design, QObject *parent)
    : QObject(parent)
    , m_design(design)
    , m_diagnostics(new DiagnosticsModel(this))
    , m_timer(new QTimer(this))
    , m_cascadeBuild(new QFutureWatcher<CascadeResult>(this))
{
    connect(m_cascadeBuild, &QFutureWatcher<CascadeResult>::finished, this, [this] {
        const CascadeResult result = m_cascadeBuild->result();
        m_cascadeGraph = result.graph;
        m_cascadeDiagnostics = result.diagnostics;
        showDiagnostics();
        emit cascadeGraphChanged();
        // Edits made while it ran need a graph of their own.
        if (m_cascadeOutdated)
            startCascadeBuild();
    });
    m_timer->setSingleShot(true);
    m_timer->setInterval(defaultDelayMs);
    connect(m_timer, &QTimer::timeout, this, &PreviewController::update);
    connect(m_design, &DesignController::documentChanged, this, [this] {
        m_functionFindings.clear(); // they were about the design before this edit
        m_cascadeOutdated = true;
        schedule();
    });
    // The controller keeps the current event trigger; the window keeps no copy of it.
    connect(m_design, &DesignController::currentEventTriggerChanged, this,
            &PreviewController::schedule);
}

void PreviewController::setWholeFile(bool wholeFile)
{
    m_wholeFile = wholeFile;
    update();
}

void PreviewController::setUninstall(bool uninstall)
{
    m_uninstall = uninstall;
    update();
}

void PreviewController::setCurrentTriggerId(const QString &id)
{
    m_currentTriggerId = id;
    schedule();
}

void PreviewController::setServerVersion(int versionNumber)
{
    m_serverVersion = versionNumber > 0 ? versionNumber : defaultServerVersion;
    schedule();
}

void PreviewController::setFunctionFindings(const QList<Diagnostic> &findings)
{
    m_functionFindings = findings;
    update();
}

void PreviewController::setCatalog(std::shared_ptr<const CatalogSnapshot> catalog,
                                   const CascadeOptions &options)
{
    m_catalog = std::move(catalog);
    m_cascadeOptions = options;
    m_cascadeOutdated = true;
    schedule();
}

void PreviewController::schedule()
{
    m_timer->start();
}

void PreviewController::update()
{
    m_timer->stop();
    const RenderOptions options {m_serverVersion, true};
    m_script.clear();
    if (m_wholeFile) {
        m_script = m_uninstall ? renderUninstallScript(m_design->document(), options)
                               : m_wholeFileRenderer.render(m_design->document(), options);
    } else if (const TriggerDesign *trigger = m_design->trigger(m_currentTriggerId)) {
        m_script = m_uninstall ? renderTriggerUninstall(*trigger, options)
                               : renderTriggerInstall(*trigger, options);
    } else if (const EventTriggerDesign *eventTrigger
               = m_design->eventTrigger(m_design->currentEventTriggerId())) {
        m_script = m_uninstall
                ? renderEventTriggerUninstall(*eventTrigger)
                : renderEventTriggerInstall(*eventTrigger, m_design->triggers(), options);
    }
    m_validatorDiagnostics = validateDesign(m_design->document(),
                                            ValidationOptions {m_serverVersion, std::nullopt});
    const bool buildNow = m_cascadeOutdated
            && (!m_catalog || m_catalog->triggers.size() < cascadeWorkerThreshold);
    if (buildNow) {
        m_cascadeGraph = buildCascadeGraph(m_design->triggers(), m_catalog.get(), m_cascadeOptions);
        m_cascadeDiagnostics = cascadeDiagnostics(m_cascadeGraph);
        m_cascadeOutdated = false;
    } else if (m_cascadeOutdated && !m_cascadeBuild->isRunning()) {
        startCascadeBuild();
    }
    showDiagnostics();
    emit updated(m_script);
    if (buildNow)
        emit cascadeGraphChanged();
}

void PreviewController::startCascadeBuild()
{
    m_cascadeOutdated = false;
    // The worker gets copies (the catalog is shared and never changed), nothing of this object.
    m_cascadeBuild->setFuture(QtConcurrent::run(
            [designs = m_design->triggers(), catalog = m_catalog, options = m_cascadeOptions] {
                CascadeResult result;
                result.graph = buildCascadeGraph(designs, catalog.get(), options);
                result.diagnostics = cascadeDiagnostics(result.graph);
                return result;
            }));
}

void PreviewController::showDiagnostics()
{
    // The validator's findings, the cascade's loops and name-order warnings, then
    // plpgsql_check's from the last deploy plan of this version.
    QList<Diagnostic> diagnostics = m_validatorDiagnostics;
    diagnostics += m_cascadeDiagnostics;
    diagnostics += m_functionFindings;
    m_diagnostics->setDiagnostics(std::move(diagnostics));
}

} // namespace trigon::ui
