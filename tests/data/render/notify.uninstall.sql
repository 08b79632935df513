-- Trigon uninstall script: 1 trigger, for PostgreSQL 15 or later.

BEGIN;

DROP TRIGGER IF EXISTS orders_notify ON public.orders;
DROP FUNCTION IF EXISTS public.orders__orders_notify();

COMMIT;
