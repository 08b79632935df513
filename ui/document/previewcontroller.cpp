#include "ui/document/previewcontroller.h"

#include "core/analysis/designvalidator.h"
#include "core/catalog/catalogsnapshot.h"
#include "ui/designer/diagnosticsmodel.h"
#include "ui/document/designcontroller.h"

#include <QTimer>

namespace trigon::ui {

PreviewController::PreviewController(DesignController *design, QObject *parent)
    : QObject(parent)
    , m_design(design)
    , m_diagnostics(new DiagnosticsModel(this))
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(defaultDelayMs);
    connect(m_timer, &QTimer::timeout, this, &PreviewController::update);
    connect(m_design, &DesignController::documentChanged, this, [this] {
        m_functionFindings.clear(); // they were about the design before this edit
        m_cascadeOutdated = true;
        schedule();
    });
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
                               : m_wholeFileRenderer.render(m_design->document().triggers, options);
    } else if (const TriggerDesign *trigger = m_design->trigger(m_currentTriggerId)) {
        m_script = m_uninstall ? renderTriggerUninstall(*trigger, options)
                               : renderTriggerInstall(*trigger, options);
    }
    const bool cascadeChanged = m_cascadeOutdated;
    if (m_cascadeOutdated) {
        m_cascadeGraph = buildCascadeGraph(m_design->triggers(), m_catalog.get(), m_cascadeOptions);
        m_cascadeDiagnostics = cascadeDiagnostics(m_cascadeGraph);
        m_cascadeOutdated = false;
    }
    // The validator's findings, the cascade's loops and name-order warnings, then
    // plpgsql_check's from the last deploy plan of this version.
    QList<Diagnostic> diagnostics
            = validateDesign(m_design->document(), ValidationOptions {m_serverVersion});
    diagnostics += m_cascadeDiagnostics;
    diagnostics += m_functionFindings;
    m_diagnostics->setDiagnostics(std::move(diagnostics));
    emit updated(m_script);
    if (cascadeChanged)
        emit cascadeGraphChanged();
}

} // namespace trigon::ui
