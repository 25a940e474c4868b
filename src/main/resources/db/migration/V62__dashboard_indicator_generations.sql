-- Issue 15: beside each programme's number (V28) and its register's (V34), a number for its indicators' definitions
-- alone. What the dashboard works out of a programme's indicators and nothing else (each benefit's measure keys, which
-- the double-counting control compares; each quantitative indicator's målbane, which realised kroner reckon from) is
-- kept under it, so that an edit of a benefit, which moves the register's number, no longer has the programme's
-- indicators read, keyed and their trajectories read again (at a region's size 6 000 indicators a programme).
--
-- A programme's indicators part is its own uuid hashed with another prefix (DashboardGeneration computes the same in
-- Java). It moves on a written indicator row (inserted, deleted, or updated in more than the status a measurement
-- leaves on it, as V34 tells them apart) and on a written row of the indicator module's copy of where each benefit is
-- (indicator_benefit_scope: a benefit moved to another programme takes its indicators along). Baselines and targets
-- count against 'others' (V26), which every kept part is kept under too. A row whose benefit is gone in the same
-- statement moves nothing here: V34 counts it against 'others' already.
CREATE FUNCTION dashboard_indicators_part(programme uuid) RETURNS uuid
    LANGUAGE sql IMMUTABLE AS $$ SELECT md5('indicators ' || programme::text)::uuid $$;

-- Rows that name their benefit: the indicators part of each benefit's programme.
CREATE FUNCTION dashboard_indicators_of_benefit_rows() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_parts_touched(
        (SELECT array_agg(DISTINCT dashboard_indicators_part(b.programme_id))
         FROM (SELECT DISTINCT benefit_id FROM written) w
         JOIN benefit b ON b.id = w.benefit_id));
    RETURN NULL;
END
$$;

-- Rows that name their programme (the copy of where each benefit is).
CREATE FUNCTION dashboard_indicators_of_programme_rows() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_parts_touched(
        (SELECT array_agg(DISTINCT dashboard_indicators_part(programme_id)) FROM written));
    RETURN NULL;
END
$$;

-- An update of the copy: only benefits moved to another programme (their code, status and allocations are no
-- indicator's definition).
CREATE FUNCTION dashboard_indicators_of_moved_benefits() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_parts_touched(
        (SELECT array_agg(DISTINCT dashboard_indicators_part(p))
         FROM written_before o JOIN written_after n ON n.benefit_id = o.benefit_id
         CROSS JOIN LATERAL (VALUES (o.programme_id), (n.programme_id)) AS moved(p)
         WHERE o.programme_id IS DISTINCT FROM n.programme_id));
    RETURN NULL;
END
$$;

-- An update of indicators: only rows that changed more than the status a measurement leaves (rag, last_period_end).
CREATE FUNCTION dashboard_indicators_of_indicator_updates() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM dashboard_parts_touched(
        (WITH changed AS (
             SELECT o.benefit_id AS before_benefit, n.benefit_id AS after_benefit
             FROM written_before o FULL JOIN written_after n ON n.id = o.id
             WHERE (to_jsonb(o) - 'rag' - 'last_period_end') IS DISTINCT FROM (to_jsonb(n) - 'rag' - 'last_period_end'))
         SELECT array_agg(DISTINCT dashboard_indicators_part(b.programme_id))
         FROM (SELECT before_benefit AS benefit_id FROM changed UNION SELECT after_benefit FROM changed) c
         JOIN benefit b ON b.id = c.benefit_id));
    RETURN NULL;
END
$$;

CREATE TRIGGER dashboard_indicators_inserted AFTER INSERT ON indicator REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_indicators_of_benefit_rows();
CREATE TRIGGER dashboard_indicators_deleted AFTER DELETE ON indicator REFERENCING OLD TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_indicators_of_benefit_rows();
CREATE TRIGGER dashboard_indicators_updated AFTER UPDATE ON indicator
    REFERENCING OLD TABLE AS written_before NEW TABLE AS written_after
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_indicators_of_indicator_updates();

CREATE TRIGGER dashboard_indicators_inserted AFTER INSERT ON indicator_benefit_scope REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_indicators_of_programme_rows();
CREATE TRIGGER dashboard_indicators_deleted AFTER DELETE ON indicator_benefit_scope REFERENCING OLD TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_indicators_of_programme_rows();
CREATE TRIGGER dashboard_indicators_updated AFTER UPDATE ON indicator_benefit_scope
    REFERENCING OLD TABLE AS written_before NEW TABLE AS written_after
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_indicators_of_moved_benefits();

-- What is due to be measured (IndicatorRepository.measuredBefore): the end of the period after the latest one measured,
-- indexed, so that finding the few indicators that are due does not read every indicator of the programmes (at a
-- region's size 20 ms for none found, 0.2 ms with the index).
CREATE INDEX indicator_next_period_end ON indicator
    ((last_period_end + CASE frequency WHEN 'MONTH' THEN interval '1 month'
                                       WHEN 'QUARTER' THEN interval '3 months'
                                       ELSE interval '1 year' END));
