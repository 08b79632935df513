#pragma once

#include "core/io/jsontree.h"
#include "core/model/condition.h"
#include "core/model/payloadvalue.h"
#include "core/model/tableref.h"

#include <QStringList>

namespace trigon {

// The design file's spelling of values that triggers and action kinds share, as JSON nodes in
// the order the file keeps (docs/design-format.md).
JsonNode jsonText(const QString &text);
JsonNode jsonTextArray(const QStringList &list);
JsonNode jsonTable(const TableRef &table); // {"schema", "name"}
JsonNode jsonCondition(const Condition &condition);
JsonNode jsonNamedValues(const QList<NamedValue> &values); // {"name": value, ...}
JsonNode jsonPayloadValue(const PayloadValue &value);

} // namespace trigon
