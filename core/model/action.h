#pragma once

#include "core/model/condition.h"
#include "core/model/payloadvalue.h"
#include "core/model/tableref.h"

#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

namespace trigon {

// Raise an error: the statement (and its transaction) fails.
struct ProtectAction
{
    QString message;  // empty: "<TG_OP> on <table> is not allowed"
    QString sqlState; // five characters; empty: P0001 (raise_exception)

    friend bool operator==(const ProtectAction &, const ProtectAction &) = default;
};

// Turn a DELETE into an UPDATE that sets `column` to `value` for the row (found by its key
// columns), and skip the DELETE. BEFORE DELETE, row level.
struct SoftDeleteAction
{
    QString column = QStringLiteral("is_deleted");
    QJsonValue value = true;
    QStringList key = {QStringLiteral("id")};

    friend bool operator==(const SoftDeleteAction &, const SoftDeleteAction &) = default;
};

struct FsmTransition
{
    QString from;
    QString to;

    friend bool operator==(const FsmTransition &, const FsmTransition &) = default;
};

// A state machine over `column`: an UPDATE that changes it must follow one of the transitions
// (compared as text).
struct FsmAction
{
    QString column = QStringLiteral("status");
    QList<FsmTransition> transitions;
    QString message; // empty: a message naming the column and both states

    friend bool operator==(const FsmAction &, const FsmAction &) = default;
};

// Write one audit row per changed row (row level), or one per statement with the changed rows
// aggregated from the transition tables (statement level).
struct AuditAction
{
    enum class Mode {
        FullRows,      // old_data / new_data hold whole rows
        ChangedFields, // for row-level UPDATE, only the fields whose values changed
    };
    TableRef table = {QStringLiteral("public"), QStringLiteral("trigon_audit")};
    Mode mode = Mode::FullRows;
    QString userSetting = QStringLiteral("app.current_user_id"); // empty: app_user is NULL
    bool createTable = false; // the install script creates the audit table if it is missing

    friend bool operator==(const AuditAction &, const AuditAction &) = default;
};

// pg_notify(channel, payload) with a JSON object built from `payload`.
struct NotifyAction
{
    // NOTIFY payloads must be shorter than 8000 bytes; what to do with a longer one.
    enum class Overflow {
        Truncate, // send {"truncated": true, "bytes": n, "op": ..., "table": ...} instead
        Skip,     // send nothing, raise a WARNING
        Error,    // raise an error: the statement fails
    };
    QString channel;
    QList<NamedValue> payload;
    Overflow onOverflow = Overflow::Truncate;

    friend bool operator==(const NotifyAction &, const NotifyAction &) = default;
};

// An assertion: the statement fails with `message` when `check` is false (NULL passes, as in
// a CHECK constraint).
struct ValidateAction
{
    Condition check = Condition::rawSql(QStringLiteral("true"));
    QString message;
    QString sqlState; // empty: 23514 (check_violation)

    friend bool operator==(const ValidateAction &, const ValidateAction &) = default;
};

// NEW.column := now(), for each column. BEFORE INSERT/UPDATE, row level.
struct SetTimestampAction
{
    QStringList columns = {QStringLiteral("updated_at")};

    friend bool operator==(const SetTimestampAction &, const SetTimestampAction &) = default;
};

// INSERT INTO table (names) VALUES (values): one row per firing, or per matching row of the
// transition tables at statement level.
struct InsertAction
{
    TableRef table;
    QList<NamedValue> values;

    friend bool operator==(const InsertAction &, const InsertAction &) = default;
};

// Custom PL/pgSQL, run as its own block: `declarations` go into DECLARE, `body` between BEGIN
// and END.
struct SqlAction
{
    QString declarations;
    QString body;

    friend bool operator==(const SqlAction &, const SqlAction &) = default;
};

enum class ActionKind {
    Protect,
    SoftDelete,
    Fsm,
    Audit,
    Notify,
    Validate,
    SetTimestamp,
    Insert,
    Sql
};

// One step of a trigger function; a trigger runs its actions in order. The alternatives are in
// ActionKind order.
using Action = std::variant<ProtectAction, SoftDeleteAction, FsmAction, AuditAction, NotifyAction,
                            ValidateAction, SetTimestampAction, InsertAction, SqlAction>;

inline ActionKind actionKind(const Action &action)
{
    return static_cast<ActionKind>(action.index());
}

// "protect", "soft_delete", ... as in design files.
QString actionKindName(ActionKind kind);
std::optional<ActionKind> actionKindFromName(const QString &name);
// A default-constructed action of `kind`, for "add action" in the UI.
Action makeAction(ActionKind kind);

} // namespace trigon
