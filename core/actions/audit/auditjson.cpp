#include "core/actions/audit/auditaction.h"

#include "core/io/designreader.h"
#include "core/io/designwriter.h"

namespace trigon {

namespace {
constexpr std::array<const char *, 2> modeNames = {"full_rows", "changed_fields"};
} // namespace

void writeActionFields(const AuditAction &action, JsonNode &node)
{
    node.append(QStringLiteral("table"), jsonTable(action.table));
    node.append(QStringLiteral("mode"), jsonText(enumName(modeNames, action.mode)));
    node.append(QStringLiteral("user_setting"), jsonText(action.userSetting));
    node.append(QStringLiteral("create_table"), JsonNode::fromBool(action.createTable));
}

bool readActionFields(ActionFieldsReader &reader, AuditAction &action)
{
    return reader.allowOnly({"table", "mode", "user_setting", "create_table"})
            && reader.optionalTable("table", action.table)
            && reader.optionalString("user_setting", action.userSetting)
            && reader.optionalBool("create_table", action.createTable)
            && reader.optionalEnum("mode", action.mode, modeNames);
}

} // namespace trigon
