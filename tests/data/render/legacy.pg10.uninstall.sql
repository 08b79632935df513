-- Trigon uninstall script: 1 trigger, for PostgreSQL 10 or later.

BEGIN;

DROP TRIGGER IF EXISTS orders_touch ON public.orders;
DROP FUNCTION IF EXISTS public.orders__orders_touch();

COMMIT;
