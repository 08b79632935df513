#include "ui/designer/conditions/conditiontreemodel.h"

#include "core/model/jsonliteraltext.h"

#include <QFontDatabase>

namespace trigon::ui {

struct ConditionTreeModel::Node
{
    Node *parent = nullptr;
    int row = 0;
    std::vector<std::unique_ptr<Node>> children;
};

namespace {

QString fieldText(const FieldRef &field)
{
    return (field.row == RowVersion::Old ? QStringLiteral("OLD.") : QStringLiteral("NEW."))
            + field.column;
}

} // namespace

ConditionTreeModel::ConditionTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_root(std::make_unique<Node>())
{ }

ConditionTreeModel::~ConditionTreeModel() = default;

void ConditionTreeModel::build(Node &node, const Condition &condition)
{
    node.children.clear();
    const qsizetype count = condition.kind == ConditionKind::Q ? condition.entries.size()
                                                               : condition.operands.size();
    for (qsizetype i = 0; i < count; ++i) {
        auto child = std::make_unique<Node>();
        child->parent = &node;
        child->row = int(i);
        if (condition.kind != ConditionKind::Q)
            build(*child, condition.operands.at(i));
        node.children.push_back(std::move(child));
    }
}

bool ConditionTreeModel::sameShape(const Node &node, const Condition &condition) const
{
    if (condition.kind == ConditionKind::Q) {
        return qsizetype(node.children.size()) == condition.entries.size()
                && std::all_of(node.children.cbegin(), node.children.cend(),
                               [](const auto &child) { return child->children.empty(); });
    }
    if (qsizetype(node.children.size()) != condition.operands.size())
        return false;
    for (qsizetype i = 0; i < condition.operands.size(); ++i) {
        if (!sameShape(*node.children.at(i), condition.operands.at(i)))
            return false;
    }
    return true;
}

void ConditionTreeModel::emitChanged(const Node &node)
{
    if (node.children.empty())
        return;
    const QModelIndex parentIndex
            = &node == m_root.get() ? QModelIndex() : createIndex(node.row, 0, &node);
    emit dataChanged(index(0, 0, parentIndex),
                     index(int(node.children.size()) - 1, ColumnCount - 1, parentIndex));
    for (const auto &child : node.children)
        emitChanged(*child);
}

void ConditionTreeModel::setCondition(const std::optional<Condition> &condition,
                                      const ConditionContext &context)
{
    const bool keepIndexes = m_condition.has_value() == condition.has_value()
            && (!condition || sameShape(*m_root->children.front(), *condition));
    if (keepIndexes) {
        m_condition = condition;
        m_context = context;
        emitChanged(*m_root);
        return;
    }
    beginResetModel();
    m_condition = condition;
    m_context = context;
    m_root->children.clear();
    if (m_condition) {
        auto top = std::make_unique<Node>();
        top->parent = m_root.get();
        build(*top, *m_condition);
        m_root->children.push_back(std::move(top));
    }
    endResetModel();
}

void ConditionTreeModel::setPathPrefix(const QString &prefix)
{
    m_pathPrefix = prefix;
    emitChanged(*m_root);
}

const ConditionTreeModel::Node *ConditionTreeModel::nodeFor(const QModelIndex &index) const
{
    return index.isValid() ? static_cast<const Node *>(index.internalPointer()) : m_root.get();
}

NodePath ConditionTreeModel::nodePath(const QModelIndex &index) const
{
    NodePath path;
    for (const Node *node = nodeFor(index); node && node->parent; node = node->parent) {
        if (node->parent != m_root.get())
            path.prepend(node->row);
    }
    return path;
}

QModelIndex ConditionTreeModel::indexForNodePath(const NodePath &path) const
{
    if (!m_condition)
        return {};
    QModelIndex current = index(0, 0);
    for (const int row : path) {
        if (row < 0 || row >= rowCount(current))
            return {};
        current = index(row, 0, current);
    }
    return current;
}

QString ConditionTreeModel::fieldPath(const QModelIndex &index) const
{
    if (!m_condition || !index.isValid())
        return {};
    return fieldPathOf(*m_condition, nodePath(index), m_pathPrefix);
}

QModelIndex ConditionTreeModel::indexForFieldPath(const QString &fieldPath) const
{
    if (!m_condition)
        return {};
    const std::optional<NodePath> path = nodePathOfField(*m_condition, fieldPath, m_pathPrefix);
    return path ? indexForNodePath(*path) : QModelIndex();
}

QModelIndex ConditionTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (!hasIndex(row, column, parent))
        return {};
    const Node *parentNode = nodeFor(parent);
    return createIndex(row, column, parentNode->children.at(row).get());
}

