-- Trigon uninstall script: 1 trigger, for PostgreSQL 15 or later.
-- Audit tables are kept: they hold data.

BEGIN;

DROP TRIGGER IF EXISTS accounts_audit ON billing.accounts;
DROP FUNCTION IF EXISTS billing.accounts__accounts_audit();

COMMIT;
