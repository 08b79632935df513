-- Trigon install script: 2 triggers, for PostgreSQL 15 or later.
-- Safe to run again: it replaces the objects an earlier run created.

BEGIN;

-- Trigger orders_protect_paid on public.orders
CREATE OR REPLACE FUNCTION public.orders__orders_protect_paid()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    RAISE EXCEPTION USING
        MESSAGE = 'paid orders are final',
        ERRCODE = 'P0001';
    RETURN NEW;
END;
$function$;
COMMENT ON FUNCTION public.orders__orders_protect_paid() IS 'Trigger function of orders_protect_paid on public.orders.

trigon:1 function blake2b:ace54f6250c898ad';

CREATE OR REPLACE TRIGGER orders_protect_paid
    BEFORE UPDATE
    ON public.orders
    FOR EACH ROW
    WHEN (OLD.status = 'paid'
        AND (OLD.id IS DISTINCT FROM NEW.id OR OLD.status IS DISTINCT FROM NEW.status))
    EXECUTE FUNCTION public.orders__orders_protect_paid();
COMMENT ON TRIGGER orders_protect_paid ON public.orders IS 'trigon:1 trigger blake2b:d24db157cd453ad1';

-- Trigger orders_protect_paid_delete on public.orders
CREATE OR REPLACE FUNCTION public.orders__orders_protect_paid_delete()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    RAISE EXCEPTION USING
        MESSAGE = 'paid orders are final',
        ERRCODE = 'P0010';
    RETURN OLD;
END;
$function$;
COMMENT ON FUNCTION public.orders__orders_protect_paid_delete() IS 'Trigger function of orders_protect_paid_delete on public.orders.

trigon:1 function blake2b:119fa273e659b375';

CREATE OR REPLACE TRIGGER orders_protect_paid_delete
    BEFORE DELETE
    ON public.orders
    FOR EACH ROW
    WHEN (OLD.status = 'paid')
    EXECUTE FUNCTION public.orders__orders_protect_paid_delete();
COMMENT ON TRIGGER orders_protect_paid_delete ON public.orders IS 'trigon:1 trigger blake2b:32af13d219983c2a';

COMMIT;
