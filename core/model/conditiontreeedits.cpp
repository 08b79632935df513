#include "core/model/conditiontreeedits.h"

namespace trigon {

namespace {

bool isGroup(const Condition &condition)
{
    return condition.kind == ConditionKind::And || condition.kind == ConditionKind::Or;
}

// The condition an edit applies to: the selected one, the q of a selected entry, or the root
// when the selection names nothing.
NodePath conditionTarget(const Condition &root, NodePath selected)
{
    const ConstNodeRef ref = findNode(root, selected);
    if (!ref.isValid())
        return {};
    if (ref.entry)
        selected.removeLast();
    return selected;
}

// Every node from `condition` down, parents first, as paths from the root; `path` is
// `condition`'s own.
void collectNodePaths(const Condition &condition, NodePath &path, QList<NodePath> &out)
{
    out.append(path);
    if (condition.kind == ConditionKind::Q) {
        for (int row = 0; row < int(condition.entries.size()); ++row)
            out.append(path + NodePath {row});
        return;
    }
    for (int row = 0; row < int(condition.operands.size()); ++row) {
        path.append(row);
        collectNodePaths(condition.operands.at(row), path, out);
        path.removeLast();
    }
}

// `fieldPath` is `nodePath` itself or names something inside that node.
bool fieldIsWithin(const QString &fieldPath, const QString &nodePath)
{
    return fieldPath == nodePath
            || (fieldPath.startsWith(nodePath)
                && (fieldPath.at(nodePath.size()) == u'.'
                    || fieldPath.at(nodePath.size()) == u'['));
}

} // namespace

ConstNodeRef findNode(const Condition &root, const NodePath &path)
{
    const Condition *current = &root;
    for (qsizetype i = 0; i < path.size(); ++i) {
        const int row = path.at(i);
        if (current->kind == ConditionKind::Q) {
            if (i != path.size() - 1 || row < 0 || row >= current->entries.size())
                return {};
            return {current, &current->entries.at(row)};
        }
        if (row < 0 || row >= current->operands.size())
            return {};
        current = &current->operands.at(row);
    }
    return {current, nullptr};
}

// The mutable lookups walk with operator[], never through findNode(): a const_cast reference
// into an implicitly shared QList would write into every copy sharing it, the controller's
// document included.
Condition *conditionAt(Condition &root, const NodePath &path)
{
    Condition *current = &root;
    for (const int row : path) {
        if (current->kind == ConditionKind::Q || row < 0 || row >= current->operands.size())
            return nullptr;
        current = &current->operands[row];
    }
    return current;
}

QEntry *entryAt(Condition &root, const NodePath &path)
{
    if (path.isEmpty())
        return nullptr;
    Condition *q = conditionAt(root, path.mid(0, path.size() - 1));
    const int row = path.last();
    if (!q || q->kind != ConditionKind::Q || row < 0 || row >= q->entries.size())
        return nullptr;
    return &q->entries[row];
}

QString fieldPathOf(const Condition &root, const NodePath &path, const QString &prefix)
{
    if (!findNode(root, path).isValid())
        return {};
    QString fieldPath = prefix;
    const Condition *current = &root;
    for (const int row : path) {
        if (current->kind == ConditionKind::Q)
            return fieldPath + QStringLiteral(".q.") + current->entries.at(row).key();
        if (current->kind == ConditionKind::Not)
            fieldPath += QStringLiteral(".not");
        else
            fieldPath += u'.' + conditionKindName(current->kind) + QStringLiteral("[%1]").arg(row);
        current = &current->operands.at(row);
    }
    return fieldPath + u'.' + conditionKindName(current->kind);
}

std::optional<NodePath> nodePathOfField(const Condition &root, const QString &fieldPath,
                                        const QString &prefix)
{
    QList<NodePath> paths;
    NodePath path;
    collectNodePaths(root, path, paths);
    std::optional<NodePath> best;
    qsizetype bestLength = -1;
    for (const NodePath &candidate : paths) {
        const QString own = fieldPathOf(root, candidate, prefix);
        if (fieldIsWithin(fieldPath, own) && own.size() > bestLength) {
            best = candidate;
            bestLength = own.size();
        }
    }
    // A diagnostic about the whole condition ("condition") points at its root.
    if (!best && fieldPath == prefix)
        return NodePath {};
    return best;
}

NodePath addCondition(std::optional<Condition> &root, const NodePath &selected, Condition node)
{
    if (!root) {
        root = std::move(node);
        return {};
    }
    NodePath target = conditionTarget(*root, selected);
    Condition *current = conditionAt(*root, target);
    if (isGroup(*current)) {
        current->operands.append(std::move(node));
        return target << int(current->operands.size() - 1);
    }
    if (!target.isEmpty()) {
        NodePath parentPath = target.mid(0, target.size() - 1);
        Condition *parent = conditionAt(*root, parentPath);
        if (isGroup(*parent)) {
            const int row = target.last() + 1;
            parent->operands.insert(row, std::move(node));
            return parentPath << row;
        }
    }
    *current = Condition::allOf({*current, std::move(node)});
    return target << 1;
}

NodePath addEntry(std::optional<Condition> &root, const NodePath &selected, QEntry entry)
{
    if (root) {
        const ConstNodeRef ref = findNode(*root, selected);
        if (ref.isValid() && ref.condition->kind == ConditionKind::Q) {
            NodePath qPath = ref.entry ? selected.mid(0, selected.size() - 1) : selected;
            Condition *q = conditionAt(*root, qPath);
            const int row = ref.entry ? selected.last() + 1 : int(q->entries.size());
            q->entries.insert(row, std::move(entry));
            return qPath << row;
        }
    }
    return addCondition(root, selected, Condition::q({std::move(entry)})) << 0;
}

NodePath wrapNode(std::optional<Condition> &root, const NodePath &selected, ConditionKind kind)
{
    if (!root)
        return {};
    NodePath target = conditionTarget(*root, selected);
    Condition *current = conditionAt(*root, target);
    Condition wrapped;
    wrapped.kind = kind;
    wrapped.operands = {*current};
    *current = std::move(wrapped);
    return target << 0;
}

std::optional<NodePath> removeNode(std::optional<Condition> &root, const NodePath &selected)
{
    if (!root || !findNode(*root, selected).isValid())
        return std::nullopt;
    NodePath target = selected;
    while (!target.isEmpty()) {
        const NodePath parentPath = target.mid(0, target.size() - 1);
        Condition *parent = conditionAt(*root, parentPath);
        const int row = target.last();
        const bool isEntry = parent->kind == ConditionKind::Q;
        const qsizetype siblings = isEntry ? parent->entries.size() : parent->operands.size();
        if (siblings > 1 && parent->kind != ConditionKind::Not) {
            if (isEntry)
                parent->entries.removeAt(row);
            else
                parent->operands.removeAt(row);
            return parentPath + NodePath {std::min(row, int(siblings) - 2)};
        }
        // The parent would be left empty: an and/or may be, a q or not may not.
        if (isGroup(*parent)) {
            parent->operands.clear();
            return parentPath;
        }
        target = parentPath;
    }
    root.reset();
    return std::nullopt;
}

std::optional<NodePath> moveNode(std::optional<Condition> &root, const NodePath &selected,
                                 int delta)
{
    if (!root || selected.isEmpty() || !findNode(*root, selected).isValid())
        return std::nullopt;
    const NodePath parentPath = selected.mid(0, selected.size() - 1);
    Condition *parent = conditionAt(*root, parentPath);
    const int from = selected.last();
    const int to = from + delta;
    if (parent->kind == ConditionKind::Q) {
        if (to < 0 || to >= parent->entries.size())
            return std::nullopt;
        parent->entries.move(from, to);
    } else {
        if (to < 0 || to >= parent->operands.size())
            return std::nullopt;
        parent->operands.move(from, to);
    }
    return parentPath + NodePath {to};
}

} // namespace trigon
