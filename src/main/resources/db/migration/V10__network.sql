-- The network's own nodes: enablers, prerequisites, changes and drivers. Benefits and objectives are the
-- register's records and are referred to by their ids from network_link.
CREATE TABLE network_element (
    id           uuid PRIMARY KEY,
    programme_id uuid        NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    kind         text        NOT NULL CHECK (kind IN ('ENABLER', 'PREREQUISITE', 'ENABLING_CHANGE', 'BUSINESS_CHANGE', 'DRIVER')),
    label        text        NOT NULL CHECK (length(trim(label)) > 0),
    description  text        NOT NULL DEFAULT '',
    owner_id     uuid REFERENCES person (id),
    status       text        NOT NULL DEFAULT '',
    planned_date date,
    moved_date   date,
    created_at   timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX network_element_programme ON network_element (programme_id);

-- A link may join an element, a benefit or an objective, so its ends are checked by the service, not by keys.
CREATE TABLE network_link (
    id            uuid PRIMARY KEY,
    programme_id  uuid         NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    from_id       uuid         NOT NULL,
    to_id         uuid         NOT NULL,
    kind          text         NOT NULL CHECK (kind IN ('LEADS_TO', 'MITIGATES')),
    share_percent numeric(5, 2) CHECK (share_percent IS NULL OR (share_percent > 0 AND share_percent <= 100)),
    lag_months    int          NOT NULL DEFAULT 0 CHECK (lag_months >= 0),
    CHECK (from_id <> to_id),
    UNIQUE (programme_id, from_id, to_id)
);
CREATE INDEX network_link_programme ON network_link (programme_id);
