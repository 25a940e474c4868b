CREATE TABLE app_user (
    id            uuid PRIMARY KEY,
    username      text        NOT NULL UNIQUE,
    display_name  text        NOT NULL,
    password_hash text        NOT NULL,
    enabled       boolean     NOT NULL DEFAULT true,
    created_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0
);

-- A role is held in an organisation; a row without organisation holds it in all of them
-- (the administrator created on first start has such a row).
CREATE TABLE role_assignment (
    id              uuid PRIMARY KEY,
    user_id         uuid NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    role            text NOT NULL CHECK (role IN ('ADMINISTRATOR', 'GEVINSTKOORDINATOR', 'GEVINSTEIER',
                                                  'MAALEANSVARLIG', 'STYRINGSGRUPPE', 'LESER')),
    organisation_id uuid REFERENCES organisation (id)
);

CREATE UNIQUE INDEX role_assignment_unique
    ON role_assignment (user_id, role, coalesce(organisation_id, '00000000-0000-0000-0000-000000000000'));
