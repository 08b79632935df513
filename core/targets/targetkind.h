#pragma once

// What every relay target kind's header (core/targets/<kind>/<kind>target.h) declares beside its
// model value, for the one kind it is about:
//
//   void writeTargetFields(const XTarget &target, JsonNode &node);           // <kind>json.cpp
//   bool readTargetFields(ActionFieldsReader &reader, XTarget &target);      // <kind>json.cpp
//   void checkTarget(const XTarget &target, TargetChecks &checks,           // <kind>rules.cpp
//                    const QString &path);
//
// The delivery itself lives in core/relay/<kind> (trigon_relay), which needs the network.

#include <QList>
#include <QString>

namespace trigon {

struct JsonNode;
class ActionFieldsReader;
class TargetChecks;

} // namespace trigon
