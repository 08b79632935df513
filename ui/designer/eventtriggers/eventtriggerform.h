#pragma once

#include "core/model/eventtriggerdesign.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace trigon::ui {

class CommandTagPicker;
class DesignController;
class EventActionsEditor;

// The form for one event trigger: CREATE EVENT TRIGGER's name, event, WHEN TAG IN tags (only
// those the event fires for are offered), enabled state and comment, and its actions. Every
// change is one controller edit; typing in one field merges into one undo step until the field
// loses focus. Shown in place of the trigger form when an event trigger is selected.
class EventTriggerForm : public QWidget
{
    Q_OBJECT
public:
    explicit EventTriggerForm(DesignController *controller, QWidget *parent = nullptr);

    void setEventTriggerId(const QString &id);
    QString eventTriggerId() const { return m_id; }
    // Focuses the widget of a diagnostic's field: "event_triggers[0].tags[2]",
    // "event_triggers[1].actions[0].channel", or the same without the "event_triggers[i]."
    // prefix.
    void focusField(const QString &fieldPath);

    CommandTagPicker *tagPicker() const { return m_tags; }
    EventActionsEditor *actionsEditor() const { return m_actions; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void refresh();
    void edit(const QString &description, const QString &mergeKey,
              const std::function<void(EventTriggerDesign &)> &change);

    DesignController *m_controller;
    QString m_id;
    bool m_filling = false;

    QLineEdit *m_name;
    QComboBox *m_event;
    CommandTagPicker *m_tags;
    QComboBox *m_enabled;
    QLineEdit *m_comment;
    EventActionsEditor *m_actions;
};

} // namespace trigon::ui
