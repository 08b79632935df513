-- Trigon install script: 2 triggers, for PostgreSQL 15 or later.
-- Safe to run again: it replaces the objects an earlier run created.

BEGIN;

-- Trigger items_bulk_audit on public.items
CREATE OR REPLACE FUNCTION public.items__items_bulk_audit()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function$
#variable_conflict use_column
BEGIN
    INSERT INTO public.trigon_audit
        (table_schema, table_name, operation, old_data, new_data,
         db_user, app_user, changed_at, transaction_id)
    SELECT
        TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP,
        jsonb_agg(to_jsonb(old)),
        jsonb_agg(to_jsonb(new)),
        current_user, current_setting('app.current_user_id', true), now(), txid_current()
    FROM old_items AS old
    JOIN new_items AS new ON new.id = old.id
    WHERE OLD.price IS DISTINCT FROM NEW.price
    HAVING count(*) > 0;
    INSERT INTO public.price_changes (item_id, old_price, new_price, changed_by)
    SELECT
        NEW.id,
        OLD.price,
        NEW.price,
        current_setting('app.user', true)
    FROM old_items AS old
    JOIN new_items AS new ON new.id = old.id
    WHERE OLD.price IS DISTINCT FROM NEW.price;
    IF EXISTS (
        SELECT
        FROM old_items AS old
        JOIN new_items AS new ON new.id = old.id
        WHERE (OLD.price IS DISTINCT FROM NEW.price)
          AND NOT (NEW.price >= 0)
    ) THEN
        RAISE EXCEPTION USING
            MESSAGE = 'prices cannot be negative',
            ERRCODE = '23514';
    END IF;
    RETURN NULL;
END;
$function$;
COMMENT ON FUNCTION public.items__items_bulk_audit() IS 'Trigger function of items_bulk_audit on public.items.

trigon:1 function blake2b:1bd9b8de227b393a';

CREATE OR REPLACE TRIGGER items_bulk_audit
    AFTER UPDATE
    ON public.items
    REFERENCING OLD TABLE AS old_items NEW TABLE AS new_items
    FOR EACH STATEMENT
    EXECUTE FUNCTION public.items__items_bulk_audit();
COMMENT ON TRIGGER items_bulk_audit ON public.items IS 'trigon:1 trigger blake2b:06b92c2a610371a0';

-- Trigger items_truncate_guard on public.items
CREATE OR REPLACE FUNCTION public.items__items_truncate_guard()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    RAISE EXCEPTION USING
        MESSAGE = 'items cannot be truncated',
        ERRCODE = 'P0099';
    RETURN NULL;
END;
$function$;
COMMENT ON FUNCTION public.items__items_truncate_guard() IS 'Trigger function of items_truncate_guard on public.items.

trigon:1 function blake2b:5820b86033968ed9';

CREATE OR REPLACE TRIGGER items_truncate_guard
    BEFORE TRUNCATE
    ON public.items
    FOR EACH STATEMENT
    WHEN (current_setting('app.allow_truncate', true) IS DISTINCT FROM 'on')
    EXECUTE FUNCTION public.items__items_truncate_guard();
COMMENT ON TRIGGER items_truncate_guard ON public.items IS 'trigon:1 trigger blake2b:93752bcdd63d1ac1';

COMMIT;
