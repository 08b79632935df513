#pragma once

#include "core/actions/actionkind.h"
#include "core/model/payloadvalue.h"
#include "core/model/tableref.h"

#include <QList>

namespace trigon {

// INSERT INTO table (names) VALUES (values): one row per firing, or per matching row of the
// transition tables at statement level.
struct InsertAction
{
    static constexpr const char *kindName = "insert";
    static constexpr bool changesOutcome = false;

    TableRef table;
    QList<NamedValue> values;

    friend bool operator==(const InsertAction &, const InsertAction &) = default;
};

void writeActionFields(const InsertAction &action, JsonNode &node);
bool readActionFields(ActionFieldsReader &reader, InsertAction &action);
void checkAction(const InsertAction &action, TriggerChecks &checks, const QString &path);
QString renderAction(const InsertAction &action, const FunctionBody &body);
std::optional<QList<TableWrite>> tableWrites(const InsertAction &action,
                                             const TriggerDesign &trigger);
bool mayStopRow(const InsertAction &action);

} // namespace trigon
