-- How benefits are measured: indicators, their baselines, trajectories of targets and the measurements.
CREATE TABLE indicator (
    id               uuid PRIMARY KEY,
    benefit_id       uuid          NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
    name             text          NOT NULL CHECK (length(trim(name)) > 0),
    definition       text          NOT NULL DEFAULT '',
    unit             text          NOT NULL CHECK (length(trim(unit)) > 0),
    direction        text          NOT NULL CHECK (direction IN ('HIGHER_IS_BETTER', 'LOWER_IS_BETTER')),
    kind             text          NOT NULL CHECK (kind IN ('QUANTITATIVE', 'SCALE', 'YES_NO')),
    method           text          NOT NULL DEFAULT '',
    data_source      text          NOT NULL DEFAULT '',
    frequency        text          NOT NULL CHECK (frequency IN ('MONTH', 'QUARTER', 'YEAR')),
    measured_by      uuid REFERENCES person (id),
    cost_hours       numeric(10, 2) CHECK (cost_hours >= 0),
    amber_tolerance  numeric(5, 2) NOT NULL CHECK (amber_tolerance >= 0),
    red_tolerance    numeric(5, 2) NOT NULL CHECK (red_tolerance >= amber_tolerance),
    scope            text          NOT NULL CHECK (scope IN ('PROGRAMME', 'PARTY', 'UNIT')),
    scope_organisation_id uuid REFERENCES organisation (id),
    scope_unit       text          NOT NULL DEFAULT '',
    canonical_url    text UNIQUE,
    -- The traffic light as of the latest write, kept so that the register can filter on it; staleness is
    -- computed from last_period_end when asked, since it changes with the calendar alone.
    rag              text          NOT NULL DEFAULT 'NONE' CHECK (rag IN ('GREEN', 'AMBER', 'RED', 'NONE')),
    last_period_end  date,
    version          bigint        NOT NULL DEFAULT 0
);
CREATE INDEX indicator_benefit ON indicator (benefit_id);

CREATE TABLE baseline (
    indicator_id   uuid PRIMARY KEY REFERENCES indicator (id) ON DELETE CASCADE,
    value          numeric(18, 4) NOT NULL,
    period_start   date NOT NULL,
    period_end     date NOT NULL CHECK (period_end >= period_start),
    method         text NOT NULL DEFAULT '',
    source         text NOT NULL DEFAULT '',
    evidence       text NOT NULL DEFAULT '',
    measured_by    text NOT NULL DEFAULT '',
    at_go_live     boolean NOT NULL DEFAULT false,
    go_live_reason text,
    recorded_by    text NOT NULL,
    recorded_at    timestamptz NOT NULL DEFAULT now(),
    CHECK (NOT at_go_live OR length(trim(go_live_reason)) > 0)
);

CREATE TABLE target_point (
    indicator_id uuid NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    target_date  date NOT NULL,
    value        numeric(18, 4) NOT NULL,
    PRIMARY KEY (indicator_id, target_date)
);

CREATE TABLE measurement (
    id               uuid PRIMARY KEY,
    indicator_id     uuid NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    value            numeric(18, 4) NOT NULL,
    period_start     date NOT NULL,
    period_end       date NOT NULL CHECK (period_end >= period_start),
    organisation_id  uuid NOT NULL REFERENCES organisation (id),
    unit             text NOT NULL DEFAULT '',
    source           text NOT NULL CHECK (source IN ('FORM', 'FILE', 'API', 'FHIR')),
    method           text NOT NULL DEFAULT '',
    confidence       text NOT NULL CHECK (confidence IN ('HIGH', 'MEDIUM', 'LOW')),
    comment          text NOT NULL DEFAULT '',
    recorded_by      text NOT NULL,
    recorded_at      timestamptz NOT NULL DEFAULT clock_timestamp(),
    -- A correction never overwrites: the old row points to the row that replaced it, with the reason.
    superseded_by    uuid REFERENCES measurement (id) DEFERRABLE INITIALLY DEFERRED,
    supersede_reason text
);
CREATE INDEX measurement_indicator_period ON measurement (indicator_id, period_end);
-- The same indicator, organisation, unit, period and source is one measurement: sending it again adds nothing.
CREATE UNIQUE INDEX measurement_current_unique
    ON measurement (indicator_id, organisation_id, unit, period_start, period_end, source)
    WHERE superseded_by IS NULL;
