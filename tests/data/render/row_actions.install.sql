-- Trigon install script: 1 trigger, for PostgreSQL 15 or later.
-- Safe to run again: it replaces the objects an earlier run created.

BEGIN;

-- Trigger docs_before_write on public.docs
CREATE OR REPLACE FUNCTION public.docs__docs_before_write()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function1$
BEGIN
    IF TG_OP = 'DELETE' THEN
        UPDATE public.docs
            SET deleted = true
            WHERE id = OLD.id;
        RETURN NULL;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        IF OLD.state IS DISTINCT FROM NEW.state
                AND ((OLD.state::text, NEW.state::text) IN (('draft', 'review'), ('review', 'published'))) IS NOT TRUE THEN
            RAISE EXCEPTION USING
                MESSAGE = format('state cannot change from %s to %s', OLD.state, NEW.state),
                ERRCODE = 'P0001';
        END IF;
    END IF;
    IF TG_OP <> 'DELETE' THEN
        NEW.updated_at := now();
    END IF;
    IF NOT (NEW.title::text LIKE E'Doc 50\\%\\_%' AND NEW.title::text ~ '^[A-Z]') THEN
        RAISE EXCEPTION USING
            MESSAGE = 'titles start with a capital',
            ERRCODE = '23514';
    END IF;
    INSERT INTO public.doc_events (doc_id, op, note)
    VALUES (
        NEW.id,
        TG_OP,
        E'it''s \\ done'
    );
    DECLARE
        n integer := 0;
    BEGIN
        n := n + 1;
        RAISE NOTICE 'fired % time(s) with $function$', n;
    END;
    IF TG_OP = 'DELETE' THEN
        RETURN OLD;
    END IF;
    RETURN NEW;
END;
$function1$;
COMMENT ON FUNCTION public.docs__docs_before_write() IS 'Trigger function of docs_before_write on public.docs.

trigon:1 function blake2b:b7ae8a9379029de7';

CREATE OR REPLACE TRIGGER docs_before_write
    BEFORE INSERT OR UPDATE OR DELETE
    ON public.docs
    FOR EACH ROW
    EXECUTE FUNCTION public.docs__docs_before_write('docs', 'it''s');
COMMENT ON TRIGGER docs_before_write ON public.docs IS 'trigon:1 trigger blake2b:d415aa04885f5f26';

COMMIT;
