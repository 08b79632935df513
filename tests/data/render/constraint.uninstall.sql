-- Trigon uninstall script: 1 trigger, for PostgreSQL 15 or later.

BEGIN;

DROP TRIGGER IF EXISTS lines_check_total ON shop.order_lines;
DROP FUNCTION IF EXISTS shop.order_lines__lines_check_total();

COMMIT;
