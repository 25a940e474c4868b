-- Issue 19 (stakeholders and involvement, seed 000 §2.3.6): a programme's stakeholder analysis — groups such as union
-- representatives (tillitsvalgte) and leaders at section and department level, with interest and influence (1–5),
-- their concerns and the organisation they belong to — and the involvement and communication plan's actions, any of
-- which can be a measure (tiltak) with owner and deadline. The stakeholder module owns these tables.
CREATE TABLE stakeholder (
    id              uuid     PRIMARY KEY,
    programme_id    uuid     NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    organisation_id uuid     REFERENCES organisation (id),
    name            text     NOT NULL CHECK (char_length(name) BETWEEN 1 AND 300),
    kind            text     NOT NULL CHECK (kind IN ('UNION_REPRESENTATIVES', 'SECTION_LEADERS', 'DEPARTMENT_LEADERS',
                                                      'EMPLOYEES', 'PATIENTS_USERS', 'PARTNERS', 'OTHER')),
    interest        smallint NOT NULL CHECK (interest BETWEEN 1 AND 5),
    influence       smallint NOT NULL CHECK (influence BETWEEN 1 AND 5),
    concerns        text     NOT NULL DEFAULT '' CHECK (char_length(concerns) <= 4000),
    demo            boolean  NOT NULL DEFAULT false,
    version         bigint   NOT NULL DEFAULT 0
);
CREATE INDEX stakeholder_programme ON stakeholder (programme_id, organisation_id);

CREATE TABLE stakeholder_action (
    id               uuid    PRIMARY KEY,
    stakeholder_id   uuid    NOT NULL REFERENCES stakeholder (id) ON DELETE CASCADE,
    programme_id     uuid    NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    description      text    NOT NULL CHECK (char_length(description) BETWEEN 1 AND 300),
    planned_on       date    NOT NULL,
    channel          text    NOT NULL CHECK (channel IN ('MEETING', 'WORKSHOP', 'UNION_MEETING', 'TRAINING', 'INTRANET',
                                                         'EMAIL', 'NEWSLETTER', 'OTHER')),
    responsible_id   uuid    NOT NULL REFERENCES person (id),
    status           text    NOT NULL CHECK (status IN ('PLANNED', 'DONE', 'CANCELLED')),
    measure          boolean NOT NULL DEFAULT false,
    measure_owner_id uuid    REFERENCES person (id),
    measure_deadline date,
    demo             boolean NOT NULL DEFAULT false,
    version          bigint  NOT NULL DEFAULT 0,
    CHECK (NOT measure OR (measure_owner_id IS NOT NULL AND measure_deadline IS NOT NULL))
);
CREATE INDEX stakeholder_action_stakeholder ON stakeholder_action (stakeholder_id, planned_on);

-- No dashboard reads these tables today; the triggers keep the rule of V26 that every table moves the generation.
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON stakeholder
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON stakeholder
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON stakeholder_action
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON stakeholder_action
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
