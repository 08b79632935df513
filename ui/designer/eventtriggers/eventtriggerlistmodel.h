#pragma once

#include <QAbstractListModel>

namespace trigon::ui {

class DesignController;

// The event triggers of the open design, in document order, for the Designs pane's "Event
// triggers" group. Follows the controller's signals, so undo and redo show up at once.
class EventTriggerListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { EventTriggerIdRole = Qt::UserRole + 1 };

    explicit EventTriggerListModel(DesignController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QModelIndex indexOfId(const QString &id) const;

private:
    DesignController *m_controller;
};

} // namespace trigon::ui
