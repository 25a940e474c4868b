-- Enablers carry their release or sprint, and every element a status from a fixed list so the drawing can colour it.
ALTER TABLE network_element ADD COLUMN release text NOT NULL DEFAULT '';
UPDATE network_element SET status = 'PLANNED' WHERE status NOT IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED');
ALTER TABLE network_element ALTER COLUMN status SET DEFAULT 'PLANNED';
ALTER TABLE network_element ADD CONSTRAINT network_element_status
    CHECK (status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'));
COMMENT ON COLUMN network_element.moved_date IS 'actual delivery date, or the new forecast when the plan has moved';

-- A change's description (endringsbeskrivelse, seed 000 §2.3.3): today, tomorrow, what changes and what stands in
-- the way. One per change, removed with it.
CREATE TABLE change_description (
    element_id              uuid PRIMARY KEY REFERENCES network_element (id) ON DELETE CASCADE,
    today                   text NOT NULL DEFAULT '',
    future                  text NOT NULL DEFAULT '',
    process_change          text NOT NULL DEFAULT '',
    technology_change       text NOT NULL DEFAULT '',
    organisation_change     text NOT NULL DEFAULT '',
    organisational_barriers text NOT NULL DEFAULT '',
    financial_barriers      text NOT NULL DEFAULT '',
    barrier_removal         text NOT NULL DEFAULT ''
);
