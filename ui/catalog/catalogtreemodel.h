#pragma once

#include "core/catalog/catalogsnapshot.h"

#include <QAbstractItemModel>
#include <QHash>
#include <QList>

#include <memory>
#include <vector>

namespace trigon::ui {

// A database's catalog as a tree: schemas > tables and views > columns and triggers, plus the
// event triggers. Built once per snapshot (a flat node array with parent links, so large
// catalogs cost one allocation per object and no pointers into the snapshot outlive it).
class CatalogTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum class NodeKind { Schema, Relation, Column, Trigger, EventTriggers, EventTrigger };
    enum Role {
        NodeKindRole = Qt::UserRole + 1, // NodeKind as int
        SchemaNameRole,
        RelationNameRole,
        TriggerNameRole,
    };

    explicit CatalogTreeModel(QObject *parent = nullptr);

    void setSnapshot(std::shared_ptr<const CatalogSnapshot> snapshot);
    const std::shared_ptr<const CatalogSnapshot> &snapshot() const { return m_snapshot; }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;

    // Whether the name an index shows (a column: its name or type) contains `text`, ignoring
    // case. Reads the snapshot directly, for filtering hundreds of thousands of nodes.
    bool matches(const QModelIndex &index, QStringView text) const;

    // A node's identity by names rather than position: its kind and name, and those of its
    // parents. The same object has the same path in the next snapshot of the database (an index,
    // a row or a node number does not), so a view finds again what was expanded or selected.
    QStringList path(const QModelIndex &index) const;
    // The node at `path` in this snapshot, or an invalid index.
    QModelIndex indexOfPath(const QStringList &path) const;

    // The catalog trigger an index shows, or nullptr.
    const CatalogTrigger *trigger(const QModelIndex &index) const;
    const CatalogRelation *relation(const QModelIndex &index) const;

private:
    struct Node
    {
        NodeKind kind;
        int parent; // node index, -1 for top level
        int row;    // within the parent
        int item;   // index into the snapshot's list for the kind
        std::vector<int> children;
    };
    int addNode(NodeKind kind, int parent, int item);
    const Node *node(const QModelIndex &index) const;
    const CatalogColumn &columnOf(const Node &node) const; // of a Column node
    QString pathElement(const Node &node) const;           // kind and name
    QVariant display(const Node &node) const;
    QVariant toolTip(const Node &node) const;
    QVariant decoration(const Node &node) const;

    std::shared_ptr<const CatalogSnapshot> m_snapshot;
    // The triggers (indexes into the snapshot's) that execute each function, by its oid: a
    // trigger whose function others execute too says so.
    QHash<quint32, QList<int>> m_triggersOfFunction;
    std::vector<Node> m_nodes;
    std::vector<int> m_topLevel;
};

} // namespace trigon::ui
