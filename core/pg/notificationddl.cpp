#include "core/pg/notificationddl.h"

#include "core/model/presets.h"
#include "core/pg/blockingconnection.h"
#include "core/sql/scriptrenderer.h"

namespace trigon::pg {

QString ddlNotificationChannel()
{
    return QStringLiteral("trigon_ddl");
}

std::optional<DdlNotificationStatus> readDdlNotificationStatus(BlockingConnection &connection,
                                                               PgError *error)
{
    const QueryResult result = connection.exec(
            QStringLiteral("SELECT r.rolsuper,"
                           " (SELECT count(*) = 2 FROM pg_catalog.pg_event_trigger"
                           "  WHERE evtname IN ('trigon_ddl_command_end', 'trigon_sql_drop')),"
                           " current_user, current_database()"
                           " FROM pg_catalog.pg_roles r WHERE r.rolname = current_user"));
    if (!result.ok() || result.rowCount() != 1) {
        if (error)
            *error = result.error();
        return std::nullopt;
    }
    DdlNotificationStatus status;
    status.superuser = result.value(0, 0) == QLatin1String("t");
    status.installed = result.value(0, 1) == QLatin1String("t");
    status.user = result.value(0, 2);
    status.database = result.value(0, 3);
    return status;
}

bool changeDdlNotifications(BlockingConnection &connection, bool install, PgError *error)
{
    // A script sent as one simple query runs as one transaction: all of it or nothing.
    const QueryResult result = connection.execScript(
            install ? ddlNotificationInstallScript(connection.serverVersion())
                    : ddlNotificationRemoveScript());
    if (!result.ok() && error)
        *error = result.error();
    return result.ok();
}

namespace {

// The "DDL events" preset of the event-trigger designer.
DesignDocument ddlNotificationDesign()
{
    DesignDocument document;
    for (const EventTriggerDesign &design : presets::ddlEvents())
        document.addEventTrigger(design);
    return document;
}

} // namespace

QString ddlNotificationInstallScript(int serverVersion)
{
    RenderOptions options;
    options.serverVersion = serverVersion;
    options.singleTransaction = false; // execScript() runs it as one transaction
    // Before the preset, one function served both: it goes, so that nothing is left of it.
    return ddlNotificationRemoveScript() + renderInstallScript(ddlNotificationDesign(), options);
}

QString ddlNotificationRemoveScript()
{
    RenderOptions options;
    options.singleTransaction = false;
    return renderUninstallScript(ddlNotificationDesign(), options)
            + QStringLiteral("DROP FUNCTION IF EXISTS public.trigon_ddl_notify();\n");
}

} // namespace trigon::pg
