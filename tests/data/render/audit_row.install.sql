-- Trigon install script: 1 trigger, for PostgreSQL 15 or later.
-- Safe to run again: it replaces the objects an earlier run created.

BEGIN;

CREATE TABLE IF NOT EXISTS billing.audit_log (
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
COMMENT ON TABLE billing.audit_log IS 'Audit rows written by Trigon triggers.

trigon:1 table blake2b:fdfa556498602cc2';

-- Trigger accounts_audit on billing.accounts
CREATE OR REPLACE FUNCTION billing.accounts__accounts_audit()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    INSERT INTO billing.audit_log
        (table_schema, table_name, operation, old_data, new_data,
         db_user, app_user, changed_at, transaction_id)
    VALUES (
        TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP,
        CASE WHEN TG_OP = 'UPDATE' THEN
            (SELECT jsonb_object_agg(o.key, o.value)
             FROM jsonb_each(to_jsonb(OLD)) AS o
             JOIN jsonb_each(to_jsonb(NEW)) AS n ON n.key = o.key
             WHERE n.value IS DISTINCT FROM o.value)
        ELSE to_jsonb(OLD) END,
        CASE WHEN TG_OP = 'UPDATE' THEN
            (SELECT jsonb_object_agg(n.key, n.value)
             FROM jsonb_each(to_jsonb(OLD)) AS o
             JOIN jsonb_each(to_jsonb(NEW)) AS n ON n.key = o.key
             WHERE n.value IS DISTINCT FROM o.value)
        ELSE to_jsonb(NEW) END,
        current_user, current_setting('app.current_user_id', true), now(), txid_current()
    );
    RETURN NULL;
END;
$function$;
COMMENT ON FUNCTION billing.accounts__accounts_audit() IS 'Trigger function of accounts_audit on billing.accounts.

trigon:1 function blake2b:d9ea8d90997d9489';

CREATE OR REPLACE TRIGGER accounts_audit
    AFTER INSERT OR UPDATE OR DELETE
    ON billing.accounts
    FOR EACH ROW
    EXECUTE FUNCTION billing.accounts__accounts_audit();
COMMENT ON TRIGGER accounts_audit ON billing.accounts IS 'Every change of an account, with who did it.

trigon:1 trigger blake2b:f3e2ad1c1ec0f4f7';

COMMIT;
