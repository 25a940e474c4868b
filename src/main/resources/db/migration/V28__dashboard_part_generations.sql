-- Issue 15: a generation per programme beside V26's one for everything, so that a node may keep what it computed of
-- one programme (its register, valuation and indicators, its register counts) while writes go to the others. Recording
-- a measurement then retires the kept parts of that measurement's programme only, and the next dashboard reads and
-- values that one programme again instead of the whole portfolio.
--
-- The tables a programme's benefits, indicators and measurements live in name their programme through their rows;
-- a write to them counts against the programmes of the rows written (before and after an update). A write to any
-- other table the dashboard reads counts against 'others' (the nil uuid): every kept part is then retired, since the
-- part of a programme may read it (its valuation's book, say). Both move at the writer's commit, with V26's number.
CREATE TABLE dashboard_part_generation (
    part       uuid   PRIMARY KEY,
    generation bigint NOT NULL
);

-- The parts a writing transaction touched, until its commit (V26's dashboard_change row triggers the bump).
CREATE TABLE dashboard_change_part (
    tx   bigint NOT NULL,
    part uuid   NOT NULL,
    PRIMARY KEY (tx, part)
);

-- Records the parts, and queues V26's bump at the commit the first time in the transaction.
CREATE FUNCTION dashboard_parts_touched(parts uuid[]) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    -- A statement that wrote no rows changed nothing.
    IF parts IS NULL THEN
        RETURN;
    END IF;
    IF current_setting('gevinst.dashboard_touched', true) IS DISTINCT FROM 'on' THEN
        PERFORM set_config('gevinst.dashboard_touched', 'on', true);
        INSERT INTO dashboard_change (tx) VALUES (txid_current()) ON CONFLICT DO NOTHING;
    END IF;
    INSERT INTO dashboard_change_part (tx, part)
    SELECT DISTINCT txid_current(), p FROM unnest(parts) AS p
    ORDER BY 2
    ON CONFLICT DO NOTHING;
END
$$;

-- Any other table: 'others', once per transaction (the setting makes the rest cost a comparison, as in V26).
CREATE OR REPLACE FUNCTION dashboard_touched() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('gevinst.dashboard_others', true) IS DISTINCT FROM 'on' THEN
        PERFORM set_config('gevinst.dashboard_others', 'on', true);
        PERFORM dashboard_parts_touched(ARRAY['00000000-0000-0000-0000-000000000000'::uuid]);
    END IF;
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION dashboard_generation_bump() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE dashboard_generation SET generation = generation + 1;
    INSERT INTO dashboard_part_generation AS g (part, generation)
    SELECT part, 1 FROM dashboard_change_part WHERE tx = NEW.tx
    ORDER BY part
    ON CONFLICT (part) DO UPDATE SET generation = g.generation + 1;
    DELETE FROM dashboard_change_part WHERE tx = NEW.tx;
    DELETE FROM dashboard_change WHERE tx = NEW.tx;
    RETURN NULL;
END
$$;

-- The programmes of written rows, by the rows' own key (a benefit) or through their indicator. A row whose programme
-- cannot be found (its benefit deleted in the same statement, say) counts against 'others'.
CREATE FUNCTION dashboard_programmes_of_benefits() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_parts_touched(array_agg(DISTINCT programme_id)) FROM written;
    RETURN NULL;
END
$$;

CREATE FUNCTION dashboard_programmes_of_indicators() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_parts_touched(
        array_agg(DISTINCT coalesce(b.programme_id, '00000000-0000-0000-0000-000000000000'::uuid)))
    FROM (SELECT DISTINCT benefit_id FROM written) w
    LEFT JOIN benefit b ON b.id = w.benefit_id;
    RETURN NULL;
END
$$;

CREATE FUNCTION dashboard_programmes_of_measures() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_parts_touched(
        array_agg(DISTINCT coalesce(b.programme_id, '00000000-0000-0000-0000-000000000000'::uuid)))
    FROM (SELECT DISTINCT indicator_id FROM written) w
    LEFT JOIN indicator i ON i.id = w.indicator_id
    LEFT JOIN benefit b ON b.id = i.benefit_id;
    RETURN NULL;
END
$$;

-- V26's statement triggers on these tables give way to triggers that read the rows written (a transition table
-- serves one event only: three triggers each; an update reads its rows before and after). TRUNCATE stays 'others'.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT * FROM (VALUES ('benefit', 'dashboard_programmes_of_benefits'),
                                   ('indicator', 'dashboard_programmes_of_indicators'),
                                   ('measurement', 'dashboard_programmes_of_measures'),
                                   ('measurement_period_total', 'dashboard_programmes_of_measures'),
                                   ('indicator_annual_actual', 'dashboard_programmes_of_measures'))
                      AS v (tablename, fn)
    LOOP
        EXECUTE format('DROP TRIGGER dashboard_touched ON public.%I', t.tablename);
        EXECUTE format('CREATE TRIGGER dashboard_touched AFTER INSERT ON public.%I REFERENCING NEW TABLE AS written'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION %I()', t.tablename, t.fn);
        EXECUTE format('CREATE TRIGGER dashboard_touched_deleted AFTER DELETE ON public.%I'
                       ' REFERENCING OLD TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION %I()',
                       t.tablename, t.fn);
        EXECUTE format('CREATE TRIGGER dashboard_touched_updated_before AFTER UPDATE ON public.%I'
                       ' REFERENCING OLD TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION %I()',
                       t.tablename, t.fn);
        EXECUTE format('CREATE TRIGGER dashboard_touched_updated_after AFTER UPDATE ON public.%I'
                       ' REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION %I()',
                       t.tablename, t.fn);
    END LOOP;
END
$$;
