#pragma once

#include "core/model/condition.h"

#include <QList>

#include <optional>

// The structural edits of the condition builder as pure functions on a condition value, so the
// builder turns each one into a single controller edit and tests can check them without widgets;
// with them, how a node is found from a validator's field path and back.
//
// A node is addressed by the rows taken from the root condition: {} is the root, {1} its second
// operand, {1, 0} the first operand of that, or the first entry when {1} is a q.
namespace trigon {

using NodePath = QList<int>;

// The node at `path`: a condition, or an entry of a q (then `condition` is the q).
struct ConstNodeRef
{
    const Condition *condition = nullptr;
    const QEntry *entry = nullptr;

    bool isValid() const { return condition != nullptr; }
};
ConstNodeRef findNode(const Condition &root, const NodePath &path);
// The condition at `path`, nullptr when there is none or the path names an entry.
Condition *conditionAt(Condition &root, const NodePath &path);
QEntry *entryAt(Condition &root, const NodePath &path);

// Field paths are how the validator names a node: `prefix` ("condition", "actions[0].check"),
// then ".and[1]", ".not", ".q.old__status" down to the node, and a condition's own kind last:
// "condition.and[1].q". Empty when `path` names no node.
QString fieldPathOf(const Condition &root, const NodePath &path, const QString &prefix);
// The deepest node whose field path starts `fieldPath` (a diagnostic may name a field inside a
// node: "...any_change.fields[0]"); the root for `prefix` alone; nullopt when none fits.
std::optional<NodePath> nodePathOfField(const Condition &root, const QString &fieldPath,
                                        const QString &prefix);

// Adds `node` next to the selection: into a selected and/or, after a selected operand of an
// and/or, and otherwise and-ed with the selected node. Without a condition it becomes the root.
// Returns the new node's path.
NodePath addCondition(std::optional<Condition> &root, const NodePath &selected, Condition node);
// Adds a comparison to the selected q (or after the selected entry); elsewhere adds a new q
// holding it, as addCondition() does. Returns the path of the new entry.
NodePath addEntry(std::optional<Condition> &root, const NodePath &selected, QEntry entry);
// Replaces the selected condition (an entry's q) with and/or/not of it.
NodePath wrapNode(std::optional<Condition> &root, const NodePath &selected, ConditionKind kind);
// Removes the selected node. A q losing its last entry and a not losing its operand go too, as
// neither means anything empty. Returns the path to select next (empty optional: nothing).
std::optional<NodePath> removeNode(std::optional<Condition> &root, const NodePath &selected);
// Moves the selected node among its siblings by `delta`; returns its new path, or nullopt when it
// cannot move.
std::optional<NodePath> moveNode(std::optional<Condition> &root, const NodePath &selected,
                                 int delta);

} // namespace trigon
