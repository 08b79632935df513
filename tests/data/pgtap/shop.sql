-- pgTAP tests of 4 trigger(s), written by Trigon (trigon-cli test --pgtap).
-- Run with: pg_prove -d DATABASE FILE (or psql -X -f FILE). Everything happens in one transaction that is rolled back.
-- The designs are installed in that transaction first.

BEGIN;
CREATE EXTENSION IF NOT EXISTS pgtap;
SELECT plan(38);

CREATE SCHEMA trigon_test_capture;
CREATE TEMPORARY TABLE trigon_captured (n serial, channel text, payload text);
CREATE FUNCTION trigon_test_capture.pg_notify(channel text, payload text) RETURNS void
    LANGUAGE plpgsql AS $capture$
BEGIN
    INSERT INTO pg_temp.trigon_captured (channel, payload) VALUES (channel, payload);
    PERFORM pg_catalog.pg_notify(channel, payload);
END
$capture$;
DO $path$
BEGIN
    PERFORM set_config('search_path',
                       'trigon_test_capture, pg_catalog, ' || current_setting('search_path'),
                       true);
END
$path$;
CREATE VIEW trigon_test_capture.triggers AS
SELECT t.tgrelid AS relation,
       t.tgname AS name,
       concat_ws(' OR ',
                 CASE WHEN t.tgtype & 4 <> 0 THEN 'INSERT' END,
                 CASE WHEN t.tgtype & 16 <> 0 THEN 'UPDATE' || coalesce(' OF ' || (
                     SELECT string_agg(a.attname::text, ', ' ORDER BY a.attname::text COLLATE "C")
                       FROM pg_attribute a
                      WHERE a.attrelid = t.tgrelid AND a.attnum = ANY (t.tgattr)), '') END,
                 CASE WHEN t.tgtype & 8 <> 0 THEN 'DELETE' END,
                 CASE WHEN t.tgtype & 32 <> 0 THEN 'TRUNCATE' END) AS events,
       CASE WHEN t.tgtype & 2 <> 0 THEN 'BEFORE'
            WHEN t.tgtype & 64 <> 0 THEN 'INSTEAD OF'
            ELSE 'AFTER' END AS timing,
       CASE WHEN t.tgtype & 1 <> 0 THEN 'ROW' ELSE 'STATEMENT' END AS level,
       substring(pg_get_triggerdef(t.oid)
                 FROM ' WHEN \((.*)\) EXECUTE (?:FUNCTION|PROCEDURE) ') AS condition,
       t.tgenabled::text AS enabled
  FROM pg_trigger t
 WHERE NOT t.tgisinternal;
CREATE FUNCTION trigon_test_capture.designed_condition(
    target_relation text, target_trigger text, definition text) RETURNS text
    LANGUAGE plpgsql SET client_min_messages = warning AS $designed$
DECLARE
    designed text;
BEGIN
    EXECUTE definition;
    SELECT condition INTO designed
      FROM trigon_test_capture.triggers
     WHERE relation = to_regclass(target_relation) AND name = target_trigger;
    RAISE EXCEPTION USING ERRCODE = 'TGPRB';
EXCEPTION
    WHEN SQLSTATE 'TGPRB' THEN
        RETURN designed;
    WHEN OTHERS THEN
        RETURN 'cannot create the designed trigger: ' || SQLERRM;
END
$designed$;
CREATE TEMPORARY SEQUENCE trigon_tests_run MINVALUE 0;
CREATE TEMPORARY SEQUENCE trigon_tests_failed MINVALUE 0;
CREATE FUNCTION trigon_test_capture.keep_tally() RETURNS void LANGUAGE plpgsql AS $keep$
BEGIN
    PERFORM setval('pg_temp.trigon_tests_run', coalesce(_get('curr_test'), 0));
    PERFORM setval('pg_temp.trigon_tests_failed', coalesce(_get('failed'), 0));
