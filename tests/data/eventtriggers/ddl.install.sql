-- Trigon install script: 1 trigger, for PostgreSQL 15 or later.
-- Safe to run again: it replaces the objects an earlier run created.

BEGIN;

-- Trigger audit_all on 1 tables, sharing one function
CREATE OR REPLACE FUNCTION public.audit_all()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO public.change_log (tbl, op)
    VALUES (
        TG_TABLE_NAME,
        TG_OP
    );
    RETURN NULL;
END;
$function$;
COMMENT ON FUNCTION public.audit_all() IS 'Trigger function shared by audit_all on each of its tables.

trigon:1 function blake2b:a3863b064d7a7e55';

CREATE OR REPLACE TRIGGER audit_all
    AFTER INSERT
    ON public.acc_orders
    FOR EACH ROW
    EXECUTE FUNCTION public.audit_all();
COMMENT ON TRIGGER audit_all ON public.acc_orders IS 'trigon:1 trigger blake2b:09a036cb1d301bb3';

-- Event trigger log_table_creation on ddl_command_end
CREATE OR REPLACE FUNCTION public.trigon_event__log_table_creation()
    RETURNS event_trigger
    LANGUAGE plpgsql
AS $function$
DECLARE
    ddl_object record;
BEGIN
    FOR ddl_object IN
        SELECT TG_EVENT AS event, command_tag, object_type, schema_name,
               object_identity, in_extension, classid, objid
          FROM pg_event_trigger_ddl_commands()
    LOOP
        INSERT INTO public.ddl_log (tag, identity, type)
        VALUES (
            ddl_object.command_tag,
            ddl_object.object_identity,
            ddl_object.object_type
        );
    END LOOP;
    FOR ddl_object IN
        SELECT TG_EVENT AS event, command_tag, object_type, schema_name,
               object_identity, in_extension, classid, objid
          FROM pg_event_trigger_ddl_commands()
    LOOP
        IF ddl_object.object_type = 'table'
        AND ddl_object.command_tag IN ('CREATE TABLE', 'CREATE TABLE AS', 'SELECT INTO')
        AND EXISTS (
            SELECT FROM pg_class c
              JOIN pg_namespace n ON n.oid = c.relnamespace
             WHERE c.oid = ddl_object.objid AND c.relkind IN ('r', 'p')
               AND n.nspname = 'public'
               AND c.relname LIKE E'acc\\_%' ESCAPE E'\\')
        AND NOT EXISTS (SELECT FROM pg_trigger t
                         WHERE t.tgrelid = ddl_object.objid AND t.tgname = 'audit_all') THEN
            EXECUTE format('CREATE TRIGGER audit_all
    AFTER INSERT
    ON %s
    FOR EACH ROW
    EXECUTE FUNCTION public.audit_all();', ddl_object.objid::regclass);
            EXECUTE format('COMMENT ON TRIGGER audit_all ON %s IS ''Attached by the event trigger log_table_creation.'';', ddl_object.objid::regclass);
        END IF;
    END LOOP;
END;
$function$;
COMMENT ON FUNCTION public.trigon_event__log_table_creation() IS 'Function of the event trigger log_table_creation.

trigon:1 function blake2b:5341d64353afce06';
DROP EVENT TRIGGER IF EXISTS log_table_creation;
CREATE EVENT TRIGGER log_table_creation ON ddl_command_end
    WHEN TAG IN ('CREATE TABLE', 'CREATE TABLE AS', 'SELECT INTO')
    EXECUTE FUNCTION public.trigon_event__log_table_creation();
COMMENT ON EVENT TRIGGER log_table_creation IS 'Every new table, logged.

trigon:1 event_trigger blake2b:e23f69eb4eb3fde5';

-- Event trigger no_drop_schema on ddl_command_start
CREATE OR REPLACE FUNCTION public.trigon_event__no_drop_schema()
    RETURNS event_trigger
    LANGUAGE plpgsql
AS $function$
DECLARE
    ddl_object record;
BEGIN
    RAISE EXCEPTION USING
        MESSAGE = 'schemas are not dropped here',
        ERRCODE = '42501';
END;
$function$;
COMMENT ON FUNCTION public.trigon_event__no_drop_schema() IS 'Function of the event trigger no_drop_schema.

trigon:1 function blake2b:7ff1a52bd55a6d69';
DROP EVENT TRIGGER IF EXISTS no_drop_schema;
CREATE EVENT TRIGGER no_drop_schema ON ddl_command_start
    WHEN TAG IN ('DROP SCHEMA')
    EXECUTE FUNCTION public.trigon_event__no_drop_schema();
COMMENT ON EVENT TRIGGER no_drop_schema IS 'trigon:1 event_trigger blake2b:7f527e8aaeb9a8d1';

-- Event trigger dropped_objects on sql_drop
CREATE OR REPLACE FUNCTION public.trigon_event__dropped_objects()
    RETURNS event_trigger
    LANGUAGE plpgsql
AS $function$
DECLARE
    ddl_object record;
BEGIN
    FOR ddl_object IN
        SELECT TG_EVENT AS event, TG_TAG AS command_tag, object_type, schema_name,
               object_identity, NULL::boolean AS in_extension, classid, objid
          FROM pg_event_trigger_dropped_objects()
    LOOP
        DECLARE
            trigon_payload text := json_build_object(
                'type', ddl_object.object_type,
                'identity', ddl_object.object_identity
            )::text;
        BEGIN
            IF octet_length(trigon_payload) >= 8000 THEN
                trigon_payload := json_build_object(
                    'truncated', true,
                    'bytes', octet_length(trigon_payload),
                    'event', TG_EVENT,
                    'tag', TG_TAG)::text;
            END IF;
            PERFORM pg_notify('ddl_drops', trigon_payload);
        END;
    END LOOP;
END;
$function$;
COMMENT ON FUNCTION public.trigon_event__dropped_objects() IS 'Function of the event trigger dropped_objects.

trigon:1 function blake2b:636efc80aea020be';
DROP EVENT TRIGGER IF EXISTS dropped_objects;
CREATE EVENT TRIGGER dropped_objects ON sql_drop
    EXECUTE FUNCTION public.trigon_event__dropped_objects();
COMMENT ON EVENT TRIGGER dropped_objects IS 'trigon:1 event_trigger blake2b:96aee7c177128037';

COMMIT;
