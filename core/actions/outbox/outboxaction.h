#pragma once

#include "core/actions/actionkind.h"
#include "core/model/payloadvalue.h"

#include <QList>

namespace trigon {

// One event row in the transactional outbox (trigon.outbox, core/sql/outboxsql.h), written in
// the transaction that changed the row, for a relay (trigon-cli relay) or Debezium to deliver
// after it committed: per firing, or per matching row of the transition tables at statement
// level.
struct OutboxAction
{
    static constexpr const char *kindName = "outbox";
    static constexpr bool changesOutcome = false;

    QString target;            // a name of the file's "targets"; any name for Debezium alone
    QString type;              // the event's type; empty: "<table>.<insert|update|delete>"
    PayloadValue key;          // aggregateid: events of one key are delivered in order
    QList<NamedValue> payload; // the event's JSON body, as notify payloads

    friend bool operator==(const OutboxAction &, const OutboxAction &) = default;
};

void writeActionFields(const OutboxAction &action, JsonNode &node);
bool readActionFields(ActionFieldsReader &reader, OutboxAction &action);
void checkAction(const OutboxAction &action, TriggerChecks &checks, const QString &path);
QString renderAction(const OutboxAction &action, const FunctionBody &body);
std::optional<QList<TableWrite>> tableWrites(const OutboxAction &action,
                                             const TriggerDesign &trigger);
bool mayStopRow(const OutboxAction &action);

} // namespace trigon
