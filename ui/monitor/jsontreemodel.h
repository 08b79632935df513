#pragma once

#include "core/io/jsontree.h"

#include <QAbstractItemModel>

#include <optional>
#include <vector>

namespace trigon::ui {

// A JSON payload as a tree: key (or [index]), value, type. Objects keep their members in the order
// they were sent.
class JsonTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { KeyColumn, ValueColumn, TypeColumn, ColumnCount };

    explicit JsonTreeModel(QObject *parent = nullptr);

    // Returns false, leaving the model empty, when `text` is not a JSON object or array.
    bool setJson(const QString &text);
    void clear();
    bool isEmpty() const { return m_items.size() <= 1; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    struct Item
    {
        QString key;
        const JsonNode *node = nullptr;
        size_t parent = 0;
        int row = 0;
        std::vector<size_t> children;
    };
    void addChildren(size_t item);
    size_t itemId(const QModelIndex &index) const
    {
        return index.isValid() ? index.internalId() : 0;
    }

    std::optional<JsonNode> m_root;
    std::vector<Item> m_items; // [0] is the root, which has no row of its own
};

} // namespace trigon::ui
