#include "ui/catalogcontroller.h"

#include "core/catalog/tableselection.h"
#include "core/catalog/triggerimport.h"
#include "ui/catalog/catalogpane.h"
#include "ui/document/designcontroller.h"
#include "ui/session/session.h"

#include <QMessageBox>

namespace trigon::ui {

CatalogController::CatalogController(CatalogPane *pane, DesignController *design, Session *session,
                                     QWidget *dialogParent)
    : QObject(dialogParent)
    , m_pane(pane)
    , m_design(design)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
    connect(m_session, &Session::catalogLoading, m_pane,
            [this] { m_pane->setStatus(tr("Loading the catalog…")); });
    connect(m_session, &Session::catalogFailed, m_pane, [this](const QString &message) {
        m_pane->setStatus(tr("The catalog could not be loaded: %1").arg(message));
    });
    connect(m_session, &Session::catalogChanged, m_pane,
            [this](const std::shared_ptr<const CatalogSnapshot> &catalog) {
                m_pane->setSnapshot(catalog);
                m_pane->setStatus(QString());
            });
    connect(m_pane, &CatalogPane::refreshRequested, m_session, &Session::reloadCatalog);
    connect(m_pane, &CatalogPane::newTriggerRequested, this, &CatalogController::newTriggerOn);
    connect(m_pane, &CatalogPane::importRequested, this, &CatalogController::importTrigger);
    connect(m_pane, &CatalogPane::showDefinitionRequested, this,
            &CatalogController::showTriggerDefinition);
}

void CatalogController::newTriggerOn(const CatalogRelation &relation)
{
    TriggerDesign trigger;
    trigger.table = TableRef {relation.schema, relation.name};
    trigger.name = relation.name + QStringLiteral("_trigger");
    trigger.events = {TriggerEvent::Update};
    if (relation.kind == RelationKind::View)
        trigger.timing = TriggerTiming::InsteadOf;
    trigger.tableColumns = designTable(relation).columns;
    m_design->setCurrentTriggerId(m_design->addTrigger(trigger));
}

void CatalogController::importTrigger(const CatalogTrigger &trigger)
{
    const std::shared_ptr<const CatalogSnapshot> catalog = m_session->catalog();
    if (!catalog)
        return;
    const TriggerImport imported = trigon::importTrigger(*catalog, trigger);
    if (!imported.design) {
        QMessageBox::information(
                m_dialogParent, tr("Cannot Import"),
                tr("%1 cannot become a design:\n\n%2")
                        .arg(trigger.name, imported.notes.join(QLatin1Char('\n'))));
        return;
    }
    m_design->setCurrentTriggerId(m_design->addTrigger(*imported.design));
    if (!imported.notes.isEmpty())
        emit statusMessage(imported.notes.join(QStringLiteral("; ")), 10000);
}

void CatalogController::showTriggerDefinition(const CatalogTrigger &trigger)
{
    QString text = trigger.definition + QStringLiteral(";\n");
    if (const std::shared_ptr<const CatalogSnapshot> catalog = m_session->catalog()) {
        if (const CatalogFunction *function = catalog->function(trigger.function))
            text += tr("\n-- %1.%2(), %3:\n%4")
                            .arg(function->schema, function->name, function->language,
                                 function->source.trimmed());
    }
    QMessageBox box(QMessageBox::NoIcon, tr("Trigger %1").arg(trigger.name), text,
                    QMessageBox::Close, m_dialogParent);
    box.setTextInteractionFlags(Qt::TextSelectableByMouse);
    box.exec();
}

} // namespace trigon::ui
