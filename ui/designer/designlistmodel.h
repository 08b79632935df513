#pragma once

#include <QAbstractListModel>

namespace trigon::ui {

class DesignController;

// The triggers of the open design, in document order, for the Designs pane. Follows the
// controller's signals, so undo and redo show up at once.
class DesignListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { TriggerIdRole = Qt::UserRole + 1 };

    explicit DesignListModel(DesignController *controller, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QModelIndex indexOfId(const QString &id) const;

private:
    DesignController *m_controller;
};

} // namespace trigon::ui
