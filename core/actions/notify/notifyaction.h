#pragma once

#include "core/actions/actionkind.h"
#include "core/model/payloadvalue.h"

#include <QList>

namespace trigon {

// pg_notify(channel, payload) with a JSON object built from `payload`.
struct NotifyAction
{
    static constexpr const char *kindName = "notify";
    static constexpr bool changesOutcome = false;

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

void writeActionFields(const NotifyAction &action, JsonNode &node);
bool readActionFields(ActionFieldsReader &reader, NotifyAction &action);
void checkAction(const NotifyAction &action, TriggerChecks &checks, const QString &path);
QString renderAction(const NotifyAction &action, const FunctionBody &body);
std::optional<QList<TableWrite>> tableWrites(const NotifyAction &action,
                                             const TriggerDesign &trigger);
bool mayStopRow(const NotifyAction &action);
// The block that builds the payload and sends it, as its onOverflow says; a payload too long to
// send is replaced by {"truncated": true, "bytes": n, <truncatedFields>}, which are SQL
// "'key', value" pairs naming where it came from. Event triggers send theirs through it too.
QString renderNotifyBlock(const NotifyAction &action, const QString &truncatedFields);

} // namespace trigon
