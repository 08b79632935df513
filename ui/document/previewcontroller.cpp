#include "ui/document/previewcontroller.h"

#include "core/analysis/designvalidator.h"
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
    // The validator's findings, then plpgsql_check's from the last deploy plan of this version.
    QList<Diagnostic> diagnostics
            = validateDesign(m_design->document(), ValidationOptions {m_serverVersion});
    diagnostics += m_functionFindings;
    m_diagnostics->setDiagnostics(std::move(diagnostics));
    emit updated(m_script);
}

} // namespace trigon::ui