QModelIndex ConditionTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    const Node *node = nodeFor(child);
    if (node->parent == m_root.get())
        return {};
    return createIndex(node->parent->row, 0, node->parent);
}

int ConditionTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.column() > 0)
        return 0;
    return int(nodeFor(parent)->children.size());
}

int ConditionTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant ConditionTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !m_condition)
        return {};
    const ConstNodeRef ref = findNode(*m_condition, nodePath(index));
    if (!ref.isValid())
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == DescriptionColumn ? describe(ref) : renderSql(ref);
    case Qt::ToolTipRole:
        return renderSql(ref);
    case Qt::FontRole:
        if (index.column() == SqlColumn)
            return QFontDatabase::systemFont(QFontDatabase::FixedFont);
        return {};
    case FieldPathRole:
        return fieldPath(index);
    case IsEntryRole:
        return ref.entry != nullptr;
    default:
        return {};
    }
}

QVariant ConditionTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == DescriptionColumn ? tr("Condition") : tr("SQL");
}

QString ConditionTreeModel::describe(const ConstNodeRef &ref) const
{
    if (ref.entry) {
        const QEntry &entry = *ref.entry;
        const QString value = entry.ref ? fieldText(*entry.ref) : jsonLiteralText(entry.literal);
        if (entry.lookup == Lookup::IsNull) {
            return entry.literal.toBool(true) ? tr("%1 is null").arg(fieldText(entry.field))
                                              : tr("%1 is not null").arg(fieldText(entry.field));
        }
        return tr("%1 %2 %3").arg(fieldText(entry.field), lookupText(entry.lookup), value);
    }
    const Condition &condition = *ref.condition;
    if (condition.isChangeCondition()) {
        QString text = kindText(condition.kind);
        text += condition.fields.isEmpty()
                ? tr(" (all columns)")
                : QStringLiteral(": ") + condition.fields.join(QStringLiteral(", "));
        if (!condition.exclude.isEmpty())
            text += tr("; except %1").arg(condition.exclude.join(QStringLiteral(", ")));
        if (condition.excludeAuto)
            text += tr("; except automatic columns");
        return text;
    }
    if (condition.kind == ConditionKind::Sql)
        return tr("SQL: %1").arg(condition.sql.simplified());
    return kindText(condition.kind);
}

QString ConditionTreeModel::renderSql(const ConstNodeRef &ref) const
{
    if (ref.entry)
        return renderCondition(Condition::q({*ref.entry}), m_context);
    return renderCondition(*ref.condition, m_context);
}

QString ConditionTreeModel::lookupText(Lookup lookup)
{
    switch (lookup) {
    case Lookup::Exact:
        return tr("equals");
    case Lookup::Df:
        return tr("is distinct from");
    case Lookup::Ndf:
        return tr("is not distinct from");
    case Lookup::Gt:
        return tr(">");
    case Lookup::Gte:
        return tr("≥");
    case Lookup::Lt:
        return tr("<");
    case Lookup::Lte:
        return tr("≤");
    case Lookup::In:
        return tr("is in");
    case Lookup::IsNull:
        return tr("is null");
    case Lookup::Contains:
        return tr("contains");
    case Lookup::IContains:
        return tr("contains (any case)");
    case Lookup::StartsWith:
        return tr("starts with");
    case Lookup::EndsWith:
        return tr("ends with");
    case Lookup::Regex:
        return tr("matches regex");
    }
    return {};
}

QString ConditionTreeModel::kindText(ConditionKind kind)
{
    switch (kind) {
    case ConditionKind::AnyChange:
        return tr("Any field changes");
    case ConditionKind::AnyDontChange:
        return tr("Some field keeps its value");
    case ConditionKind::AllChange:
        return tr("Every field changes");
    case ConditionKind::AllDontChange:
        return tr("No field changes");
    case ConditionKind::Q:
        return tr("All of these comparisons");
    case ConditionKind::And:
        return tr("All of (AND)");
    case ConditionKind::Or:
        return tr("Any of (OR)");
    case ConditionKind::Not:
        return tr("Not");
    case ConditionKind::Sql:
        return tr("Raw SQL");
    case ConditionKind::Exists:
        return tr("A row in another table");
    }
    return {};
}

} // namespace trigon::ui
