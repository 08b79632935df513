#pragma once

#include "core/eventactions/eventactionkind.h"

namespace trigon {

// On ddl_command_end of CREATE TABLE (and CREATE TABLE AS, SELECT INTO): gives a table that the
// selector of the design over several tables named `trigger` picks that design's trigger, on
// the function the design shares, so that a design meant for every table also covers the tables
// created after it was deployed.
struct AttachAction
{
    static constexpr const char *kindName = "attach";

    QString trigger; // the name of a design of the same document

    friend bool operator==(const AttachAction &, const AttachAction &) = default;
};

void writeActionFields(const AttachAction &action, JsonNode &node);
bool readActionFields(ActionFieldsReader &reader, AttachAction &action);
void checkEventAction(const AttachAction &action, EventTriggerChecks &checks, const QString &path);
QString renderEventAction(const AttachAction &action, const EventFunctionBody &body);

} // namespace trigon
