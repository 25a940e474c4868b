CREATE TABLE organisation (
    id                  uuid PRIMARY KEY,
    name                text    NOT NULL CHECK (length(trim(name)) > 0),
    type                text    NOT NULL CHECK (type IN ('RHF', 'HF', 'KOMMUNE', 'FASTLEGEKONTOR', 'DIREKTORAT', 'ANNEN')),
    organisation_number char(9) NOT NULL UNIQUE CHECK (organisation_number ~ '^[0-9]{9}$'),
    parent_id           uuid REFERENCES organisation (id),
    version             bigint  NOT NULL DEFAULT 0,
    CHECK (parent_id IS NULL OR parent_id <> id)
);

CREATE INDEX organisation_parent ON organisation (parent_id);
CREATE INDEX organisation_name ON organisation (lower(name));
