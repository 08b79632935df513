#pragma once

#include "core/model/action.h"
#include "core/model/presets.h"

#include <QWidget>

#include <optional>

class QAction;
class QListWidget;
class QMenu;
class QToolBar;

namespace trigon::ui {

class ActionForm;
class DesignController;
class TriggerBinding;

// What ActionsEditor and EventActionsEditor share: both show a design's actions in a list with
// the same buttons and find them by the validator's field paths.

// The tool bar above, the list and the form below it in a splitter that gives the form the most.
void layOutActionsEditor(QWidget *editor, QToolBar *toolBar, QListWidget *list, QWidget *form);
// Shows `summaries` as the list's rows ("1. …"), touching only the rows whose text changes, and
// selects `select` (unset: the row that was current), kept within the rows, or the first row
// when there are any. Returns the selected row, -1 for none.
int showActionSummaries(QListWidget *list, const QStringList &summaries, std::optional<int> select);
// Enables the buttons that need a selected action, and Up and Down where it can move.
void updateActionButtons(const QListWidget *list, QAction *remove, QAction *duplicate,
                         QAction *moveUp, QAction *moveDown);
// The action a field path names and the rest of the path: "actions[2].channel" is 2 and
// ".channel".
struct ActionPath
{
    int index;
    QString field;
};
// Unset when the path names no action or its index is not below `count`.
std::optional<ActionPath> parseActionPath(const QString &fieldPath, int count);

// The actions of one trigger, in the order its function runs them: a list with add (by kind),
// remove, duplicate and move, presets, and the form of the selected action. Every change is one
// controller edit; the editor re-reads the trigger whenever the controller reports a change.
class ActionsEditor : public QWidget
{
    Q_OBJECT
public:
    explicit ActionsEditor(DesignController *controller, QWidget *parent = nullptr);

    // The trigger to show; empty: nothing is selected and the editor is disabled.
    void setTriggerId(const QString &id);
    QString triggerId() const;
    // Selects the action a validator field path names ("actions[2].channel") and focuses the
    // field; false when the path names no action of this trigger.
    bool selectPath(const QString &fieldPath);

    int currentActionIndex() const;
    void setCurrentActionIndex(int index);
    // Adds a default action of `kind` after the selected one and selects it.
    void appendAction(ActionKind kind);
    // One undo step that sets events, condition and actions.
    void applyPreset(ActionPreset preset);

    QListWidget *actionList() const { return m_list; }
    ActionForm *form() const { return m_form; }

    static QString presetText(ActionPreset preset);

signals:
    void currentActionChanged(int index);

private:
    void refresh();
    void updateButtons();
    void editActions(const QString &description, const std::function<void(QList<Action> &)> &change,
                     int select);
    void removeCurrent();
    void duplicateCurrent();
    void moveCurrent(int delta);

    DesignController *m_controller;
    TriggerBinding *m_binding;
    std::optional<int> m_pendingSelection;

    QListWidget *m_list;
    ActionForm *m_form;
    QAction *m_remove = nullptr;
    QAction *m_duplicate = nullptr;
    QAction *m_moveUp = nullptr;
    QAction *m_moveDown = nullptr;
    QMenu *m_addMenu = nullptr;
    QMenu *m_presetMenu = nullptr;
};

} // namespace trigon::ui
