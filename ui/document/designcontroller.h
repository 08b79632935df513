#pragma once

#include "core/model/designdocument.h"

#include <QObject>
#include <QUndoStack>

#include <functional>

namespace trigon::ui {

// The one way a design document changes. Every user edit becomes one QUndoCommand that holds the
// trigger's stable id and before/after snapshots (never pointers), so undo and redo work however
// the document changed in between. Consecutive edits of the same field of the same trigger merge
// (typing a name is one undo step) until sealMerging() — the form calls it when a field loses
// focus.
//
// Views never modify the document themselves: they call the edit functions and update from the
// signals, which also fire on undo and redo.
class DesignController : public QObject
{
    Q_OBJECT
public:
    using TriggerChange = std::function<void(TriggerDesign &)>;
    using EventTriggerChange = std::function<void(EventTriggerDesign &)>;

    explicit DesignController(QObject *parent = nullptr);

    const DesignDocument &document() const { return m_document; }
    const QList<TriggerDesign> &triggers() const { return m_document.triggers; }
    // The trigger with `id`, or nullptr. The pointer is valid until the next change.
    const TriggerDesign *trigger(const QString &id) const;
    qsizetype indexOf(const QString &id) const { return m_document.indexOfId(id); }

    const QList<EventTriggerDesign> &eventTriggers() const { return m_document.eventTriggers; }
    // The event trigger with `id`, or nullptr. The pointer is valid until the next change.
    const EventTriggerDesign *eventTrigger(const QString &id) const;
    qsizetype indexOfEventTrigger(const QString &id) const
    {
        return m_document.indexOfEventTriggerId(id);
    }

    // The trigger the user works on: what the editors show and the preview scrolls to. Empty
    // when none is; it is cleared when that trigger is removed or the document is replaced
    // without it. Choosing another one seals merging, so edits of the two never merge.
    // An event trigger's id ("e1", as diagnostics name it) makes that event trigger current.
    QString currentTriggerId() const { return m_currentTriggerId; }
    void setCurrentTriggerId(const QString &id);
    // The event trigger the user works on, the same way. At most one of the current trigger and
    // the current event trigger is set: choosing one clears the other.
    QString currentEventTriggerId() const { return m_currentEventTriggerId; }
    void setCurrentEventTriggerId(const QString &id);

    QUndoStack *undoStack() { return &m_undoStack; }
    QString fileName() const { return m_fileName; }
    bool isModified() const { return !m_undoStack.isClean() || m_modifiedWithoutUndo; }
    // The title a window shows: the file's name, or "Untitled".
    QString displayName() const;

    // --- edits (each one undoable) ---
    // Applies `change` to a copy of the trigger; nothing happens when it changes nothing.
    // `mergeKey` names the field ("name", "events"...): consecutive edits with the same key on
    // the same trigger merge into one undo step. Empty: never merge.
    void editTrigger(const QString &id, const QString &description, const QString &mergeKey,
                     const TriggerChange &change);
    // Inserts at `index` (-1: the end); gives the trigger a fresh id; returns it.
    QString addTrigger(TriggerDesign trigger, qsizetype index = -1);
    void removeTrigger(const QString &id);
    QString duplicateTrigger(const QString &id);
    void moveTrigger(const QString &id, qsizetype toIndex);

    // The same for event triggers ("e1", ...); addEventTriggers() adds several in one undo step
    // (a preset may bring two) and returns their ids.
    void editEventTrigger(const QString &id, const QString &description, const QString &mergeKey,
                          const EventTriggerChange &change);
    QString addEventTrigger(EventTriggerDesign eventTrigger, qsizetype index = -1);
    QStringList addEventTriggers(const QList<EventTriggerDesign> &eventTriggers,
                                 const QString &description);
    void removeEventTrigger(const QString &id);
    QString duplicateEventTrigger(const QString &id);

    // The next edit starts a new undo step even if it touches the same field.
    void sealMerging() { ++m_mergeGeneration; }

    // --- files ---
    void newDocument();
    // Replaces the document; on failure returns the error text ("file:line:column: ...") and
    // keeps the current document.
    QString open(const QString &fileName);
    // Takes a document recovered after a crash: it counts as modified and keeps `fileName` (may
    // be empty) so Save writes where the user was working.
    void adoptRecovered(const DesignDocument &document, const QString &fileName);
    // Writes atomically; on failure returns the error text and nothing is marked saved.
    QString save(const QString &fileName);

    // --- used by the undo commands ---
    void applyTrigger(const TriggerDesign &trigger);
    void applyInsert(qsizetype index, const TriggerDesign &trigger);
    void applyRemove(const QString &id);
    void applyMove(const QString &id, qsizetype toIndex);
    void applyEventTrigger(const EventTriggerDesign &eventTrigger);
    void applyInsertEventTrigger(qsizetype index, const EventTriggerDesign &eventTrigger);
    void applyRemoveEventTrigger(const QString &id);
    int mergeGeneration() const { return m_mergeGeneration; }

signals:
    // Before/after pairs, so item models can tell their views in the order Qt requires.
    void aboutToInsertTrigger(qsizetype index);
    void aboutToRemoveTrigger(qsizetype index);
    void aboutToMoveTrigger(qsizetype from, qsizetype to);
    void aboutToResetDocument();
    void triggerInserted(qsizetype index);
    void triggerRemoved(qsizetype index);
    void triggerMoved(qsizetype from, qsizetype to);
    void triggerChanged(qsizetype index);
    // The document was replaced wholesale (new, open, recovered).
    void documentReset();
    // Any change at all: what the preview and the validator listen to.
    void documentChanged();
    // An edit, undo or redo touched this trigger: the window selects it so the user sees it.
    void triggerTouched(const QString &id);
    void fileNameChanged(const QString &fileName);
    void modifiedChanged(bool modified);
    void currentTriggerChanged(const QString &id);
    // The same for event triggers.
    void aboutToInsertEventTrigger(qsizetype index);
    void aboutToRemoveEventTrigger(qsizetype index);
    void eventTriggerInserted(qsizetype index);
    void eventTriggerRemoved(qsizetype index);
    void eventTriggerChanged(qsizetype index);
    void eventTriggerTouched(const QString &id);
    void currentEventTriggerChanged(const QString &id);

private:
    void replaceDocument(DesignDocument document, const QString &fileName, bool modified);

    DesignDocument m_document;
    QUndoStack m_undoStack;
    QString m_fileName;
    QString m_currentTriggerId;
    QString m_currentEventTriggerId;
    int m_mergeGeneration = 0;
    bool m_modifiedWithoutUndo = false;
};

} // namespace trigon::ui
