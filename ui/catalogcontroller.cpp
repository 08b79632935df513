#include "ui/catalogcontroller.h"

#include "core/catalog/tableselection.h"
#include "core/catalog/triggerimport.h"
#include "ui/catalog/catalogpane.h"
#include "ui/document/designcontroller.h"
#include "ui/editor/sqleditor.h"
#include "ui/session/session.h"

#include <QApplication>
#include <QClipboard>
#include <QDialog>
#include <QDialogButtonBox>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace trigon::ui {

CatalogController::CatalogController(CatalogPane *pane, DesignController *design, Session *session,
                                     QWidget *dialogParent)
    : QObject(dialogParent)
    , m_pane(pane)
    , m_design(design)
    , m_session(session)
    , m_dialogParent(dialogParent)
{
    // An empty pane would look like an empty database, or a broken one: it says how to begin.
    const auto showNotConnected = [this] {
        m_pane->setPlaceholderText(
                tr("Not connected to a database.\n\nConnect to one with Database ▸ Connect…, "
                   "or try Trigon on a demo shop with Database ▸ Open Sandbox Database."));
    };
    if (!m_session->isOpen())
        showNotConnected();
    connect(m_session, &Session::opening, m_pane, [this](const QString &displayName) {
        m_pane->setPlaceholderText(tr("Connecting to %1…").arg(displayName));
    });
    connect(m_session, &Session::opened, m_pane, [this] { m_pane->setPlaceholderText({}); });
    connect(m_session, &Session::openFailed, m_pane, showNotConnected);
    connect(m_session, &Session::lost, m_pane, showNotConnected);
    connect(m_session, &Session::closed, m_pane, showNotConnected);
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
    // Not modal: several definitions can be read side by side, and beside the design.
    auto *dialog = new QDialog(m_dialogParent);
    dialog->setObjectName(QStringLiteral("triggerDefinition"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Trigger %1").arg(trigger.name));
    auto *editor = new SqlEditor(dialog);
    if (const std::shared_ptr<const CatalogSnapshot> catalog = m_session->catalog())
        editor->setCatalog(*catalog);
    editor->setTriggerTable(trigger.schema, trigger.table);
    editor->setText(text);
    editor->setReadOnly(true);
    // pg_get_triggerdef() gives the whole CREATE TRIGGER on one line.
    editor->setWrapMode(QsciScintilla::WrapWord);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    QPushButton *copy = buttons->addButton(tr("&Copy"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, editor, [editor] {
        QApplication::clipboard()->setText(editor->hasSelectedText() ? editor->selectedText()
                                                                     : editor->text());
    });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(editor, 1);
    layout->addWidget(buttons);
    dialog->resize(760, 520);
    dialog->show();
}

} // namespace trigon::ui
