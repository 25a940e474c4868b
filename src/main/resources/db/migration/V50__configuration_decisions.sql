-- Issue 19 (benefit-driven configuration, seed 000 §2.3.1 and §2.3.4): a programme's configuration decisions for the
-- EHR and other solutions — what was decided, for which workflow or clinical content, in which release — and the KPIs
-- (indicators) each serves, with whether the solution itself can produce the KPI and by which report or FHIR Measure.
-- A decision proposed after go-live is an optimisation (stage PROPOSED) until it is decided. The configdecision
-- module owns these tables.
CREATE TABLE config_decision (
    id            uuid        PRIMARY KEY,
    programme_id  uuid        NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    title         text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
    workflow      text        NOT NULL CHECK (char_length(workflow) BETWEEN 1 AND 300),
    solution_kind text        NOT NULL CHECK (solution_kind IN ('EHR', 'OTHER')),
    solution      text        NOT NULL CHECK (char_length(solution) BETWEEN 1 AND 300),
    release       text        NOT NULL DEFAULT '' CHECK (char_length(release) <= 300),
    stage         text        NOT NULL CHECK (stage IN ('DECIDED', 'PROPOSED')),
    decided_on    date,
    rationale     text        NOT NULL DEFAULT '' CHECK (char_length(rationale) <= 4000),
    updated_at    timestamptz NOT NULL DEFAULT now(),
    demo          boolean     NOT NULL DEFAULT false,
    version       bigint      NOT NULL DEFAULT 0,
    CHECK (stage <> 'DECIDED' OR decided_on IS NOT NULL)
);
CREATE INDEX config_decision_programme ON config_decision (programme_id, decided_on);

-- The KPIs a decision serves, in the order given. production: NOT_BY_SOLUTION (measured outside it), REPORT (a report
-- of the solution), FHIR_MEASURE (the solution sends MeasureReports for the canonical in reference: delivery by machine).
CREATE TABLE config_decision_kpi (
    decision_id  uuid     NOT NULL REFERENCES config_decision (id) ON DELETE CASCADE,
    position     smallint NOT NULL,
    indicator_id uuid     NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    production   text     NOT NULL CHECK (production IN ('NOT_BY_SOLUTION', 'REPORT', 'FHIR_MEASURE')),
    reference    text     NOT NULL DEFAULT '' CHECK (char_length(reference) <= 2000),
    PRIMARY KEY (decision_id, position),
    UNIQUE (decision_id, indicator_id)
);
CREATE INDEX config_decision_kpi_indicator ON config_decision_kpi (indicator_id);

-- No dashboard reads these tables today; the triggers keep the rule of V26 that every table moves the generation.
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON config_decision
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON config_decision
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON config_decision_kpi
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON config_decision_kpi
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
