-- The decisions taken at a programme's phase gates: what the method demanded and was missing when the programme
-- moved on, the decision that let it move on regardless, who took it and when. Kept, never changed.
CREATE TABLE phase_gate_decision (
    id           uuid PRIMARY KEY,
    programme_id uuid        NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    from_phase   text        NOT NULL CHECK (from_phase IN ('IDENTIFY', 'PLAN', 'REALISE', 'DOCUMENT')),
    to_phase     text        NOT NULL CHECK (to_phase IN ('PLAN', 'REALISE', 'DOCUMENT', 'CLOSE')),
    gaps         jsonb       NOT NULL DEFAULT '[]',
    decision     text        NOT NULL DEFAULT '',
    decided_by   text        NOT NULL,
    decided_at   timestamptz NOT NULL DEFAULT now(),
    -- Moving on with gaps needs a decision that says so.
    CHECK (jsonb_array_length(gaps) = 0 OR length(trim(decision)) > 0)
);
CREATE INDEX phase_gate_decision_programme ON phase_gate_decision (programme_id, decided_at);
