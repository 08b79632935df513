-- Trigon uninstall script: 1 trigger, for PostgreSQL 15 or later.

BEGIN;

DROP TRIGGER IF EXISTS docs_before_write ON public.docs;
DROP FUNCTION IF EXISTS public.docs__docs_before_write();

COMMIT;
