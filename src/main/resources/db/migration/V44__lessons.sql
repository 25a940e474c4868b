-- Issue 19 (lessons learned and pilots, seed 000 §2.3.5 "Lære av erfaring"): what a programme learned, tagged so that
-- others can find it; the measures (tiltak) a lesson starts; and the pilots tried at small scale before rolling out.
-- The lesson module owns these tables.
CREATE TABLE lesson (
    id             uuid        PRIMARY KEY,
    programme_id   uuid        NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    title          text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
    happened       text        NOT NULL CHECK (char_length(happened) BETWEEN 1 AND 4000),
    worked         text        NOT NULL CHECK (char_length(worked) <= 4000),
    did_not_work   text        NOT NULL CHECK (char_length(did_not_work) <= 4000),
    recommendation text        NOT NULL CHECK (char_length(recommendation) BETWEEN 1 AND 4000),
    phase          text        NOT NULL CHECK (phase IN ('IDENTIFY', 'PLAN', 'REALISE', 'DOCUMENT', 'CLOSE')),
    area_id        uuid        REFERENCES framework_item (id) ON DELETE SET NULL,
    process        text        NOT NULL CHECK (char_length(process) <= 300),
    benefit_ids    uuid[]      NOT NULL DEFAULT '{}',
    written_by     uuid,
    updated_at     timestamptz NOT NULL,
    demo           boolean     NOT NULL DEFAULT false,
    version        bigint      NOT NULL DEFAULT 0,
    search         tsvector    GENERATED ALWAYS AS (
        to_tsvector('norwegian', title || ' ' || happened || ' ' || worked || ' ' || did_not_work || ' '
                                 || recommendation || ' ' || process)) STORED
);
CREATE INDEX lesson_programme ON lesson (programme_id, updated_at DESC);
CREATE INDEX lesson_search ON lesson USING gin (search);

-- A measure (tiltak) a lesson starts: kept with the lesson, since no module owns measures outside a plan.
CREATE TABLE lesson_measure (
    id        uuid    PRIMARY KEY,
    lesson_id uuid    NOT NULL REFERENCES lesson (id) ON DELETE CASCADE,
    action    text    NOT NULL CHECK (char_length(action) BETWEEN 1 AND 300),
    owner_id  uuid    NOT NULL REFERENCES person (id),
    deadline  date    NOT NULL,
    done      boolean NOT NULL DEFAULT false,
    version   bigint  NOT NULL DEFAULT 0
);
CREATE INDEX lesson_measure_lesson ON lesson_measure (lesson_id);

-- A pilot ("prøve ut i mindre skala"): what is tried, where, when, what came of it, and the decision to roll it out.
CREATE TABLE pilot (
    id              uuid    PRIMARY KEY,
    programme_id    uuid    NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    what            text    NOT NULL CHECK (char_length(what) BETWEEN 1 AND 300),
    organisation_id uuid    NOT NULL REFERENCES organisation (id),
    starts_on       date    NOT NULL,
    ends_on         date    CHECK (ends_on IS NULL OR ends_on >= starts_on),
    outcome         text    NOT NULL CHECK (char_length(outcome) <= 4000),
    decision        text    NOT NULL CHECK (decision IN ('PENDING', 'ROLL_OUT', 'NOT_ROLL_OUT')),
    decided_on      date,
    decided_by      uuid    REFERENCES person (id),
    demo            boolean NOT NULL DEFAULT false,
    version         bigint  NOT NULL DEFAULT 0,
    CHECK ((decision = 'PENDING') = (decided_on IS NULL AND decided_by IS NULL))
);
CREATE INDEX pilot_programme ON pilot (programme_id, starts_on DESC);

-- No dashboard reads these tables today; the triggers keep the rule of V26 that every table moves the generation.
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON lesson
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON lesson
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON lesson_measure
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON lesson_measure
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON pilot
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON pilot
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
