-- Issue 14: people signed in through OpenID Connect next to local accounts, user administration, machine tokens
-- and a searchable audit log. One migration for the schema all four parts share.

-- A person signed in only through an identity provider has no local password.
ALTER TABLE app_user ALTER COLUMN password_hash DROP NOT NULL;
-- The address an invitation was sent to; the first sign-in whose verified e-mail matches binds the identity.
ALTER TABLE app_user ADD COLUMN email text CHECK (email IS NULL OR (length(email) BETWEEN 3 AND 320 AND email LIKE '%@%'));
-- Set by a password reset: the user must choose a new password at the next sign-in.
ALTER TABLE app_user ADD COLUMN must_change_password boolean NOT NULL DEFAULT false;
ALTER TABLE app_user ADD COLUMN last_sign_in_at timestamptz;
-- A service account is a machine's user: it signs in only with API tokens.
ALTER TABLE app_user ADD COLUMN kind text NOT NULL DEFAULT 'PERSON' CHECK (kind IN ('PERSON', 'SERVICE'));
ALTER TABLE app_user ADD CONSTRAINT app_user_bounds
    CHECK (length(username) BETWEEN 1 AND 200 AND length(display_name) BETWEEN 1 AND 200);
CREATE UNIQUE INDEX app_user_email ON app_user (lower(email)) WHERE email IS NOT NULL;

-- Who a person is at an identity provider: the issuer's stable subject, never a display name.
CREATE TABLE user_identity (
    id                  uuid PRIMARY KEY,
    user_id             uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    provider            text        NOT NULL CHECK (length(provider) BETWEEN 1 AND 100),
    issuer              text        NOT NULL CHECK (length(issuer) BETWEEN 1 AND 500),
    subject             text        NOT NULL CHECK (length(subject) BETWEEN 1 AND 500),
    -- The organisation number the provider gave for the person's organisation (HelseID's organisation claims).
    organisation_number text CHECK (organisation_number IS NULL OR organisation_number ~ '^[0-9]{9}$'),
    first_seen_at       timestamptz NOT NULL DEFAULT now(),
    last_seen_at        timestamptz NOT NULL DEFAULT now(),
    UNIQUE (issuer, subject)
);
CREATE INDEX user_identity_user ON user_identity (user_id);

-- Who granted a role and when, for the access review.
ALTER TABLE role_assignment ADD COLUMN granted_by text;
ALTER TABLE role_assignment ADD COLUMN granted_at timestamptz NOT NULL DEFAULT now();

-- A machine's credential. Only the SHA-256 of the secret is kept; the secret is shown once when created.
CREATE TABLE api_token (
    id           uuid PRIMARY KEY,
    user_id      uuid        NOT NULL REFERENCES app_user (id) ON DELETE CASCADE,
    name         text        NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
    token_hash   text        NOT NULL UNIQUE CHECK (token_hash ~ '^[0-9a-f]{64}$'),
    -- The first characters of the secret, so that a token can be recognised in lists without revealing it.
    prefix       text        NOT NULL CHECK (length(prefix) BETWEEN 4 AND 20),
    created_by   text        NOT NULL,
    created_at   timestamptz NOT NULL DEFAULT now(),
    expires_at   timestamptz NOT NULL,
    last_used_at timestamptz,
    revoked_at   timestamptz,
    revoked_by   text,
    version      bigint      NOT NULL DEFAULT 0,
    CHECK (expires_at > created_at)
);
CREATE INDEX api_token_user ON api_token (user_id);

-- The roles a token carries; never more than its user holds when it is used.
CREATE TABLE api_token_scope (
    id              uuid PRIMARY KEY,
    token_id        uuid NOT NULL REFERENCES api_token (id) ON DELETE CASCADE,
    role            text NOT NULL CHECK (role IN ('ADMINISTRATOR', 'GEVINSTKOORDINATOR', 'GEVINSTEIER',
                                                  'MAALEANSVARLIG', 'STYRINGSGRUPPE', 'LESER')),
    organisation_id uuid REFERENCES organisation (id) ON DELETE CASCADE,
    programme_id    uuid REFERENCES programme (id) ON DELETE CASCADE
);
CREATE INDEX api_token_scope_token ON api_token_scope (token_id);

-- The audit log as a searchable record: the programme and organisation an entry concerns, where known, so that
-- coordinators can read their programmes' entries; indexes for the search by time and by actor.
ALTER TABLE audit_log ADD COLUMN programme_id uuid;
ALTER TABLE audit_log ADD COLUMN organisation_id uuid;
CREATE INDEX audit_log_time ON audit_log (occurred_at DESC, id DESC);
CREATE INDEX audit_log_actor ON audit_log (actor, occurred_at DESC);
CREATE INDEX audit_log_programme ON audit_log (programme_id, occurred_at DESC) WHERE programme_id IS NOT NULL;
