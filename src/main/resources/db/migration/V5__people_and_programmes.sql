-- People are owners and responsible persons; a person need not be a user, and a user may be a person.
CREATE TABLE person (
    id              uuid PRIMARY KEY,
    name            text   NOT NULL CHECK (length(trim(name)) > 0),
    email           text,
    title           text,
    organisation_id uuid   NOT NULL REFERENCES organisation (id),
    user_id         uuid UNIQUE REFERENCES app_user (id),
    version         bigint NOT NULL DEFAULT 0
);
CREATE INDEX person_organisation ON person (organisation_id);
CREATE INDEX person_name ON person (lower(name));

CREATE TABLE programme (
    id                      uuid PRIMARY KEY,
    code                    text   NOT NULL UNIQUE CHECK (code ~ '^[A-ZÆØÅ0-9]{2,10}$'),
    name                    text   NOT NULL CHECK (length(trim(name)) > 0),
    description             text   NOT NULL DEFAULT '',
    owner_organisation_id   uuid   NOT NULL REFERENCES organisation (id),
    current_phase           text   NOT NULL CHECK (current_phase IN ('IDENTIFY', 'PLAN', 'REALISE', 'DOCUMENT', 'CLOSE')),
    economic_target_nok     numeric(16, 2) CHECK (economic_target_nok >= 0),
    economic_target_from    int CHECK (economic_target_from BETWEEN 2000 AND 2100),
    version                 bigint NOT NULL DEFAULT 0
);

CREATE TABLE programme_phase (
    programme_id  uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    phase         text NOT NULL CHECK (phase IN ('IDENTIFY', 'PLAN', 'REALISE', 'DOCUMENT', 'CLOSE')),
    planned_start date,
    planned_end   date,
    PRIMARY KEY (programme_id, phase),
    CHECK (planned_end IS NULL OR planned_start IS NULL OR planned_end >= planned_start)
);

CREATE TABLE programme_party (
    programme_id        uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    organisation_id     uuid NOT NULL REFERENCES organisation (id),
    benefit_responsible uuid REFERENCES person (id),
    role                text NOT NULL DEFAULT '',
    PRIMARY KEY (programme_id, organisation_id)
);
CREATE INDEX programme_party_organisation ON programme_party (organisation_id);

CREATE TABLE programme_steering_member (
    programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    person_id    uuid NOT NULL REFERENCES person (id),
    PRIMARY KEY (programme_id, person_id)
);

-- Benefit areas and priority areas are each programme's own lists, seeded with DESIGN §3's defaults.
CREATE TABLE framework_item (
    id           uuid PRIMARY KEY,
    programme_id uuid NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    kind         text NOT NULL CHECK (kind IN ('AREA', 'PRIORITY_AREA')),
    name         text NOT NULL CHECK (length(trim(name)) > 0),
    position     int  NOT NULL,
    UNIQUE (programme_id, kind, name)
);

CREATE TABLE objective (
    id           uuid PRIMARY KEY,
    programme_id uuid   NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    number       int    NOT NULL CHECK (number > 0),
    description  text   NOT NULL CHECK (length(trim(description)) > 0),
    version      bigint NOT NULL DEFAULT 0,
    UNIQUE (programme_id, number)
);

-- A role may also be held in one programme (a coordinator of Helseplattformen).
ALTER TABLE role_assignment ADD COLUMN programme_id uuid REFERENCES programme (id) ON DELETE CASCADE;
DROP INDEX role_assignment_unique;
CREATE UNIQUE INDEX role_assignment_unique
    ON role_assignment (user_id, role, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'),
                        coalesce(programme_id, '00000000-0000-0000-0000-000000000000'));
