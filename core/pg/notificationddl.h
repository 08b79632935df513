#pragma once

#include "core/pg/queryresult.h"

#include <QString>

namespace trigon::pg {

// Schema changes as notifications: an event trigger on ddl_command_end and sql_drop that sends, on
// channel ddlNotificationChannel(), one JSON payload per object a command touched:
//   {"event": "ddl_command_end", "tag": "CREATE TABLE", "object_type": "table",
//    "identity": "public.orders"}
// Only a superuser can create event triggers. Installing creates the function
// public.trigon_ddl_notify() and the event triggers trigon_ddl_command_end and trigon_sql_drop;
// removing drops them again. Both are single scripts that run as one transaction.

QString ddlNotificationChannel(); // "trigon_ddl"

// One row: superuser (t/f), installed (t/f), user.
QString ddlNotificationStatusQuery();
struct DdlNotificationStatus
{
    bool superuser = false;
    bool installed = false; // both event triggers exist
    QString user;
};
DdlNotificationStatus ddlNotificationStatus(const QueryResult &statusResult);

// `serverVersion` as PQserverVersion gives it: before 11, EXECUTE PROCEDURE is spelt instead of
// EXECUTE FUNCTION.
QString ddlNotificationInstallScript(int serverVersion);
QString ddlNotificationRemoveScript();

} // namespace trigon::pg
