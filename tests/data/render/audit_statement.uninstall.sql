-- Trigon uninstall script: 2 triggers, for PostgreSQL 15 or later.

BEGIN;

DROP TRIGGER IF EXISTS items_bulk_audit ON public.items;
DROP FUNCTION IF EXISTS public.items__items_bulk_audit();

DROP TRIGGER IF EXISTS items_truncate_guard ON public.items;
DROP FUNCTION IF EXISTS public.items__items_truncate_guard();

COMMIT;
