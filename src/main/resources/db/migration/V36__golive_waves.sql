-- Issue 18 (waves): a programme's go-live waves, the organisations and units that take the solution into use in each,
-- and the indicators whose baseline is set at a unit's go-live (seed 000 §2.3.4: "nullpunktet settes når
-- Helseplattformen tas i bruk"). The golive module owns these tables; the indicator's own tables stay as they were.
CREATE TABLE golive_wave (
    id           uuid   PRIMARY KEY,
    programme_id uuid   NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    name         text   NOT NULL CHECK (char_length(name) BETWEEN 1 AND 300),
    planned_date date   NOT NULL,
    actual_date  date,
    version      bigint NOT NULL DEFAULT 0
);

CREATE INDEX golive_wave_programme ON golive_wave (programme_id, planned_date);

-- A unit goes live once in a programme: the programme is repeated here so that the database refuses a second wave.
CREATE TABLE golive_wave_unit (
    wave_id         uuid NOT NULL REFERENCES golive_wave (id) ON DELETE CASCADE,
    programme_id    uuid NOT NULL,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (wave_id, organisation_id),
    UNIQUE (programme_id, organisation_id)
);

-- An indicator whose baseline (and so its trajectory's start) is set at the go-live of one unit.
CREATE TABLE golive_baseline_anchor (
    indicator_id    uuid   PRIMARY KEY REFERENCES indicator (id) ON DELETE CASCADE,
    organisation_id uuid   NOT NULL REFERENCES organisation (id),
    version         bigint NOT NULL DEFAULT 0
);

-- The dashboard shows which units are live: writes here move the dashboard generation like any other table's (V26).
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON golive_wave
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON golive_wave
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON golive_wave_unit
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON golive_wave_unit
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON golive_baseline_anchor
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON golive_baseline_anchor
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
