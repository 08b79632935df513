#include "core/model/action.h"

#include "core/model/enumnames.h"

namespace trigon {

namespace {
constexpr std::array<const char *, 9> kindNames
        = {"protect",  "soft_delete",   "fsm",    "audit", "notify",
           "validate", "set_timestamp", "insert", "sql"};
static_assert(kindNames.size() == std::variant_size_v<Action>);
} // namespace

QString actionKindName(ActionKind kind)
{
    return enumName(kindNames, kind);
}

std::optional<ActionKind> actionKindFromName(const QString &name)
{
    return enumFromName<ActionKind>(kindNames, name);
}

Action makeAction(ActionKind kind)
{
    switch (kind) {
    case ActionKind::Protect:
        return ProtectAction {};
    case ActionKind::SoftDelete:
        return SoftDeleteAction {};
    case ActionKind::Fsm:
        return FsmAction {};
    case ActionKind::Audit:
        return AuditAction {};
    case ActionKind::Notify:
        return NotifyAction {};
    case ActionKind::Validate:
        return ValidateAction {};
    case ActionKind::SetTimestamp:
        return SetTimestampAction {};
    case ActionKind::Insert:
        return InsertAction {};
    case ActionKind::Sql:
        return SqlAction {};
    }
    return ProtectAction {};
}

} // namespace trigon
