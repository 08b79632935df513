-- Trigon uninstall script: 2 triggers, for PostgreSQL 15 or later.

BEGIN;

DROP TRIGGER IF EXISTS orders_protect_paid ON public.orders;
DROP FUNCTION IF EXISTS public.orders__orders_protect_paid();

DROP TRIGGER IF EXISTS orders_protect_paid_delete ON public.orders;
DROP FUNCTION IF EXISTS public.orders__orders_protect_paid_delete();

COMMIT;
