#include "core/pg/notificationddl.h"

#include "core/pg/blockingconnection.h"

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

QString ddlNotificationInstallScript(int serverVersion)
{
    // sql_drop lists every dropped object, including the row type and array type of a table:
    // only what the command named (original) and what went with it by CASCADE (normal) is
    // reported. Payloads stay far below NOTIFY's 8000-byte limit: identities are short, but one
    // is cut at 7000 characters rather than make the user's DDL fail.
    const QString execute = serverVersion >= 110000 ? QStringLiteral("EXECUTE FUNCTION")
                                                    : QStringLiteral("EXECUTE PROCEDURE");
    return QStringLiteral(R"sql(CREATE OR REPLACE FUNCTION public.trigon_ddl_notify()
RETURNS event_trigger
LANGUAGE plpgsql
SET search_path = pg_catalog
AS $trigon$
DECLARE
    r record;
BEGIN
    IF TG_EVENT = 'sql_drop' THEN
        FOR r IN SELECT * FROM pg_event_trigger_dropped_objects() WHERE original OR normal LOOP
            PERFORM pg_notify('trigon_ddl', json_build_object(
                'event', TG_EVENT, 'tag', TG_TAG, 'object_type', r.object_type,
                'identity', left(r.object_identity, 7000))::text);
        END LOOP;
    ELSE
        FOR r IN SELECT * FROM pg_event_trigger_ddl_commands() LOOP
            PERFORM pg_notify('trigon_ddl', json_build_object(
                'event', TG_EVENT, 'tag', r.command_tag, 'object_type', r.object_type,
                'identity', left(r.object_identity, 7000))::text);
        END LOOP;
    END IF;
END
$trigon$;
COMMENT ON FUNCTION public.trigon_ddl_notify() IS 'Trigon: reports schema changes on channel trigon_ddl';
DROP EVENT TRIGGER IF EXISTS trigon_ddl_command_end;
DROP EVENT TRIGGER IF EXISTS trigon_sql_drop;
CREATE EVENT TRIGGER trigon_ddl_command_end ON ddl_command_end %1 public.trigon_ddl_notify();
CREATE EVENT TRIGGER trigon_sql_drop ON sql_drop %1 public.trigon_ddl_notify();
)sql")
            .arg(execute);
}

QString ddlNotificationRemoveScript()
{
    return QStringLiteral("DROP EVENT TRIGGER IF EXISTS trigon_ddl_command_end;\n"
                          "DROP EVENT TRIGGER IF EXISTS trigon_sql_drop;\n"
                          "DROP FUNCTION IF EXISTS public.trigon_ddl_notify();\n");
}

} // namespace trigon::pg
