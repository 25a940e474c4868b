-- Issue 18: the board's decisions (styrevedtak) on a programme's targets, and the targets each sets: kroner per
-- organisation, year and benefit class, and an indicator's target value and date per organisation. A change to
-- decided targets is a new decision that supersedes the one in force; the old one is kept, never changed again.
CREATE TABLE board_decision (
    id                 uuid        PRIMARY KEY,
    programme_id       uuid        NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    -- 1, 2, 3 … within the programme, in the order the decisions were recorded.
    number             integer     NOT NULL CHECK (number > 0),
    deciding_body      text        NOT NULL CHECK (length(trim(deciding_body)) > 0 AND length(deciding_body) <= 4000),
    decided_on         date        NOT NULL,
    case_number        text        NOT NULL CHECK (length(trim(case_number)) > 0 AND length(case_number) <= 4000),
    document_reference text        NOT NULL DEFAULT '' CHECK (length(document_reference) <= 4000),
    summary            text        NOT NULL DEFAULT '' CHECK (length(summary) <= 4000),
    -- The number of the decision of the same programme that replaced this one; null while it is in force.
    superseded_by      integer     CHECK (superseded_by > number),
    recorded_by        text        NOT NULL,
    recorded_at        timestamptz NOT NULL DEFAULT now(),
    version            bigint      NOT NULL DEFAULT 0,
    UNIQUE (programme_id, number)
);
-- At most one decision of a programme is in force: two coordinators superseding the same one cannot both succeed.
CREATE UNIQUE INDEX board_decision_in_force ON board_decision (programme_id) WHERE superseded_by IS NULL;

CREATE TABLE decided_economic_target (
    decision_id     uuid          NOT NULL REFERENCES board_decision (id) ON DELETE CASCADE,
    organisation_id uuid          NOT NULL REFERENCES organisation (id),
    year            integer       NOT NULL CHECK (year BETWEEN 1900 AND 2200),
    benefit_class   text          NOT NULL CHECK (benefit_class IN ('CASH_RELEASING', 'CAPACITY', 'OTHER_PUBLIC')),
    nok             numeric(18,2) NOT NULL CHECK (nok >= 0),
    PRIMARY KEY (decision_id, organisation_id, year, benefit_class)
);

CREATE TABLE decided_kpi_target (
    decision_id     uuid          NOT NULL REFERENCES board_decision (id) ON DELETE CASCADE,
    organisation_id uuid          NOT NULL REFERENCES organisation (id),
    indicator_id    uuid          NOT NULL REFERENCES indicator (id) ON DELETE CASCADE,
    target_value    numeric(18,4) NOT NULL,
    due             date          NOT NULL,
    PRIMARY KEY (decision_id, organisation_id, indicator_id)
);

-- No dashboard shows these tables today, but reports measured against a decision may be kept with the dashboard's
-- figures: a decision moves the generation like any other table (V26), which costs nothing at a board's pace.
DO $$
DECLARE
    t text;
BEGIN
    FOREACH t IN ARRAY ARRAY['board_decision', 'decided_economic_target', 'decided_kpi_target']
    LOOP
        EXECUTE format('CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON public.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched()', t);
        EXECUTE format('CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON public.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched()', t);
    END LOOP;
END
$$;
