-- The benefiting party's sign-off of a benefit's actuals for one period (DESIGN §3, cross-organisation benefits):
-- when an investment in one organisation realises a benefit in another, the numbers count only once the party that
-- receives the benefit has confirmed them. A sign-off is a statement by a named person; it is never changed, and a
-- period is signed off at most once per organisation.
CREATE TABLE actuals_sign_off (
    id              uuid PRIMARY KEY,
    benefit_id      uuid        NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
    organisation_id uuid        NOT NULL REFERENCES organisation (id),
    period_start    date        NOT NULL,
    period_end      date        NOT NULL,
    -- The display name as it was when signing: the statement stays legible if the account is renamed or removed.
    signed_by       text        NOT NULL CHECK (length(trim(signed_by)) > 0),
    signed_at       timestamptz NOT NULL,
    comment         text        NOT NULL DEFAULT '',
    CHECK (period_end >= period_start),
    UNIQUE (benefit_id, organisation_id, period_start, period_end)
);
CREATE INDEX actuals_sign_off_benefit ON actuals_sign_off (benefit_id);
