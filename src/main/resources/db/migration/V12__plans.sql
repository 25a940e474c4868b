-- Realisation plans (gevinstrealiseringsplan): one for the programme and one per party, each in versions.
CREATE TABLE plan (
    id           uuid PRIMARY KEY,
    programme_id uuid        NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    -- The party whose plan this is; null for the programme's own plan, which gathers the parties'.
    party_id     uuid REFERENCES organisation (id),
    title        text        NOT NULL CHECK (length(trim(title)) > 0),
    created_at   timestamptz NOT NULL DEFAULT now(),
    UNIQUE NULLS NOT DISTINCT (programme_id, party_id)
);

-- A version is a draft until submitted, then approved (frozen in its snapshot) or sent back, and superseded when
-- a later version is approved. The sections are the plan's own prose; everything else is read from the records.
CREATE TABLE plan_version (
    id                 uuid PRIMARY KEY,
    plan_id            uuid        NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    number             int         NOT NULL CHECK (number > 0),
    status             text        NOT NULL CHECK (status IN ('DRAFT', 'SUBMITTED', 'APPROVED', 'SUPERSEDED')),
    reason             text        NOT NULL DEFAULT '',
    sections           jsonb       NOT NULL DEFAULT '{}',
    created_by         text        NOT NULL,
    created_at         timestamptz NOT NULL DEFAULT now(),
    submitted_by       text,
    submitted_at       timestamptz,
    approved_by        text,
    approved_for       text,
    decision_date      date,
    decision_reference text,
    approved_at        timestamptz,
    snapshot           jsonb,
    version            bigint      NOT NULL DEFAULT 0,
    UNIQUE (plan_id, number),
    CHECK (status IN ('DRAFT', 'SUBMITTED') OR snapshot IS NOT NULL)
);
-- One version at a time is open for work.
CREATE UNIQUE INDEX plan_version_open ON plan_version (plan_id) WHERE status IN ('DRAFT', 'SUBMITTED');

-- An approved version is what the steering group decided: the database itself refuses to change it, save for
-- marking it superseded when a later version is approved.
CREATE FUNCTION plan_version_frozen() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        IF OLD.status IN ('APPROVED', 'SUPERSEDED') THEN
            RAISE EXCEPTION 'plan version % is approved and cannot be deleted', OLD.number;
        END IF;
        RETURN OLD;
    END IF;
    IF OLD.status = 'SUPERSEDED'
        OR (OLD.status = 'APPROVED'
            AND (NEW.status <> 'SUPERSEDED' OR NEW.snapshot IS DISTINCT FROM OLD.snapshot
                 OR NEW.sections IS DISTINCT FROM OLD.sections OR NEW.reason IS DISTINCT FROM OLD.reason
                 OR NEW.approved_by IS DISTINCT FROM OLD.approved_by
                 OR NEW.decision_reference IS DISTINCT FROM OLD.decision_reference
                 OR NEW.decision_date IS DISTINCT FROM OLD.decision_date)) THEN
        RAISE EXCEPTION 'plan version % is approved and cannot be changed', OLD.number;
    END IF;
    RETURN NEW;
END;
$$ LANGUAGE plpgsql;
CREATE TRIGGER plan_version_frozen
    BEFORE UPDATE OR DELETE ON plan_version
    FOR EACH ROW EXECUTE FUNCTION plan_version_frozen();

-- Measures (gevinstrealiseringstiltak): what is done to realise the benefits, by whom and by when.
CREATE TABLE plan_measure (
    id             uuid PRIMARY KEY,
    plan_id        uuid           NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    action         text           NOT NULL CHECK (length(trim(action)) > 0),
    benefit_ids    uuid[]         NOT NULL DEFAULT '{}',
    responsible_id uuid REFERENCES person (id),
    deadline       date,
    status         text           NOT NULL CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED')),
    cost           numeric(16, 2) CHECK (cost >= 0),
    version        bigint         NOT NULL DEFAULT 0
);
CREATE INDEX plan_measure_plan ON plan_measure (plan_id);

-- Risks to realisation, on the plan or one of its benefits; the score is probability × impact.
CREATE TABLE plan_risk (
    id          uuid PRIMARY KEY,
    plan_id     uuid    NOT NULL REFERENCES plan (id) ON DELETE CASCADE,
    benefit_id  uuid REFERENCES benefit (id) ON DELETE SET NULL,
    description text    NOT NULL CHECK (length(trim(description)) > 0),
    cause       text    NOT NULL DEFAULT '',
    consequence text    NOT NULL DEFAULT '',
    probability int     NOT NULL CHECK (probability BETWEEN 1 AND 5),
    impact      int     NOT NULL CHECK (impact BETWEEN 1 AND 5),
    mitigation  text    NOT NULL DEFAULT '',
    owner_id    uuid REFERENCES person (id),
    status      text    NOT NULL CHECK (status IN ('OPEN', 'MITIGATED', 'CLOSED', 'OCCURRED')),
    version     bigint  NOT NULL DEFAULT 0
);
CREATE INDEX plan_risk_plan ON plan_risk (plan_id);
