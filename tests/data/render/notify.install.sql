-- Trigon install script: 1 trigger, for PostgreSQL 15 or later.
-- Safe to run again: it replaces the objects an earlier run created.

BEGIN;

-- Trigger orders_notify on public.orders
CREATE OR REPLACE FUNCTION public.orders__orders_notify()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    DECLARE
        trigon_payload text := json_build_object(
            'id', NEW.id,
            'status', NEW.status,
            'was', OLD.status,
            'op', TG_OP,
            'table', TG_TABLE_NAME,
            'at', now(),
            'user', current_setting('app.current_user_id', true),
            'row', to_jsonb(NEW),
            'source', 'trigon',
            'version', 2,
            'flags', '[1,2]'::jsonb,
            'meta', '{"a":1,"b":"x"}'::jsonb,
            'total', (NEW.id * 2)
        )::text;
    BEGIN
        IF octet_length(trigon_payload) >= 8000 THEN
            trigon_payload := json_build_object(
                'truncated', true,
                'bytes', octet_length(trigon_payload),
                'op', TG_OP,
                'table', TG_TABLE_NAME)::text;
        END IF;
        PERFORM pg_notify('orders', trigon_payload);
    END;
    DECLARE
        trigon_payload text := json_build_object(
            'id', NEW.id
        )::text;
    BEGIN
        IF octet_length(trigon_payload) >= 8000 THEN
            RAISE WARNING 'notification on % skipped: its payload of % bytes is over the limit', 'orders_small', octet_length(trigon_payload);
        ELSE
            PERFORM pg_notify('orders_small', trigon_payload);
        END IF;
    END;
    DECLARE
        trigon_payload text := '{}';
    BEGIN
        IF octet_length(trigon_payload) >= 8000 THEN
            RAISE EXCEPTION 'notification on % refused: its payload of % bytes is over the limit', 'orders_strict', octet_length(trigon_payload)
                USING ERRCODE = '22023';
        END IF;
        PERFORM pg_notify('orders_strict', trigon_payload);
    END;
    RETURN NULL;
END;
$function$;
COMMENT ON FUNCTION public.orders__orders_notify() IS 'Trigger function of orders_notify on public.orders.

trigon:1 function blake2b:a2f5d7129048d640';

CREATE OR REPLACE TRIGGER orders_notify
    AFTER INSERT OR UPDATE
    ON public.orders
    FOR EACH ROW
    WHEN (NOT (NEW.status IN ('draft', 'hidden')))
    EXECUTE FUNCTION public.orders__orders_notify();
COMMENT ON TRIGGER orders_notify ON public.orders IS 'trigon:1 trigger blake2b:ea385f38fc9c46a3';

COMMIT;
