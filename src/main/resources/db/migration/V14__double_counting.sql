-- Decisions on double counting: how a conflict found by the portfolio's detector is resolved. A conflict is known
-- by its stable key (its rule and the benefits involved), not by a row of its own, because conflicts are computed
-- afresh from the register, the valuations and the networks; the decision applies whenever the key is found again.
CREATE TABLE double_counting_decision (
    conflict_key    text PRIMARY KEY,
    kind            text        NOT NULL CHECK (kind IN ('PRIMARY', 'SPLIT', 'ACCEPTED')),
    -- The benefit that keeps the overlap, for PRIMARY; no foreign key, as the decision outlives a removed benefit.
    primary_benefit uuid,
    -- Benefit id → share of the overlap in percent, for SPLIT.
    shares          jsonb       NOT NULL DEFAULT '{}',
    justification   text        NOT NULL CHECK (length(trim(justification)) > 0),
    decided_by      text        NOT NULL,
    decided_at      timestamptz NOT NULL,
    version         bigint      NOT NULL DEFAULT 0,
    CHECK (kind <> 'PRIMARY' OR primary_benefit IS NOT NULL),
    CHECK (kind <> 'SPLIT' OR shares <> '{}'::jsonb)
);
