-- Issue 21: the benefit register's own copy of what it filters and counts by of each indicator (its traffic light,
-- latest measured period and the day that period goes stale), so that the register reads only the benefit module's
-- tables. The indicator module tells of every change (IndicatorStatusChanged) in the transaction of the write; the
-- benefit module writes the copy then. The references only remove a copy with its indicator or benefit.
CREATE TABLE benefit_indicator_status (
    indicator_id    uuid PRIMARY KEY REFERENCES indicator (id) ON DELETE CASCADE,
    benefit_id      uuid NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
    rag             text NOT NULL CHECK (rag IN ('GREEN', 'AMBER', 'RED', 'NONE')),
    last_period_end date,
    -- 1.5 times the frequency after the latest period, in days as Frequency.staleAfter counts them.
    stale_after     date,
    CHECK ((last_period_end IS NULL) = (stale_after IS NULL))
);
CREATE INDEX benefit_indicator_status_benefit ON benefit_indicator_status (benefit_id, rag);

INSERT INTO benefit_indicator_status (indicator_id, benefit_id, rag, last_period_end, stale_after)
SELECT id, benefit_id, rag, last_period_end,
       last_period_end + CASE frequency WHEN 'MONTH' THEN 46 WHEN 'QUARTER' THEN 137 ELSE 548 END
FROM indicator;

-- A write here comes with the write of the indicator's status in the same transaction: like that one (V34), it moves
-- the number of the benefit's programme (before and after), never its register's, which a measurement leaves alone.
CREATE FUNCTION dashboard_programmes_of_indicator_statuses() RETURNS trigger
    LANGUAGE plpgsql AS $$
DECLARE
    programmes uuid[];
BEGIN
    SELECT array_agg(DISTINCT coalesce(b.programme_id, '00000000-0000-0000-0000-000000000000'::uuid))
    INTO programmes
    FROM (SELECT DISTINCT benefit_id FROM written) w
    LEFT JOIN benefit b ON b.id = w.benefit_id;
    PERFORM dashboard_programmes_touched(programmes, NULL);
    RETURN NULL;
END
$$;

CREATE TRIGGER dashboard_touched AFTER INSERT ON benefit_indicator_status REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_programmes_of_indicator_statuses();
CREATE TRIGGER dashboard_touched_deleted AFTER DELETE ON benefit_indicator_status REFERENCING OLD TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_programmes_of_indicator_statuses();
CREATE TRIGGER dashboard_touched_updated_before AFTER UPDATE ON benefit_indicator_status
    REFERENCING OLD TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION dashboard_programmes_of_indicator_statuses();
CREATE TRIGGER dashboard_touched_updated_after AFTER UPDATE ON benefit_indicator_status
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION dashboard_programmes_of_indicator_statuses();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON benefit_indicator_status
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
