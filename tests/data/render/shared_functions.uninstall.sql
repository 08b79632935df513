-- Trigon uninstall script: 3 triggers, for PostgreSQL 15 or later.
-- Audit tables are kept: they hold data.

BEGIN;

DROP TRIGGER IF EXISTS audit_changes ON public.orders;
DROP TRIGGER IF EXISTS audit_changes ON sales.items;
DROP FUNCTION IF EXISTS public.audit_changes();

DROP TRIGGER IF EXISTS docs_fulltext ON public.docs;

COMMIT;
