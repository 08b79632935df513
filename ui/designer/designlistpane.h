#pragma once

#include <QWidget>

class QListView;

namespace trigon::ui {

class DesignController;
class DesignListModel;

// The Designs pane: the triggers of the open design file, with add, duplicate, delete and
// reorder. Selecting one shows it in the designer.
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

    QAction *addAction() const { return m_add; }
    QAction *duplicateAction() const { return m_duplicate; }
    QAction *deleteAction() const { return m_delete; }

private:
    void updateActions();
    void addTrigger();

    DesignController *m_controller;
    DesignListModel *m_model;
    QListView *m_view;
    QAction *m_add;
    QAction *m_duplicate;
    QAction *m_delete;
    QAction *m_moveUp;
    QAction *m_moveDown;
};

} // namespace trigon::ui
