-- Trigon install script: 1 trigger, for PostgreSQL 10 or later.
-- Safe to run again: it replaces the objects an earlier run created.

BEGIN;

-- Trigger orders_touch on public.orders
CREATE OR REPLACE FUNCTION public.orders__orders_touch()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    NEW.updated_at := now();
    RETURN NEW;
END;
$function$;
COMMENT ON FUNCTION public.orders__orders_touch() IS 'Trigger function of orders_touch on public.orders.

trigon:1 function blake2b:3e8b0dc05e29b563';

DROP TRIGGER IF EXISTS orders_touch ON public.orders;
CREATE TRIGGER orders_touch
    BEFORE INSERT OR UPDATE
    ON public.orders
    FOR EACH ROW
    EXECUTE PROCEDURE public.orders__orders_touch();
COMMENT ON TRIGGER orders_touch ON public.orders IS 'trigon:1 trigger blake2b:945da7040c807a24';
ALTER TABLE public.orders ENABLE REPLICA TRIGGER orders_touch;

COMMIT;
