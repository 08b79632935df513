#pragma once

#include "core/model/condition.h"
#include "core/model/conditiontreeedits.h"
#include "core/sql/conditionrenderer.h"

#include <QAbstractItemModel>

#include <memory>
#include <optional>
#include <vector>

namespace trigon::ui {

// A read-only tree over one condition value: and/or/not have their operands as children, a q its
// comparisons (entries). Column 0 says what a node means in words, column 1 shows the SQL it
// renders to. The model never edits: the builder edits through the controller and hands the
// result back with setCondition(), which keeps indexes when only values changed.
class ConditionTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { DescriptionColumn, SqlColumn, ColumnCount };
    enum Role {
        FieldPathRole = Qt::UserRole + 1, // QString: the validator's path, "condition.and[1].q"
        IsEntryRole,                      // bool: the node is a comparison of a q
    };

    explicit ConditionTreeModel(QObject *parent = nullptr);
    ~ConditionTreeModel() override;

    void setCondition(const std::optional<Condition> &condition,
                      const ConditionContext &context = {});
    const std::optional<Condition> &condition() const { return m_condition; }
    // What field paths start with: "condition" for a trigger's, "actions[0].check" for a check.
    void setPathPrefix(const QString &prefix);
    QString pathPrefix() const { return m_pathPrefix; }

    NodePath nodePath(const QModelIndex &index) const;
    QModelIndex indexForNodePath(const NodePath &path) const;
    // The validator's path of a node, and the node a validator's path names (see fieldPathOf()
    // and nodePathOfField()); invalid when none does.
    QString fieldPath(const QModelIndex &index) const;
    QModelIndex indexForFieldPath(const QString &fieldPath) const;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // Words for a lookup ("is distinct from") and a node ("Any field changes"), shared with the
    // builder's combo boxes.
    static QString lookupText(Lookup lookup);
    static QString kindText(ConditionKind kind);

private:
    struct Node;
    void build(Node &node, const Condition &condition);
    bool sameShape(const Node &node, const Condition &condition) const;
    void emitChanged(const Node &node);
    const Node *nodeFor(const QModelIndex &index) const;
    QString describe(const ConstNodeRef &ref) const;
    QString renderSql(const ConstNodeRef &ref) const;

    std::optional<Condition> m_condition;
    ConditionContext m_context;
    QString m_pathPrefix = QStringLiteral("condition");
    std::unique_ptr<Node> m_root; // invisible; its one child (if any) is the root condition
};

} // namespace trigon::ui
