-- Issue 15: figures kept up to date as measurements are written, so that reading them no longer costs a scan of
-- the measurement history; and an index for the correction reference.

-- Deleting measurements checks that no row still names them as its replacement: without this index that check read
-- the whole table once per deleted row (400 deletions from a million rows took a minute).
CREATE INDEX measurement_superseded_by ON measurement (superseded_by) WHERE superseded_by IS NOT NULL;

-- Per indicator, period end and organisation, over the current (not corrected) measurements: their sum and number
-- (the period's value is the mean of the units that reported it, as the status takes it), the earliest start and
-- when the last of them was recorded. Kept per organisation so that an organisation's own follow-up can read it;
-- the indicator's figure is the sum over its organisations.
CREATE TABLE measurement_period_total (
    indicator_id     uuid        NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    period_end       date        NOT NULL,
    organisation_id  uuid        NOT NULL,
    period_start     date        NOT NULL,
    total            numeric     NOT NULL,
    reports          integer     NOT NULL CHECK (reports > 0),
    last_recorded_at timestamptz NOT NULL,
    PRIMARY KEY (indicator_id, period_end, organisation_id)
);

-- Each indicator's actual in each calendar year: the latest period ending in the year, summed over the
-- organisations that reported it (AnnualActual). The columns other than the key are empty only for the moment
-- a write holds the row to recompute it.
CREATE TABLE indicator_annual_actual (
    indicator_id     uuid    NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    year             integer NOT NULL,
    period_start     date,
    period_end       date,
    total            numeric,
    reports          integer,
    last_recorded_at timestamptz,
    PRIMARY KEY (indicator_id, year)
);

-- Recomputes the years of the given indicators from measurement_period_total. The rows are first taken (created if
-- missing) in key order, and only then recomputed by a later statement, which under READ COMMITTED sees what every
-- writer that held them before has committed: two imports into one indicator and year take turns instead of each
-- overwriting the other's figure with one computed from its own snapshot.
CREATE FUNCTION indicator_annual_actual_refresh(indicators uuid[], years integer[]) RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    -- An indicator being deleted (its measurements go with it) is no longer visible here: it gets no row.
    INSERT INTO indicator_annual_actual AS a (indicator_id, year)
    SELECT DISTINCT k.indicator_id, k.year FROM unnest(indicators, years) AS k (indicator_id, year)
    JOIN indicator i ON i.id = k.indicator_id
    ORDER BY 1, 2
    ON CONFLICT (indicator_id, year) DO UPDATE SET year = a.year;

    WITH keys AS (SELECT DISTINCT * FROM unnest(indicators, years) AS k (indicator_id, year)),
         latest AS (
             SELECT k.indicator_id, k.year,
                    (SELECT max(t.period_end) FROM measurement_period_total t
                     WHERE t.indicator_id = k.indicator_id
                       AND t.period_end >= make_date(k.year, 1, 1) AND t.period_end < make_date(k.year + 1, 1, 1))
                        AS period_end
             FROM keys k)
    UPDATE indicator_annual_actual a
    SET period_end = l.period_end, period_start = s.period_start, total = s.total, reports = s.reports,
        last_recorded_at = s.last_recorded_at
    FROM latest l
    CROSS JOIN LATERAL (SELECT min(t.period_start) AS period_start, sum(t.total) AS total,
                               sum(t.reports)::integer AS reports, max(t.last_recorded_at) AS last_recorded_at
                        FROM measurement_period_total t
                        WHERE t.indicator_id = l.indicator_id AND t.period_end = l.period_end) s
    WHERE a.indicator_id = l.indicator_id AND a.year = l.year;

    DELETE FROM indicator_annual_actual a
    USING unnest(indicators, years) AS k (indicator_id, year)
    WHERE a.indicator_id = k.indicator_id AND a.year = k.year AND a.period_end IS NULL;
END
$$;

-- Recomputes the given (indicator, period end, organisation) totals from the measurements themselves, after rows
-- were corrected or deleted (a sum can be reduced, but an earliest start or a last recording cannot). The rows are
-- locked first, for the same reason as above: a concurrent insert adds its share after this recomputation.
CREATE FUNCTION measurement_period_total_recompute(indicators uuid[], period_ends date[], organisations uuid[])
    RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM 1 FROM measurement_period_total t
    JOIN unnest(indicators, period_ends, organisations) AS k (indicator_id, period_end, organisation_id)
      ON t.indicator_id = k.indicator_id AND t.period_end = k.period_end AND t.organisation_id = k.organisation_id
    ORDER BY t.indicator_id, t.period_end, t.organisation_id
    FOR UPDATE OF t;

    WITH keys AS (SELECT DISTINCT * FROM unnest(indicators, period_ends, organisations)
                                     AS k (indicator_id, period_end, organisation_id)),
         fresh AS (
             SELECT k.indicator_id, k.period_end, k.organisation_id, s.*
             FROM keys k
             CROSS JOIN LATERAL (SELECT min(m.period_start) AS period_start, sum(m.value) AS total,
                                        count(*)::integer AS reports, max(m.recorded_at) AS last_recorded_at
                                 FROM measurement m
                                 WHERE m.indicator_id = k.indicator_id AND m.period_end = k.period_end
                                   AND m.organisation_id = k.organisation_id AND m.superseded_by IS NULL) s),
         gone AS (
             DELETE FROM measurement_period_total t USING fresh f
             WHERE f.reports = 0 AND t.indicator_id = f.indicator_id AND t.period_end = f.period_end
               AND t.organisation_id = f.organisation_id)
    INSERT INTO measurement_period_total AS t (indicator_id, period_end, organisation_id, period_start, total,
                                               reports, last_recorded_at)
    SELECT indicator_id, period_end, organisation_id, period_start, total, reports, last_recorded_at
    FROM fresh WHERE reports > 0
    ORDER BY 1, 2, 3
    ON CONFLICT (indicator_id, period_end, organisation_id) DO UPDATE
        SET period_start = excluded.period_start, total = excluded.total, reports = excluded.reports,
            last_recorded_at = excluded.last_recorded_at;

    PERFORM indicator_annual_actual_refresh(
        array_agg(k.indicator_id), array_agg(extract(year FROM k.period_end)::integer))
    FROM unnest(indicators, period_ends) AS k (indicator_id, period_end);
END
$$;

-- Statement triggers with transition tables: one aggregate per statement, whatever wrote the rows (the intake's
-- INSERT … SELECT, a form's single row, COPY, a cascade from a deleted benefit). Inserts add their sums; since
-- sums of numeric are exact, adding is the same as recomputing. Corrections and deletions recompute their keys.
CREATE FUNCTION measurement_rollups_inserted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO measurement_period_total AS t (indicator_id, period_end, organisation_id, period_start, total,
                                               reports, last_recorded_at)
    SELECT indicator_id, period_end, organisation_id, min(period_start), sum(value), count(*), max(recorded_at)
    FROM inserted WHERE superseded_by IS NULL
    GROUP BY indicator_id, period_end, organisation_id
    ORDER BY 1, 2, 3
    ON CONFLICT (indicator_id, period_end, organisation_id) DO UPDATE
        SET period_start = least(t.period_start, excluded.period_start),
            total = t.total + excluded.total,
            reports = t.reports + excluded.reports,
            last_recorded_at = greatest(t.last_recorded_at, excluded.last_recorded_at);

    PERFORM indicator_annual_actual_refresh(array_agg(indicator_id), array_agg(year))
    FROM (SELECT DISTINCT indicator_id, extract(year FROM period_end)::integer AS year
          FROM inserted WHERE superseded_by IS NULL) k;
    RETURN NULL;
END
$$;

CREATE FUNCTION measurement_rollups_updated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM measurement_period_total_recompute(array_agg(indicator_id), array_agg(period_end),
                                               array_agg(organisation_id))
    FROM (SELECT indicator_id, period_end, organisation_id FROM before_update
          UNION SELECT indicator_id, period_end, organisation_id FROM after_update) k;
    RETURN NULL;
END
$$;

CREATE FUNCTION measurement_rollups_deleted() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    PERFORM measurement_period_total_recompute(array_agg(indicator_id), array_agg(period_end),
                                               array_agg(organisation_id))
    FROM (SELECT DISTINCT indicator_id, period_end, organisation_id FROM deleted WHERE superseded_by IS NULL) k;
    RETURN NULL;
END
$$;

CREATE FUNCTION measurement_rollups_truncated() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    DELETE FROM indicator_annual_actual;
    DELETE FROM measurement_period_total;
    RETURN NULL;
END
$$;

CREATE TRIGGER measurement_rollups_inserted AFTER INSERT ON measurement
    REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION measurement_rollups_inserted();
CREATE TRIGGER measurement_rollups_updated AFTER UPDATE ON measurement
    REFERENCING OLD TABLE AS before_update NEW TABLE AS after_update
    FOR EACH STATEMENT EXECUTE FUNCTION measurement_rollups_updated();
CREATE TRIGGER measurement_rollups_deleted AFTER DELETE ON measurement
    REFERENCING OLD TABLE AS deleted FOR EACH STATEMENT EXECUTE FUNCTION measurement_rollups_deleted();
CREATE TRIGGER measurement_rollups_truncated AFTER TRUNCATE ON measurement
    FOR EACH STATEMENT EXECUTE FUNCTION measurement_rollups_truncated();

-- Recomputes every roll-up from the measurements, for after a bulk load that bypassed the triggers (or to check
-- them). Writers wait while it runs; readers do not.
CREATE FUNCTION indicator_rollups_rebuild() RETURNS void
    LANGUAGE plpgsql AS $$
BEGIN
    LOCK TABLE measurement IN SHARE MODE;
    DELETE FROM indicator_annual_actual;
    DELETE FROM measurement_period_total;
    INSERT INTO measurement_period_total (indicator_id, period_end, organisation_id, period_start, total, reports,
                                          last_recorded_at)
    SELECT indicator_id, period_end, organisation_id, min(period_start), sum(value), count(*), max(recorded_at)
    FROM measurement WHERE superseded_by IS NULL
    GROUP BY indicator_id, period_end, organisation_id;
    INSERT INTO indicator_annual_actual (indicator_id, year, period_start, period_end, total, reports,
                                         last_recorded_at)
    SELECT DISTINCT ON (indicator_id, extract(year FROM period_end))
           indicator_id, extract(year FROM period_end)::integer, period_start, period_end, total, reports,
           last_recorded_at
    FROM (SELECT indicator_id, period_end, min(period_start) AS period_start, sum(total) AS total,
                 sum(reports)::integer AS reports, max(last_recorded_at) AS last_recorded_at
          FROM measurement_period_total GROUP BY indicator_id, period_end) p
    ORDER BY indicator_id, extract(year FROM period_end), period_end DESC;
END
$$;

-- ANALYZE needs the table's owner; the application calls this after a large import, in the import's transaction,
-- so that the next import's checks are planned on statistics that know the rows just added.
CREATE FUNCTION measurement_statistics_refresh() RETURNS void
    LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
    ANALYZE measurement;
    ANALYZE measurement_period_total;
    ANALYZE indicator_annual_actual;
END
$$;

SELECT indicator_rollups_rebuild();
