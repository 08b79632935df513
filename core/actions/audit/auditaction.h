#pragma once

#include "core/actions/actionkind.h"
#include "core/model/tableref.h"

namespace trigon {

// Write one audit row per changed row (row level), or one per statement with the changed rows
// aggregated from the transition tables (statement level).
struct AuditAction
{
    static constexpr const char *kindName = "audit";
    static constexpr bool changesOutcome = false;

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

void writeActionFields(const AuditAction &action, JsonNode &node);
bool readActionFields(ActionFieldsReader &reader, AuditAction &action);
void checkAction(const AuditAction &action, TriggerChecks &checks, const QString &path);
QString renderAction(const AuditAction &action, const FunctionBody &body);
std::optional<QList<TableWrite>> tableWrites(const AuditAction &action,
                                             const TriggerDesign &trigger);
bool mayStopRow(const AuditAction &action);

// CREATE TABLE IF NOT EXISTS for an audit table: the columns the audit action writes.
QString renderAuditTable(const TableRef &table);

} // namespace trigon
