-- Trigon install script: 1 trigger, for PostgreSQL 15 or later.
-- Safe to run again: it replaces the objects an earlier run created.

BEGIN;

-- Trigger lines_check_total on shop.order_lines
CREATE OR REPLACE FUNCTION shop.order_lines__lines_check_total()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    IF NOT (NEW.qty * NEW.price < 100000) THEN
        RAISE EXCEPTION USING
            MESSAGE = 'check failed: NEW.qty * NEW.price < 100000',
            ERRCODE = '23514';
    END IF;
    RETURN NULL;
END;
$function$;
COMMENT ON FUNCTION shop.order_lines__lines_check_total() IS 'Trigger function of lines_check_total on shop.order_lines.

trigon:1 function blake2b:c5cc6ec5e013c748';

DROP TRIGGER IF EXISTS lines_check_total ON shop.order_lines;
CREATE CONSTRAINT TRIGGER lines_check_total
    AFTER UPDATE OF qty, price
    ON shop.order_lines
    FROM shop.orders
    DEFERRABLE INITIALLY DEFERRED
    FOR EACH ROW
    WHEN (NEW.qty > 0
        AND NEW.price IS NOT DISTINCT FROM OLD.price
        AND NEW.note::text ILIKE '%rush%')
    EXECUTE FUNCTION shop.order_lines__lines_check_total();
COMMENT ON TRIGGER lines_check_total ON shop.order_lines IS 'trigon:1 trigger blake2b:db93eede9aa3108c';
ALTER TABLE shop.order_lines ENABLE ALWAYS TRIGGER lines_check_total;

COMMIT;
