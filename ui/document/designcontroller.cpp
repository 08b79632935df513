#include "ui/document/designcontroller.h"

#include "core/io/designfile.h"
#include "ui/document/designcommands.h"

#include <QFileInfo>

namespace trigon::ui {

DesignController::DesignController(QObject *parent)
    : QObject(parent)
{
    connect(&m_undoStack, &QUndoStack::cleanChanged, this,
            [this] { emit modifiedChanged(isModified()); });
}

const TriggerDesign *DesignController::trigger(const QString &id) const
{
    const qsizetype index = m_document.indexOfId(id);
    return index < 0 ? nullptr : &m_document.triggers[index];
}

QString DesignController::displayName() const
{
    return m_fileName.isEmpty() ? tr("Untitled") : QFileInfo(m_fileName).fileName();
}

void DesignController::editTrigger(const QString &id, const QString &description,
                                   const QString &mergeKey, const TriggerChange &change)
{
    const TriggerDesign *current = trigger(id);
    if (!current)
        return;
    TriggerDesign after = *current;
    change(after);
    after.id = id; // the id is the command's handle: an edit never changes it
    if (after == *current)
        return;
    m_undoStack.push(
            new EditTriggerCommand(this, *current, std::move(after), description, mergeKey));
}

QString DesignController::addTrigger(TriggerDesign trigger, qsizetype index)
{
    trigger.id = m_document.unusedId();
    m_document.adoptSettings(trigger); // rendering it alone needs the document's settings
    if (index < 0 || index > m_document.triggers.size())
        index = m_document.triggers.size();
    const QString id = trigger.id;
    const QString description = tr("Add Trigger %1").arg(trigger.name);
    m_undoStack.push(new InsertTriggerCommand(this, index, std::move(trigger), false, description));
    return id;
}

void DesignController::removeTrigger(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return;
    const TriggerDesign &trigger = m_document.triggers[index];
    m_undoStack.push(new InsertTriggerCommand(this, index, trigger, true,
                                              tr("Delete Trigger %1").arg(trigger.name)));
}

QString DesignController::duplicateTrigger(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return {};
    TriggerDesign copy = m_document.triggers[index];
    // PostgreSQL wants trigger names unique per table: suggest one that is.
    QString name = copy.name + QStringLiteral("_copy");
    for (int n = 2; std::any_of(
                 m_document.triggers.cbegin(), m_document.triggers.cend(),
                 [&](const TriggerDesign &t) { return t.name == name && t.table == copy.table; });
         ++n)
        name = copy.name + QStringLiteral("_copy%1").arg(n);
    copy.name = name;
    return addTrigger(std::move(copy), index + 1);
}

void DesignController::moveTrigger(const QString &id, qsizetype toIndex)
{
    const qsizetype from = indexOf(id);
    if (from < 0 || toIndex < 0 || toIndex >= m_document.triggers.size() || from == toIndex)
        return;
    m_undoStack.push(new MoveTriggerCommand(this, id, from, toIndex));
}

void DesignController::applyTrigger(const TriggerDesign &trigger)
{
    const qsizetype index = indexOf(trigger.id);
    if (index < 0)
        return;
    m_document.triggers[index] = trigger;
    emit triggerChanged(index);
    emit triggerTouched(trigger.id);
    emit documentChanged();
}

void DesignController::applyInsert(qsizetype index, const TriggerDesign &trigger)
{
    index = std::clamp<qsizetype>(index, 0, m_document.triggers.size());
    emit aboutToInsertTrigger(index);
    m_document.triggers.insert(index, trigger);
    emit triggerInserted(index);
    emit triggerTouched(trigger.id);
    emit documentChanged();
}

void DesignController::applyRemove(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return;
    emit aboutToRemoveTrigger(index);
    m_document.triggers.removeAt(index);
    emit triggerRemoved(index);
    // A view may already have chosen a neighbour while the row went.
    if (m_currentTriggerId == id)
        setCurrentTriggerId(QString());
    emit documentChanged();
}

void DesignController::setCurrentTriggerId(const QString &id)
{
    // Diagnostics name either kind of design by its id; the ids of the two never collide.
    if (indexOfEventTrigger(id) >= 0) {
        setCurrentEventTriggerId(id);
        return;
    }
    if (id == m_currentTriggerId)
        return;
    sealMerging();
    m_currentTriggerId = id;
    emit currentTriggerChanged(id);
    if (!id.isEmpty())
        setCurrentEventTriggerId(QString());
}

void DesignController::setCurrentEventTriggerId(const QString &id)
{
    if (id == m_currentEventTriggerId)
        return;
    sealMerging();
    m_currentEventTriggerId = id;
    if (!id.isEmpty() && !m_currentTriggerId.isEmpty()) {
        m_currentTriggerId.clear();
        emit currentTriggerChanged(QString());
    }
    emit currentEventTriggerChanged(id);
}

const EventTriggerDesign *DesignController::eventTrigger(const QString &id) const
{
    const qsizetype index = indexOfEventTrigger(id);
    return index < 0 ? nullptr : &m_document.eventTriggers[index];
}

void DesignController::editEventTrigger(const QString &id, const QString &description,
                                        const QString &mergeKey, const EventTriggerChange &change)
{
    const EventTriggerDesign *current = eventTrigger(id);
    if (!current)
        return;
    EventTriggerDesign after = *current;
    change(after);
    after.id = id; // the id is the command's handle: an edit never changes it
    if (after == *current)
        return;
    m_undoStack.push(
            new EditEventTriggerCommand(this, *current, std::move(after), description, mergeKey));
}

QString DesignController::addEventTrigger(EventTriggerDesign eventTrigger, qsizetype index)
{
    eventTrigger.id = m_document.unusedEventTriggerId();
    if (index < 0 || index > m_document.eventTriggers.size())
        index = m_document.eventTriggers.size();
    const QString id = eventTrigger.id;
    const QString description = tr("Add Event Trigger %1").arg(eventTrigger.name);
    m_undoStack.push(new InsertEventTriggerCommand(this, index, std::move(eventTrigger), false,
                                                   description));
    return id;
}

QStringList DesignController::addEventTriggers(const QList<EventTriggerDesign> &eventTriggers,
                                               const QString &description)
{
    QStringList ids;
    m_undoStack.beginMacro(description);
    for (const EventTriggerDesign &eventTrigger : eventTriggers)
        ids.append(addEventTrigger(eventTrigger));
    m_undoStack.endMacro();
    return ids;
}

void DesignController::removeEventTrigger(const QString &id)
{
    const qsizetype index = indexOfEventTrigger(id);
    if (index < 0)
        return;
    const EventTriggerDesign &eventTrigger = m_document.eventTriggers[index];
    m_undoStack.push(new InsertEventTriggerCommand(
            this, index, eventTrigger, true, tr("Delete Event Trigger %1").arg(eventTrigger.name)));
}

QString DesignController::duplicateEventTrigger(const QString &id)
{
    const qsizetype index = indexOfEventTrigger(id);
    if (index < 0)
        return {};
    EventTriggerDesign copy = m_document.eventTriggers[index];
    // Event trigger names are unique in a database: suggest one that is.
    QString name = copy.name + QStringLiteral("_copy");
    for (int n = 2; std::any_of(m_document.eventTriggers.cbegin(), m_document.eventTriggers.cend(),
                                [&](const EventTriggerDesign &e) { return e.name == name; });
         ++n)
        name = copy.name + QStringLiteral("_copy%1").arg(n);
    copy.name = name;
    return addEventTrigger(std::move(copy), index + 1);
}

void DesignController::applyEventTrigger(const EventTriggerDesign &eventTrigger)
{
    const qsizetype index = indexOfEventTrigger(eventTrigger.id);
    if (index < 0)
        return;
    m_document.eventTriggers[index] = eventTrigger;
    emit eventTriggerChanged(index);
    emit eventTriggerTouched(eventTrigger.id);
    emit documentChanged();
}

void DesignController::applyInsertEventTrigger(qsizetype index,
                                               const EventTriggerDesign &eventTrigger)
{
    index = std::clamp<qsizetype>(index, 0, m_document.eventTriggers.size());
    emit aboutToInsertEventTrigger(index);
    m_document.eventTriggers.insert(index, eventTrigger);
    emit eventTriggerInserted(index);
    emit eventTriggerTouched(eventTrigger.id);
    emit documentChanged();
}

void DesignController::applyRemoveEventTrigger(const QString &id)
{
    const qsizetype index = indexOfEventTrigger(id);
    if (index < 0)
        return;
    emit aboutToRemoveEventTrigger(index);
    m_document.eventTriggers.removeAt(index);
    emit eventTriggerRemoved(index);
    if (m_currentEventTriggerId == id)
        setCurrentEventTriggerId(QString());
    emit documentChanged();
}

void DesignController::applyMove(const QString &id, qsizetype toIndex)
{
    const qsizetype from = indexOf(id);
    if (from < 0 || from == toIndex)
        return;
    emit aboutToMoveTrigger(from, toIndex);
    m_document.triggers.move(from, toIndex);
    emit triggerMoved(from, toIndex);
    emit triggerTouched(id);
    emit documentChanged();
}

void DesignController::replaceDocument(DesignDocument document, const QString &fileName,
                                       bool modified)
{
    emit aboutToResetDocument();
    m_document = std::move(document);
    m_undoStack.clear();
    m_modifiedWithoutUndo = modified;
    const bool renamed = fileName != m_fileName;
    m_fileName = fileName;
    emit documentReset();
    if (indexOf(m_currentTriggerId) < 0)
        setCurrentTriggerId(QString());
    if (indexOfEventTrigger(m_currentEventTriggerId) < 0)
        setCurrentEventTriggerId(QString());
    emit documentChanged();
    if (renamed)
        emit fileNameChanged(m_fileName);
    emit modifiedChanged(isModified());
}

void DesignController::newDocument()
{
    replaceDocument(DesignDocument {}, QString(), false);
}

QString DesignController::open(const QString &fileName)
{
    DesignReadResult result = readDesignFile(fileName);
    if (!result.ok())
        return result.error.toString();
    replaceDocument(std::move(*result.document), QFileInfo(fileName).absoluteFilePath(), false);
    return {};
}

void DesignController::adoptRecovered(const DesignDocument &document, const QString &fileName)
{
    replaceDocument(document, fileName, true);
}

QString DesignController::save(const QString &fileName)
{
    QString error;
    if (!writeDesignFile(fileName, m_document, &error))
        return error;
    const QString absolute = QFileInfo(fileName).absoluteFilePath();
    const bool renamed = absolute != m_fileName;
    m_fileName = absolute;
    m_modifiedWithoutUndo = false;
    m_undoStack.setClean();
    if (renamed)
        emit fileNameChanged(m_fileName);
    emit modifiedChanged(false);
    return {};
}

} // namespace trigon::ui
