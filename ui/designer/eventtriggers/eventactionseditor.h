#pragma once

#include "core/model/eventtriggerdesign.h"

#include <QWidget>

#include <optional>

class QAction;
class QListWidget;
class QMenu;

namespace trigon::ui {

class DesignController;
class EventActionForm;

// The actions of one event trigger, in the order its function runs them: a list with add (by
// kind), remove, duplicate and move, and the form of the selected action. Every change is one
// controller edit; the editor re-reads the event trigger whenever the controller reports a change.
class EventActionsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit EventActionsEditor(DesignController *controller, QWidget *parent = nullptr);

    // The event trigger to show (empty: none, and the editor is disabled).
    void setEventTriggerId(const QString &id);
    QString eventTriggerId() const { return m_eventTriggerId; }
    void refresh();
    // Selects the action a path after "event_triggers[i]." names ("actions[0].channel") and
    // focuses its field; false when it names no action.
    bool selectPath(const QString &fieldPath);

    int currentActionIndex() const;
    void setCurrentActionIndex(int index);
    // Adds a default action of `kind` after the selected one and selects it.
    void appendAction(EventActionKind kind);

    QListWidget *actionList() const { return m_list; }
    EventActionForm *form() const { return m_form; }

private:
    void updateButtons();
    void editActions(const QString &description,
                     const std::function<void(QList<EventAction> &)> &change, int select);
    void moveCurrent(int delta);

    DesignController *m_controller;
    QString m_eventTriggerId;
    std::optional<int> m_pendingSelection;
    bool m_filling = false;

    QListWidget *m_list;
    EventActionForm *m_form;
    QMenu *m_addMenu;
    QAction *m_remove = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
};

} // namespace trigon::ui
