-- Issue 19 (maturity assessment, modenhetsvurdering, seed 000 §2.3.6): a programme's assessment rounds, sent from a
-- template to organisations and units; the answers of the people in them, never shown one by one; and the measures
-- (tiltak) a weak result gives rise to. The maturity module owns these tables.
CREATE TABLE maturity_round (
    id           uuid   PRIMARY KEY,
    programme_id uuid   NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    template     text   NOT NULL,
    name         text   NOT NULL CHECK (char_length(name) BETWEEN 1 AND 300),
    opens_on     date   NOT NULL,
    closes_on    date   NOT NULL CHECK (closes_on >= opens_on),
    status       text   NOT NULL CHECK (status IN ('DRAFT', 'OPEN', 'CLOSED')),
    demo         boolean NOT NULL DEFAULT false,
    version      bigint NOT NULL DEFAULT 0
);
CREATE INDEX maturity_round_programme ON maturity_round (programme_id, closes_on);

-- The organisations and units a round is sent to, with every unit under them, and each one's parent as it stood
-- when the round was written: the results pool a small unit into this parent, whoever reads them later.
CREATE TABLE maturity_round_unit (
    round_id        uuid    NOT NULL REFERENCES maturity_round (id) ON DELETE CASCADE,
    organisation_id uuid    NOT NULL REFERENCES organisation (id),
    name            text    NOT NULL,
    parent_id       uuid,
    parent_name     text,
    chosen          boolean NOT NULL,
    PRIMARY KEY (round_id, organisation_id)
);

-- One answer per person and round; the person is kept only so that they can change it until the round closes.
CREATE TABLE maturity_response (
    id              uuid        PRIMARY KEY,
    round_id        uuid        NOT NULL REFERENCES maturity_round (id) ON DELETE CASCADE,
    respondent      uuid        NOT NULL,
    organisation_id uuid        NOT NULL,
    answered_at     timestamptz NOT NULL,
    version         bigint      NOT NULL DEFAULT 0,
    UNIQUE (round_id, respondent),
    FOREIGN KEY (round_id, organisation_id) REFERENCES maturity_round_unit (round_id, organisation_id)
);

CREATE TABLE maturity_score (
    response_id uuid     NOT NULL REFERENCES maturity_response (id) ON DELETE CASCADE,
    statement   text     NOT NULL,
    dimension   text     NOT NULL,
    score       smallint NOT NULL CHECK (score BETWEEN 1 AND 5),
    PRIMARY KEY (response_id, statement)
);

-- A measure (tiltak) started from a weak result: the dimension and unit it answers, who owns it and by when.
CREATE TABLE maturity_measure (
    id              uuid   PRIMARY KEY,
    round_id        uuid   NOT NULL REFERENCES maturity_round (id) ON DELETE CASCADE,
    dimension       text   NOT NULL,
    organisation_id uuid   NOT NULL REFERENCES organisation (id),
    action          text   NOT NULL CHECK (char_length(action) BETWEEN 1 AND 300),
    owner_id        uuid   NOT NULL REFERENCES person (id),
    deadline        date   NOT NULL,
    done            boolean NOT NULL DEFAULT false,
    version         bigint NOT NULL DEFAULT 0
);
CREATE INDEX maturity_measure_round ON maturity_measure (round_id);

-- No dashboard reads these tables today; the triggers keep the rule of V26 that every table moves the generation.
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON maturity_round
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON maturity_round
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON maturity_round_unit
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON maturity_round_unit
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON maturity_response
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON maturity_response
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON maturity_score
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON maturity_score
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON maturity_measure
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON maturity_measure
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
