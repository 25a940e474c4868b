-- Issue 15: beside each programme's number (V28), which every write to the programme's rows moves, a number for what
-- a measurement cannot change: its register (benefits and the indicators' definitions). What the dashboard works out
-- of a programme's register and valuation alone (its forecast, its double-counting facts, its flows, the basis of its
-- realised kroner) is then kept while measurements are recorded, and a new measurement makes the next dashboard read
-- only what measurements move (the register's counts, the actuals, what is due).
--
-- A programme's register part is its own uuid hashed with a prefix (DashboardGeneration computes the same in Java).
-- A write to benefit moves both of its programmes' numbers. A write to indicator moves both, except an update that
-- changes nothing but the traffic light and latest period a measurement leaves on it (the status refresh), which moves
-- the programme's number alone, as measurements and their roll-ups already do.
CREATE FUNCTION dashboard_register_part(programme uuid) RETURNS uuid
    LANGUAGE sql IMMUTABLE AS $$ SELECT md5('register ' || programme::text)::uuid $$;

-- Both numbers of each programme given (the nil uuid stays 'others' alone: it retires everything anyway).
CREATE FUNCTION dashboard_programmes_touched(programmes uuid[], registers uuid[]) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_parts_touched(
        (SELECT array_agg(DISTINCT p) FROM (
            SELECT unnest(programmes) AS p
            UNION ALL
            SELECT dashboard_register_part(r) FROM unnest(registers) AS r
            WHERE r <> '00000000-0000-0000-0000-000000000000'::uuid) parts
         WHERE p IS NOT NULL));
END
$$;

CREATE OR REPLACE FUNCTION dashboard_programmes_of_benefits() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    programmes uuid[];
BEGIN
    SELECT array_agg(DISTINCT programme_id) INTO programmes FROM written;
    PERFORM dashboard_programmes_touched(programmes, programmes);
    RETURN NULL;
END
$$;

CREATE OR REPLACE FUNCTION dashboard_programmes_of_indicators() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    programmes uuid[];
BEGIN
    SELECT array_agg(DISTINCT coalesce(b.programme_id, '00000000-0000-0000-0000-000000000000'::uuid))
    INTO programmes
    FROM (SELECT DISTINCT benefit_id FROM written) w
    LEFT JOIN benefit b ON b.id = w.benefit_id;
    PERFORM dashboard_programmes_touched(programmes, programmes);
    RETURN NULL;
END
$$;

-- An update of indicators, its rows before and after: the register's number moves only for rows that changed more
-- than the status a measurement leaves (rag, last_period_end).
CREATE FUNCTION dashboard_programmes_of_indicator_updates() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    programmes uuid[];
    registers uuid[];
BEGIN
    WITH changed AS (
        SELECT o.benefit_id AS before_benefit, n.benefit_id AS after_benefit,
               (to_jsonb(o) - 'rag' - 'last_period_end') IS DISTINCT FROM (to_jsonb(n) - 'rag' - 'last_period_end')
                   AS defined
        FROM written_before o FULL JOIN written_after n ON n.id = o.id),
    touched AS (
        SELECT before_benefit AS benefit_id, defined FROM changed WHERE before_benefit IS NOT NULL
        UNION ALL
        SELECT after_benefit, defined FROM changed WHERE after_benefit IS NOT NULL),
    per_programme AS (
        SELECT coalesce(b.programme_id, '00000000-0000-0000-0000-000000000000'::uuid) AS programme,
               bool_or(t.defined) AS defined
        FROM touched t LEFT JOIN benefit b ON b.id = t.benefit_id
        GROUP BY 1)
    SELECT array_agg(programme), array_agg(programme) FILTER (WHERE defined)
    INTO programmes, registers
    FROM per_programme;
    PERFORM dashboard_programmes_touched(programmes, registers);
    RETURN NULL;
END
$$;

DROP TRIGGER dashboard_touched_updated_before ON indicator;
DROP TRIGGER dashboard_touched_updated_after ON indicator;
CREATE TRIGGER dashboard_touched_updated AFTER UPDATE ON indicator
    REFERENCING OLD TABLE AS written_before NEW TABLE AS written_after
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_programmes_of_indicator_updates();
