-- Trigon install script: 1 trigger, for PostgreSQL 15 or later.
-- Safe to run again: it replaces the objects an earlier run created.

BEGIN;

-- Trigger Trigger "quoted"; DROP TABLE x; -- on My Schema.select
CREATE OR REPLACE FUNCTION "My Schema"."select__Trigger ""quoted""; DROP TABLE x; --"()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    RAISE EXCEPTION USING
        MESSAGE = 'no''; DROP TABLE y; --',
        ERRCODE = 'P0001';
    RETURN NEW;
END;
$function$;
COMMENT ON FUNCTION "My Schema"."select__Trigger ""quoted""; DROP TABLE x; --"() IS 'Trigger function of Trigger "quoted"; DROP TABLE x; -- on My Schema.select.

trigon:1 function blake2b:29af08635547f7e2';

CREATE OR REPLACE TRIGGER "Trigger ""quoted""; DROP TABLE x; --"
    BEFORE UPDATE
    ON "My Schema"."select"
    FOR EACH ROW
    WHEN (OLD."Ünïcode kolumn" IS DISTINCT FROM NEW."Ünïcode kolumn"
        OR OLD."user" IS DISTINCT FROM NEW."user"
        OR OLD."a.b" IS DISTINCT FROM NEW."a.b")
    EXECUTE FUNCTION "My Schema"."select__Trigger ""quoted""; DROP TABLE x; --"();
COMMENT ON TRIGGER "Trigger ""quoted""; DROP TABLE x; --" ON "My Schema"."select" IS 'it''s a comment
with two lines

trigon:1 trigger blake2b:42bc7a7e68148650';

COMMIT;
