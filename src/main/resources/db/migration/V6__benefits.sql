CREATE TABLE benefit (
    id                 uuid PRIMARY KEY,
    programme_id       uuid        NOT NULL REFERENCES programme (id),
    code               text        NOT NULL UNIQUE,
    title              text        NOT NULL CHECK (length(trim(title)) > 0),
    description        text        NOT NULL DEFAULT '',
    observable_outcome text        NOT NULL DEFAULT '',
    attribution        text        NOT NULL DEFAULT '',
    kind               text        NOT NULL CHECK (kind IN ('BENEFIT', 'DISBENEFIT')),
    area_id            uuid REFERENCES framework_item (id),
    benefit_class      text        NOT NULL CHECK (benefit_class IN ('CASH_RELEASING', 'CAPACITY', 'OTHER_PUBLIC', 'NON_PRICED')),
    owner_id           uuid REFERENCES person (id),
    responsible_id     uuid REFERENCES person (id),
    units              text        NOT NULL DEFAULT '',
    expected_start     date,
    full_effect        date,
    priority           text        NOT NULL CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW')),
    priority_rationale text        NOT NULL DEFAULT '',
    prerequisites      text[]      NOT NULL DEFAULT '{}',
    evidence_links     text[]      NOT NULL DEFAULT '{}',
    status             text        NOT NULL CHECK (status IN ('IDENTIFIED', 'PRIORITISED', 'PLANNED', 'REALISING', 'REALISED', 'CLOSED', 'ABANDONED')),
    abandon_reason     text,
    created_at         timestamptz NOT NULL DEFAULT now(),
    updated_at         timestamptz NOT NULL DEFAULT now(),
    version            bigint      NOT NULL DEFAULT 0,
    CHECK (full_effect IS NULL OR expected_start IS NULL OR full_effect >= expected_start),
    CHECK (status <> 'ABANDONED' OR length(trim(abandon_reason)) > 0)
);

-- The register filters and sorts on these; a page of 20 000 benefits must stay fast.
CREATE INDEX benefit_programme_code ON benefit (programme_id, code);
CREATE INDEX benefit_status ON benefit (status);
CREATE INDEX benefit_area ON benefit (area_id);
CREATE INDEX benefit_owner ON benefit (owner_id);
CREATE INDEX benefit_class ON benefit (benefit_class);
CREATE INDEX benefit_updated ON benefit (updated_at DESC);
CREATE INDEX benefit_title_lower ON benefit (lower(title));

CREATE TABLE benefit_priority_area (
    benefit_id        uuid NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
    framework_item_id uuid NOT NULL REFERENCES framework_item (id),
    PRIMARY KEY (benefit_id, framework_item_id)
);
CREATE INDEX benefit_priority_area_item ON benefit_priority_area (framework_item_id);

CREATE TABLE benefit_objective (
    benefit_id   uuid NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
    objective_id uuid NOT NULL REFERENCES objective (id),
    PRIMARY KEY (benefit_id, objective_id)
);
CREATE INDEX benefit_objective_objective ON benefit_objective (objective_id);

-- Where the benefit arises, with the share of it each organisation gets (together at most 100 %).
CREATE TABLE benefit_allocation (
    benefit_id      uuid         NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
    organisation_id uuid         NOT NULL REFERENCES organisation (id),
    share_percent   numeric(5, 2) NOT NULL CHECK (share_percent > 0 AND share_percent <= 100),
    PRIMARY KEY (benefit_id, organisation_id)
);
CREATE INDEX benefit_allocation_organisation ON benefit_allocation (organisation_id);

CREATE TABLE benefit_investor (
    benefit_id      uuid NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
    organisation_id uuid NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (benefit_id, organisation_id)
);

-- Who moved a benefit through its lifecycle, and when.
CREATE TABLE benefit_status_change (
    id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    benefit_id  uuid        NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
    from_status text,
    to_status   text        NOT NULL,
    reason      text,
    changed_by  text        NOT NULL,
    changed_at  timestamptz NOT NULL DEFAULT clock_timestamp()
);
CREATE INDEX benefit_status_change_benefit ON benefit_status_change (benefit_id, changed_at);
