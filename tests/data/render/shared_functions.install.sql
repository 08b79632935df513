-- Trigon install script: 3 triggers, for PostgreSQL 15 or later.
-- Safe to run again: it replaces the objects an earlier run created.

BEGIN;

CREATE TABLE IF NOT EXISTS public.audit_log (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_schema text NOT NULL,
    table_name text NOT NULL,
    operation text NOT NULL,
    old_data jsonb,
    new_data jsonb,
    db_user text NOT NULL,
    app_user text,
    changed_at timestamptz NOT NULL,
    transaction_id bigint NOT NULL
);
COMMENT ON TABLE public.audit_log IS 'Audit rows written by Trigon triggers.

trigon:1 table blake2b:97f18319d58d08cc';

-- Trigger audit_changes on 2 tables, sharing one function
CREATE OR REPLACE FUNCTION public.audit_changes()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO public.audit_log
        (table_schema, table_name, operation, old_data, new_data,
         db_user, app_user, changed_at, transaction_id)
    VALUES (
        TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP,
        to_jsonb(OLD),
        to_jsonb(NEW),
        current_user, current_setting('app.current_user_id', true), now(), txid_current()
    );
    RETURN NULL;
END;
$function$;
COMMENT ON FUNCTION public.audit_changes() IS 'Trigger function shared by audit_changes on each of its tables.

trigon:1 function blake2b:9537dd59e4eb1d1a';

CREATE OR REPLACE TRIGGER audit_changes
    AFTER UPDATE
    ON public.orders
    FOR EACH ROW
    WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION public.audit_changes();
COMMENT ON TRIGGER audit_changes ON public.orders IS 'trigon:1 trigger blake2b:0e011237f62b334f';

CREATE OR REPLACE TRIGGER audit_changes
    AFTER UPDATE
    ON sales.items
    FOR EACH ROW
    WHEN (OLD.id IS DISTINCT FROM NEW.id OR OLD.qty IS DISTINCT FROM NEW.qty)
    EXECUTE FUNCTION public.audit_changes();
COMMENT ON TRIGGER audit_changes ON sales.items IS 'trigon:1 trigger blake2b:7ac977e676c05bec';

-- Trigger docs_fulltext on public.docs
-- It executes the existing function pg_catalog.tsvector_update_trigger(), which Trigon does not create or drop.

CREATE OR REPLACE TRIGGER docs_fulltext
    BEFORE INSERT OR UPDATE
    ON public.docs
    FOR EACH ROW
    EXECUTE FUNCTION pg_catalog.tsvector_update_trigger('fulltext', 'pg_catalog.english', 'title', 'description');
COMMENT ON TRIGGER docs_fulltext ON public.docs IS 'trigon:1 trigger blake2b:9c925131b06466f7';

COMMIT;
