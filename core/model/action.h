#pragma once

// Every action kind, each in its own folder under core/actions (see its README.md).
#include "core/actions/audit/auditaction.h"
#include "core/actions/fsm/fsmaction.h"
#include "core/actions/insert/insertaction.h"
#include "core/actions/notify/notifyaction.h"
#include "core/actions/outbox/outboxaction.h"
#include "core/actions/protect/protectaction.h"
#include "core/actions/python/pythonaction.h"
#include "core/actions/set_timestamp/settimestampaction.h"
#include "core/actions/soft_delete/softdeleteaction.h"
#include "core/actions/sql/sqlaction.h"
#include "core/actions/validate/validateaction.h"

#include <QString>

#include <optional>
#include <variant>

namespace trigon {

enum class ActionKind {
    Protect,
    SoftDelete,
    Fsm,
    Audit,
    Notify,
    Validate,
    SetTimestamp,
    Insert,
    Sql,
    Python,
    Outbox
};

// One step of a trigger function; a trigger runs its actions in order. The alternatives are in
// ActionKind order.
using Action = std::variant<ProtectAction, SoftDeleteAction, FsmAction, AuditAction, NotifyAction,
                            ValidateAction, SetTimestampAction, InsertAction, SqlAction,
                            PythonAction, OutboxAction>;

constexpr int actionKindCount = int(std::variant_size_v<Action>);
static_assert(int(ActionKind::Outbox) + 1 == actionKindCount,
              "ActionKind lists the alternatives of Action, in order");

inline ActionKind actionKind(const Action &action)
{
    return static_cast<ActionKind>(action.index());
}

// "protect", "soft_delete", ... as in design files: each kind's kindName.
QString actionKindName(ActionKind kind);
std::optional<ActionKind> actionKindFromName(const QString &name);
// A default-constructed action of `kind`, for "add action" in the UI.
Action makeAction(ActionKind kind);
// Whether an action of this kind can refuse or modify the change it fires for.
bool actionChangesOutcome(const Action &action);

} // namespace trigon
