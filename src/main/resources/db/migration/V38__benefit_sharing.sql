-- Issue 18: a benefit shared by two or more programmes (seed 000 §1: the gains in the fellesrom between hospital and
-- municipality, under two strategies). The benefit stays one record with its home programme (benefit.programme_id);
-- each sharing programme has a row here with its share of the benefit. The home programme's coordinator proposes a
-- share; the receiving programme's coordinator accepts it (accepted_at), and only then does the receiving programme
-- see the benefit. The shares of all rows of one benefit together may not exceed 100 % (checked by the service in the
-- transaction of the write, under a lock on the benefit's row).
CREATE TABLE benefit_share (
    benefit_id    uuid          NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
    programme_id  uuid          NOT NULL REFERENCES programme (id),
    share_percent numeric(5, 2) NOT NULL CHECK (share_percent > 0 AND share_percent <= 100),
    proposed_by   text          NOT NULL,
    proposed_at   timestamptz   NOT NULL DEFAULT now(),
    accepted_by   text,
    accepted_at   timestamptz,
    version       bigint        NOT NULL DEFAULT 0,
    PRIMARY KEY (benefit_id, programme_id)
);
CREATE INDEX benefit_share_programme ON benefit_share (programme_id, benefit_id);

-- Two benefits found to be the same benefit, merged by a recorded decision: the merged-away benefit points to the
-- one kept and leaves the registers (and with them double counting); its profile stays readable and says where it
-- went. One row per merged-away benefit: a benefit is merged once.
CREATE TABLE benefit_merge (
    merged_id          uuid        PRIMARY KEY REFERENCES benefit (id) ON DELETE CASCADE,
    kept_id            uuid        NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
    decided_by         text        NOT NULL,
    decided_at         timestamptz NOT NULL DEFAULT now(),
    reason             text        NOT NULL CHECK (length(reason) BETWEEN 1 AND 4000),
    decision_reference text        NOT NULL CHECK (length(decision_reference) BETWEEN 1 AND 300),
    CHECK (merged_id <> kept_id)
);
CREATE INDEX benefit_merge_kept ON benefit_merge (kept_id);

-- The register (and so the dashboard) reads both: V26's trigger on each, counted against 'others' (V28).
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON benefit_share
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON benefit_share
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON benefit_merge
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON benefit_merge
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
