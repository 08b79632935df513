#pragma once

// What every action kind's header (core/actions/<kind>/<kind>action.h) declares beside its model
// value, for the one kind it is about:
//
//   void writeActionFields(const XAction &action, JsonNode &node);       // <kind>json.cpp
//   bool readActionFields(ActionFieldsReader &reader, XAction &action);  // <kind>json.cpp
//   void checkAction(const XAction &action, TriggerChecks &checks,      // <kind>rules.cpp
//                    const QString &path);
//   QString renderAction(const XAction &action, const FunctionBody &body); // <kind>sql.cpp
//   std::optional<QList<TableWrite>> tableWrites(const XAction &action,  // <kind>sql.cpp
//                                                const TriggerDesign &trigger);
//   bool mayStopRow(const XAction &action);                              // <kind>sql.cpp
//
// The design file, the validator and the renderer call them through std::visit over Action, so
// overload resolution finds each kind's part by its type.

#include <QList>
#include <QString>

#include <optional>

namespace trigon {

struct JsonNode;
class ActionFieldsReader;
class TriggerChecks;
class FunctionBody;
struct TableWrite;
struct TriggerDesign;

} // namespace trigon
