#pragma once

#include <QWidget>

class QStackedWidget;

namespace trigon::ui {

class ActionPage;
class DesignController;

// The form of one action of a trigger: the editor page of the action's kind (actionpages.h),
// which re-reads the action whenever the controller reports a change.
class ActionForm : public QWidget
{
    Q_OBJECT
public:
    explicit ActionForm(DesignController *controller, QWidget *parent = nullptr);

    // The action at `index` of the trigger `triggerId`; -1 shows nothing.
    void setAction(const QString &triggerId, int index);
    int actionIndex() const { return m_index; }
    // Re-reads the action from the controller.
    void reload();
    // Focuses the field a diagnostic names after "actions[i]" (".channel", ".payload.op");
    // false when no action is shown.
    bool focusField(const QString &subPath);

private:
    ActionPage *currentPage() const;

    DesignController *m_controller;
    QString m_triggerId;
    int m_index = -1;
    bool m_anotherAction = true; // setAction() moved to another action since the last reload()

    QStackedWidget *m_stack;
    QList<ActionPage *> m_pages; // by ActionKind
    QWidget *m_emptyPage;
};

} // namespace trigon::ui
