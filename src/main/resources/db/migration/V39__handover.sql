-- Issue 18 (handover): a benefit handed over to the line organisation when the programme's work "går over i arbeidet
-- med kontinuerlig forbedring" (seed 000 §3). A coordinator proposes it to a named line manager, who accepts or
-- declines it. What was left to reach (the indicators' remaining targets and schedule) and what was left to do (the
-- open measures) are kept as they stood when it was proposed: the receiver accepts what they were shown.
CREATE TABLE handover (
    id              uuid PRIMARY KEY,
    benefit_id      uuid        NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
    programme_id    uuid        NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    receiver_id     uuid        NOT NULL REFERENCES person (id),
    handover_date   date        NOT NULL,
    snapshot        jsonb       NOT NULL,
    status          text        NOT NULL CHECK (status IN ('PROPOSED', 'ACCEPTED', 'DECLINED')),
    reason          text        NOT NULL DEFAULT '',
    proposed_by     text        NOT NULL,
    proposed_at     timestamptz NOT NULL,
    decided_by      text,
    decided_at      timestamptz,
    version         bigint      NOT NULL DEFAULT 0,
    -- A declined handover says why: the coordinator must know what to change before proposing again.
    CHECK (status <> 'DECLINED' OR length(trim(reason)) > 0)
);
-- One open or accepted handover per benefit at a time; declined ones stay as history.
CREATE UNIQUE INDEX handover_current ON handover (benefit_id) WHERE status IN ('PROPOSED', 'ACCEPTED');
CREATE INDEX handover_benefit ON handover (benefit_id, proposed_at DESC);
CREATE INDEX handover_organisation ON handover (organisation_id);
CREATE INDEX handover_programme ON handover (programme_id);

-- The improvement backlog (forbedringsliste) of an organisation: the open measures of the benefits it accepted, owned
-- by the line from then on. A measure that needs several organisations is flagged for the regional coordinator, who
-- names the person coordinating it.
CREATE TABLE improvement_item (
    id                 uuid PRIMARY KEY,
    organisation_id    uuid        NOT NULL REFERENCES organisation (id),
    handover_id        uuid        NOT NULL REFERENCES handover (id) ON DELETE CASCADE,
    benefit_id         uuid        NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
    measure_id         uuid        NOT NULL,
    action             text        NOT NULL,
    responsible_id     uuid,
    deadline           date,
    measure_status     text        NOT NULL,
    organisations      uuid[]      NOT NULL DEFAULT '{}',
    cross_organisation boolean     NOT NULL DEFAULT false,
    coordinator_id     uuid REFERENCES person (id),
    created_at         timestamptz NOT NULL,
    version            bigint      NOT NULL DEFAULT 0,
    UNIQUE (organisation_id, measure_id)
);
CREATE INDEX improvement_item_organisation ON improvement_item (organisation_id);

-- The regional coordinator (REGIONAL_KOORDINATOR): sees and assigns the measures that need several organisations.
ALTER TABLE role_assignment DROP CONSTRAINT role_assignment_role_check;
ALTER TABLE role_assignment ADD CONSTRAINT role_assignment_role_check
    CHECK (role IN ('ADMINISTRATOR', 'GEVINSTKOORDINATOR', 'GEVINSTEIER', 'MAALEANSVARLIG', 'STYRINGSGRUPPE', 'LESER',
                    'REGIONAL_KOORDINATOR'));
ALTER TABLE api_token_scope DROP CONSTRAINT api_token_scope_role_check;
ALTER TABLE api_token_scope ADD CONSTRAINT api_token_scope_role_check
    CHECK (role IN ('ADMINISTRATOR', 'GEVINSTKOORDINATOR', 'GEVINSTEIER', 'MAALEANSVARLIG', 'STYRINGSGRUPPE', 'LESER',
                    'REGIONAL_KOORDINATOR'));

-- The dashboard does not show these tables, but a write to them is rare: they take V26's trigger rather than a place
-- in the list of tables never shown, so that DashboardCacheIT's list stays as it is.
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON handover
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON handover
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON improvement_item
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON improvement_item
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
