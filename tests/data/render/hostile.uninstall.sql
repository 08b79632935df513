-- Trigon uninstall script: 1 trigger, for PostgreSQL 15 or later.

BEGIN;

DROP TRIGGER IF EXISTS "Trigger ""quoted""; DROP TABLE x; --" ON "My Schema"."select";
DROP FUNCTION IF EXISTS "My Schema"."select__Trigger ""quoted""; DROP TABLE x; --"();

COMMIT;