END
$keep$;
CREATE FUNCTION trigon_test_capture.restore_tally() RETURNS void LANGUAGE plpgsql AS $restore$
BEGIN
    PERFORM _set('curr_test', (SELECT last_value::integer FROM pg_temp.trigon_tests_run));
    PERFORM _set('failed', (SELECT last_value::integer FROM pg_temp.trigon_tests_failed));
END
$restore$;
CREATE TEMPORARY TABLE trigon_fired (n serial, trigger_name text);
CREATE FUNCTION trigon_test_capture.trigon_fired(text, text, text, text, text, text) RETURNS void
    LANGUAGE sql AS $fired$
INSERT INTO pg_temp.trigon_fired (trigger_name) VALUES ($1);
$fired$;
CREATE FUNCTION trigon_test_capture.query_rows(query text) RETURNS text
    LANGUAGE plpgsql AS $rows$
DECLARE
    result record;
    width integer;
    row_type text;
    line text;
    lines text[] := '{}';
BEGIN
    FOR result IN EXECUTE query LOOP
        SELECT count(*) INTO width FROM json_object_keys(row_to_json(result));
        row_type := 'trigon_row_' || width;
        IF to_regtype('pg_temp.' || row_type) IS NULL THEN
            EXECUTE format('CREATE TYPE pg_temp.%I AS (%s)', row_type,
                           (SELECT string_agg(format('c%s text', i), ', ')
                              FROM generate_series(1, width) i));
        END IF;
        EXECUTE format('SELECT ROW(%s)::text FROM (SELECT ($1::text::pg_temp.%I).*) r',
                       (SELECT string_agg(format('coalesce(r.c%s, '''')', i), ', ')
                          FROM generate_series(1, width) i),
                       row_type)
            INTO line USING result;
        lines := lines || line;
    END LOOP;
    RETURN array_to_string(lines, chr(10));
EXCEPTION WHEN OTHERS THEN
    RETURN 'error: ' || SQLERRM;
END
$rows$;
CREATE FUNCTION trigon_test_capture.payload_holds(payload text, fields jsonb)
    RETURNS boolean LANGUAGE plpgsql AS $holds$
BEGIN
    RETURN NOT EXISTS (SELECT FROM jsonb_each(fields) f
                        WHERE payload::jsonb -> f.key IS DISTINCT FROM f.value);
EXCEPTION WHEN invalid_text_representation THEN
    RETURN false;
END
$holds$;
CREATE FUNCTION trigon_test_capture.notified(
    wanted_channel text, wanted_fields jsonb, description text) RETURNS text
    LANGUAGE plpgsql AS $notified$
DECLARE
    sent text;
BEGIN
    IF EXISTS (SELECT FROM pg_temp.trigon_captured c
                WHERE c.channel = wanted_channel
                  AND trigon_test_capture.payload_holds(c.payload, wanted_fields)) THEN
        RETURN ok(true, description);
    END IF;
    SELECT string_agg(c.channel || ' ' || c.payload, chr(10) ORDER BY c.n) INTO sent
      FROM pg_temp.trigon_captured c;
    RETURN ok(false, description) || chr(10) || diag('notifications sent: ' || coalesce(sent, 'none'));
END
$notified$;

-- Trigon install script: 4 triggers, for PostgreSQL 15 or later.
-- Safe to run again: it replaces the objects an earlier run created.

CREATE TABLE IF NOT EXISTS public.trigon_audit (
    id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    table_schema text NOT NULL,
    table_name text NOT NULL,
    operation text NOT NULL,
    old_data jsonb,
    new_data jsonb,
    db_user text NOT NULL,
    app_user text,
    changed_at timestamptz NOT NULL,
    transaction_id bigint NOT NULL
);
COMMENT ON TABLE public.trigon_audit IS 'Audit rows written by Trigon triggers.

trigon:1 table blake2b:df244998243665f6';

-- Trigger orders_protect_paid on public.orders
CREATE OR REPLACE FUNCTION public.orders__orders_protect_paid()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    PERFORM trigon_test_capture.trigon_fired(TG_NAME, TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_WHEN, TG_LEVEL, TG_OP);
    RAISE EXCEPTION USING
        MESSAGE = 'paid orders are final',
        ERRCODE = 'P0001';
    RETURN NEW;
END;
$function$;
COMMENT ON FUNCTION public.orders__orders_protect_paid() IS 'Trigger function of orders_protect_paid on public.orders.

trigon:1 function blake2b:2a5998805b619aca';

CREATE OR REPLACE TRIGGER orders_protect_paid
    BEFORE UPDATE
    ON public.orders
    FOR EACH ROW
    WHEN (OLD.status = 'paid'
        AND (OLD.id IS DISTINCT FROM NEW.id OR OLD.customer_id IS DISTINCT FROM NEW.customer_id OR OLD.status IS DISTINCT FROM NEW.status OR OLD.total IS DISTINCT FROM NEW.total))
    EXECUTE FUNCTION public.orders__orders_protect_paid();
COMMENT ON TRIGGER orders_protect_paid ON public.orders IS 'trigon:1 trigger blake2b:3fd5035a0c677eb0';

-- Trigger orders_status_changed on public.orders
CREATE OR REPLACE FUNCTION public.orders__orders_status_changed()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    PERFORM trigon_test_capture.trigon_fired(TG_NAME, TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_WHEN, TG_LEVEL, TG_OP);
    DECLARE
        trigon_payload text := json_build_object(
            'id', NEW.id,
            'from', OLD.status,
            'to', NEW.status,
            'at', now()
        )::text;
    BEGIN
        IF octet_length(trigon_payload) >= 8000 THEN
            trigon_payload := json_build_object(
                'truncated', true,
                'bytes', octet_length(trigon_payload),
                'op', TG_OP,
                'table', TG_TABLE_NAME)::text;
        END IF;
        PERFORM pg_notify('order_status', trigon_payload);
    END;
    RETURN NULL;
END;
$function$;
COMMENT ON FUNCTION public.orders__orders_status_changed() IS 'Trigger function of orders_status_changed on public.orders.

trigon:1 function blake2b:b749c7e5e62844c5';

CREATE OR REPLACE TRIGGER orders_status_changed
    AFTER UPDATE
    ON public.orders
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION public.orders__orders_status_changed();
COMMENT ON TRIGGER orders_status_changed ON public.orders IS 'trigon:1 trigger blake2b:86d56d90204631c9';

-- Trigger products_touch on public.products
CREATE OR REPLACE FUNCTION public.products__products_touch()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    PERFORM trigon_test_capture.trigon_fired(TG_NAME, TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_WHEN, TG_LEVEL, TG_OP);
    NEW.updated_at := now();
    RETURN NEW;
END;
$function$;
COMMENT ON FUNCTION public.products__products_touch() IS 'Trigger function of products_touch on public.products.

trigon:1 function blake2b:7b676e1cd14b5732';

CREATE OR REPLACE TRIGGER products_touch
    BEFORE UPDATE
    ON public.products
    FOR EACH ROW
    EXECUTE FUNCTION public.products__products_touch();
COMMENT ON TRIGGER products_touch ON public.products IS 'trigon:1 trigger blake2b:8069414b9ac16f36';

-- Trigger products_audit on public.products
CREATE OR REPLACE FUNCTION public.products__products_audit()
    RETURNS trigger
    LANGUAGE plpgsql
AS $function$
BEGIN
    PERFORM trigon_test_capture.trigon_fired(TG_NAME, TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_WHEN, TG_LEVEL, TG_OP);
    INSERT INTO public.trigon_audit
        (table_schema, table_name, operation, old_data, new_data,
         db_user, app_user, changed_at, transaction_id)
    VALUES (
        TG_TABLE_SCHEMA, TG_TABLE_NAME, TG_OP,
        CASE WHEN TG_OP = 'UPDATE' THEN
            (SELECT jsonb_object_agg(o.key, o.value)
             FROM jsonb_each(to_jsonb(OLD)) AS o
             JOIN jsonb_each(to_jsonb(NEW)) AS n ON n.key = o.key
             WHERE n.value IS DISTINCT FROM o.value)
        ELSE to_jsonb(OLD) END,
        CASE WHEN TG_OP = 'UPDATE' THEN
            (SELECT jsonb_object_agg(n.key, n.value)
             FROM jsonb_each(to_jsonb(OLD)) AS o
             JOIN jsonb_each(to_jsonb(NEW)) AS n ON n.key = o.key
             WHERE n.value IS DISTINCT FROM o.value)
        ELSE to_jsonb(NEW) END,
        current_user, current_setting('app.current_user_id', true), now(), txid_current()
    );
    RETURN NULL;
END;
$function$;
COMMENT ON FUNCTION public.products__products_audit() IS 'Trigger function of products_audit on public.products.

trigon:1 function blake2b:6f7adb6d531f8f82';

CREATE OR REPLACE TRIGGER products_audit
    AFTER INSERT OR UPDATE OR DELETE
    ON public.products
    FOR EACH ROW
    EXECUTE FUNCTION public.products__products_audit();
COMMENT ON TRIGGER products_audit ON public.products IS 'trigon:1 trigger blake2b:81d85620d86d5f19';


-- What pgTAP checks, and what it lacks.
SELECT has_trigger('public', 'orders', 'orders_protect_paid', 'public.orders has the trigger orders_protect_paid');
SELECT trigger_is('public', 'orders', 'orders_protect_paid', 'public', 'orders__orders_protect_paid', 'public.orders orders_protect_paid executes public.orders__orders_protect_paid()');
SELECT is((SELECT events FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.orders') AND name = 'orders_protect_paid'), 'UPDATE', 'public.orders orders_protect_paid fires on UPDATE');
SELECT is((SELECT timing FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.orders') AND name = 'orders_protect_paid'), 'BEFORE', 'public.orders orders_protect_paid fires BEFORE');
SELECT is((SELECT level FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.orders') AND name = 'orders_protect_paid'), 'ROW', 'public.orders orders_protect_paid fires FOR EACH ROW');
SELECT is((SELECT condition FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.orders') AND name = 'orders_protect_paid'), trigon_test_capture.designed_condition('public.orders', 'orders_protect_paid', 'DROP TRIGGER IF EXISTS orders_protect_paid ON public.orders;
CREATE OR REPLACE TRIGGER orders_protect_paid
    BEFORE UPDATE
    ON public.orders
    FOR EACH ROW
    WHEN (OLD.status = ''paid''
        AND (OLD.id IS DISTINCT FROM NEW.id OR OLD.customer_id IS DISTINCT FROM NEW.customer_id OR OLD.status IS DISTINCT FROM NEW.status OR OLD.total IS DISTINCT FROM NEW.total))
    EXECUTE FUNCTION public.orders__orders_protect_paid();'), 'public.orders orders_protect_paid has the designed WHEN clause');
SELECT is((SELECT enabled FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.orders') AND name = 'orders_protect_paid'), 'O', 'public.orders orders_protect_paid has the enabled state origin (pg_trigger.tgenabled O)');
SELECT has_trigger('public', 'orders', 'orders_status_changed', 'public.orders has the trigger orders_status_changed');
SELECT trigger_is('public', 'orders', 'orders_status_changed', 'public', 'orders__orders_status_changed', 'public.orders orders_status_changed executes public.orders__orders_status_changed()');
SELECT is((SELECT events FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.orders') AND name = 'orders_status_changed'), 'UPDATE', 'public.orders orders_status_changed fires on UPDATE');
SELECT is((SELECT timing FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.orders') AND name = 'orders_status_changed'), 'AFTER', 'public.orders orders_status_changed fires AFTER');
SELECT is((SELECT level FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.orders') AND name = 'orders_status_changed'), 'ROW', 'public.orders orders_status_changed fires FOR EACH ROW');
SELECT is((SELECT condition FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.orders') AND name = 'orders_status_changed'), trigon_test_capture.designed_condition('public.orders', 'orders_status_changed', 'DROP TRIGGER IF EXISTS orders_status_changed ON public.orders;
CREATE OR REPLACE TRIGGER orders_status_changed
    AFTER UPDATE
    ON public.orders
    FOR EACH ROW
    WHEN (OLD.status IS DISTINCT FROM NEW.status)
    EXECUTE FUNCTION public.orders__orders_status_changed();'), 'public.orders orders_status_changed has the designed WHEN clause');
SELECT is((SELECT enabled FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.orders') AND name = 'orders_status_changed'), 'O', 'public.orders orders_status_changed has the enabled state origin (pg_trigger.tgenabled O)');
SELECT has_trigger('public', 'products', 'products_touch', 'public.products has the trigger products_touch');
SELECT trigger_is('public', 'products', 'products_touch', 'public', 'products__products_touch', 'public.products products_touch executes public.products__products_touch()');
SELECT is((SELECT events FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.products') AND name = 'products_touch'), 'UPDATE', 'public.products products_touch fires on UPDATE');
SELECT is((SELECT timing FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.products') AND name = 'products_touch'), 'BEFORE', 'public.products products_touch fires BEFORE');
SELECT is((SELECT level FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.products') AND name = 'products_touch'), 'ROW', 'public.products products_touch fires FOR EACH ROW');
SELECT is((SELECT condition FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.products') AND name = 'products_touch'), trigon_test_capture.designed_condition('public.products', 'products_touch', 'DROP TRIGGER IF EXISTS products_touch ON public.products;
CREATE OR REPLACE TRIGGER products_touch
    BEFORE UPDATE
    ON public.products
    FOR EACH ROW
    EXECUTE FUNCTION public.products__products_touch();'), 'public.products products_touch has the designed WHEN clause');
SELECT is((SELECT enabled FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.products') AND name = 'products_touch'), 'O', 'public.products products_touch has the enabled state origin (pg_trigger.tgenabled O)');
SELECT has_trigger('public', 'products', 'products_audit', 'public.products has the trigger products_audit');
SELECT trigger_is('public', 'products', 'products_audit', 'public', 'products__products_audit', 'public.products products_audit executes public.products__products_audit()');
SELECT is((SELECT events FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.products') AND name = 'products_audit'), 'INSERT OR UPDATE OR DELETE', 'public.products products_audit fires on INSERT OR UPDATE OR DELETE');
SELECT is((SELECT timing FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.products') AND name = 'products_audit'), 'AFTER', 'public.products products_audit fires AFTER');
SELECT is((SELECT level FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.products') AND name = 'products_audit'), 'ROW', 'public.products products_audit fires FOR EACH ROW');
SELECT is((SELECT condition FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.products') AND name = 'products_audit'), trigon_test_capture.designed_condition('public.products', 'products_audit', 'DROP TRIGGER IF EXISTS products_audit ON public.products;
CREATE OR REPLACE TRIGGER products_audit
    AFTER INSERT OR UPDATE OR DELETE
    ON public.products
    FOR EACH ROW
    EXECUTE FUNCTION public.products__products_audit();'), 'public.products products_audit has the designed WHEN clause');
SELECT is((SELECT enabled FROM trigon_test_capture.triggers WHERE relation = to_regclass('public.products') AND name = 'products_audit'), 'O', 'public.products products_audit has the enabled state origin (pg_trigger.tgenabled O)');

-- public.orders orders_protect_paid: a paid order keeps its total
SAVEPOINT trigon_case;
DELETE FROM pg_temp.trigon_fired;
SELECT throws_like('UPDATE orders SET total = 1 WHERE id = 1', '%paid orders are final%', 'public.orders orders_protect_paid: a paid order keeps its total: the action fails with a message containing "paid orders are final"');
SELECT skip('public.orders orders_protect_paid: a paid order keeps its total: the design triggers that fire, in order: not checked: an action that fails takes the record of its firings with it (trigon-cli test checks it)');
DO $tally$ BEGIN PERFORM trigon_test_capture.keep_tally(); END $tally$;
ROLLBACK TO SAVEPOINT trigon_case;
RELEASE SAVEPOINT trigon_case;
DO $tally$ BEGIN PERFORM trigon_test_capture.restore_tally(); END $tally$;

-- public.orders orders_protect_paid: a note may still change
SAVEPOINT trigon_case;
DELETE FROM pg_temp.trigon_fired;
SELECT lives_ok('UPDATE orders SET note = ''gift wrap'' WHERE id = 1', 'public.orders orders_protect_paid: a note may still change: the action succeeds');
SELECT is(ARRAY(SELECT trigger_name FROM pg_temp.trigon_fired ORDER BY n), ARRAY[]::text[], 'public.orders orders_protect_paid: a note may still change: the design triggers that fire, in order');
SELECT is(trigon_test_capture.query_rows('SELECT note FROM orders WHERE id = 1'), array_to_string(ARRAY[ROW('gift wrap'::text)::text]::text[], chr(10)), 'public.orders orders_protect_paid: a note may still change: SELECT note FROM orders WHERE id = 1 returns the expected rows');
DO $tally$ BEGIN PERFORM trigon_test_capture.keep_tally(); END $tally$;
ROLLBACK TO SAVEPOINT trigon_case;
RELEASE SAVEPOINT trigon_case;
DO $tally$ BEGIN PERFORM trigon_test_capture.restore_tally(); END $tally$;

-- public.orders orders_status_changed: paying a draft notifies
SAVEPOINT trigon_case;
DELETE FROM pg_temp.trigon_fired;
SELECT lives_ok('UPDATE orders SET status = ''paid'' WHERE id = 3', 'public.orders orders_status_changed: paying a draft notifies: the action succeeds');
SELECT is(ARRAY(SELECT trigger_name FROM pg_temp.trigon_fired ORDER BY n), ARRAY['orders_status_changed']::text[], 'public.orders orders_status_changed: paying a draft notifies: the design triggers that fire, in order');
SELECT trigon_test_capture.notified('order_status', '{"from":"draft","id":3,"to":"paid"}'::jsonb, 'public.orders orders_status_changed: paying a draft notifies: a notification on order_status with {"from":"draft","id":3,"to":"paid"}');
DO $tally$ BEGIN PERFORM trigon_test_capture.keep_tally(); END $tally$;
ROLLBACK TO SAVEPOINT trigon_case;
RELEASE SAVEPOINT trigon_case;
DO $tally$ BEGIN PERFORM trigon_test_capture.restore_tally(); END $tally$;

-- public.orders orders_status_changed: no change, no notification
SAVEPOINT trigon_case;
DELETE FROM pg_temp.trigon_fired;
SELECT lives_ok('UPDATE orders SET status = status WHERE id = 3', 'public.orders orders_status_changed: no change, no notification: the action succeeds');
SELECT is(ARRAY(SELECT trigger_name FROM pg_temp.trigon_fired ORDER BY n), ARRAY[]::text[], 'public.orders orders_status_changed: no change, no notification: the design triggers that fire, in order');
DO $tally$ BEGIN PERFORM trigon_test_capture.keep_tally(); END $tally$;
ROLLBACK TO SAVEPOINT trigon_case;
RELEASE SAVEPOINT trigon_case;
DO $tally$ BEGIN PERFORM trigon_test_capture.restore_tally(); END $tally$;

SELECT * FROM finish();
ROLLBACK;
