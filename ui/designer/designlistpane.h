#pragma once

#include <QWidget>

class QListView;
class QMenu;

namespace trigon::ui {

class DesignController;
class DesignListModel;
class EventTriggerListModel;

// The Designs pane: the triggers of the open design file, with add, duplicate, delete and
// reorder, and below them its event triggers, with add (empty or from a preset). Selecting one
// shows it in the designer. Duplicate and Delete act on whichever is selected.
class DesignListPane : public QWidget
{
    Q_OBJECT
public:
    explicit DesignListPane(DesignController *controller, QWidget *parent = nullptr);

    // The list's current row follows the controller's current trigger, and the user's choice
    // of row becomes the controller's current trigger.
    QString currentTriggerId() const;
    void selectTrigger(const QString &id);
    DesignListModel *model() const { return m_model; }
    // The same for the event triggers' list.
    QString currentEventTriggerId() const;
    void selectEventTrigger(const QString &id);
    EventTriggerListModel *eventTriggerModel() const { return m_eventModel; }
    QListView *eventTriggerView() const { return m_eventView; }
    // Adds the event-trigger preset named `name` (EventTriggerPreset::name) as one undo step and
    // selects its first event trigger.
    void addEventTriggerPreset(const QString &name);
    // "DDL events", ... for the preset named `name`.
    static QString eventTriggerPresetTitle(const QString &name);

    QAction *addAction() const { return m_add; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }
    QAction *addEventTriggerAction() const { return m_addEventTrigger; }
    // "New Event Trigger from Preset": one entry per eventTriggerPresets().
    QMenu *eventTriggerPresetMenu() const { return m_presetMenu; }

private:
    void updateActions();
    void addTrigger();
    void addEventTrigger();
    void duplicateCurrent();
    void deleteCurrent();

    DesignController *m_controller;
    DesignListModel *m_model;
    QListView *m_view;
    EventTriggerListModel *m_eventModel;
    QListView *m_eventView;
    QAction *m_addEventTrigger;
    QMenu *m_presetMenu;
    QAction *m_add;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_moveUp;
    QAction *m_moveDown;
};

} // namespace trigon::ui
