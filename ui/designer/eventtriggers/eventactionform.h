#pragma once

#include "core/model/eventtriggerdesign.h"

#include <QWidget>

class QStackedWidget;

namespace trigon::ui {

class ActionPage;
class AttachPage;
class DesignController;

// "Notify", "Attach a design to new tables", ... for menus.
QString eventActionKindTitle(EventActionKind kind);
// One line about an action for the list of an event trigger's actions.
QString eventActionSummary(const EventAction &action);

// The form of one action of an event trigger: the table-trigger page of its kind made for event
// triggers (protect, notify, insert, sql), or the attach page. It re-reads the action whenever
// reload() is called.
class EventActionForm : public QWidget
{
    Q_OBJECT
public:
    explicit EventActionForm(DesignController *controller, QWidget *parent = nullptr);

    // The action at `index` of the event trigger `eventTriggerId`; -1 shows nothing.
    void setAction(const QString &eventTriggerId, int index);
    int actionIndex() const { return m_index; }
    void reload();
    // Focuses the field a diagnostic names after "actions[i]" (".channel", ".payload.tag").
    bool focusField(const QString &subPath);
    // The page showing now (an ActionPage or the AttachPage), or nullptr.
    QWidget *currentPage() const;

private:
    DesignController *m_controller;
    QString m_eventTriggerId;
    int m_index = -1;
    bool m_anotherAction = true; // setAction() moved to another action since the last reload()

    QStackedWidget *m_stack;
    QList<ActionPage *> m_sharedPages; // protect, notify, insert, sql: EventActionKind order
    AttachPage *m_attachPage;
    QWidget *m_emptyPage;
};

} // namespace trigon::ui
