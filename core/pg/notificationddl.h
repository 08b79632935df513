#pragma once

#include "core/pg/pgerror.h"
#include "core/pg/queryresult.h"

#include <QString>

#include <optional>

namespace trigon::pg {

class BlockingConnection;

// Schema changes as notifications: the "DDL events" preset of the event-trigger designer
// (presets::ddlEvents()), event triggers on ddl_command_end and sql_drop that send, on channel
// ddlNotificationChannel(), one JSON payload per object a command touched:
//   {"event": "ddl_command_end", "tag": "CREATE TABLE", "object_type": "table",
//    "identity": "public.orders"}
// Only a superuser can create event triggers. Installing creates the event triggers
// trigon_ddl_command_end and trigon_sql_drop with their functions; removing drops them again.
// Both are single scripts that run as one transaction.

QString ddlNotificationChannel(); // "trigon_ddl"

struct DdlNotificationStatus
{
    bool superuser = false;
    bool installed = false; // both event triggers exist
    QString user;
    QString database;
};

// Whether the session's user may install, and whether it is installed (blocking; for worker
// threads and the CLI). nullopt with `error` set when the server could not be asked.
std::optional<DdlNotificationStatus> readDdlNotificationStatus(BlockingConnection &connection,
                                                               PgError *error);
// Installs (`install`) or removes the event triggers and their function, in one transaction.
// False with `error` set when the server refused; nothing is changed then.
bool changeDdlNotifications(BlockingConnection &connection, bool install, PgError *error);

// `serverVersion` as PQserverVersion gives it: before 11, EXECUTE PROCEDURE is spelt instead of
// EXECUTE FUNCTION. Rendered from the preset, with Trigon's markers.
QString ddlNotificationInstallScript(int serverVersion);
QString ddlNotificationRemoveScript();

} // namespace trigon::pg
