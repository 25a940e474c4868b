-- Issue 19 (evidence of attribution, seed 000 §2.3.5, seed 004): evaluations and studies that show what part of a
-- benefit the programme caused: a randomised trial, a before-after study, a comparison with another site, an
-- external case. Each belongs to one programme and is linked to one or more of its benefits. The evidence module
-- owns these tables; the benefit module asks it which benefits have evidence through its facade, never by SQL.
CREATE TABLE evidence (
    id            uuid    PRIMARY KEY,
    programme_id  uuid    NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    kind          text    NOT NULL CHECK (kind IN ('RANDOMISED_TRIAL', 'BEFORE_AFTER', 'OTHER_SITE', 'EXTERNAL_CASE', 'OTHER')),
    title         text    NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
    design        text    NOT NULL DEFAULT '',
    performed_by  text    NOT NULL DEFAULT '',
    period_start  date,
    period_end    date    CHECK (period_end IS NULL OR period_start IS NULL OR period_end >= period_start),
    status        text    NOT NULL CHECK (status IN ('PLANNED', 'ONGOING', 'COMPLETED')),
    result        text    NOT NULL DEFAULT '',
    effect_size   numeric(20, 6),
    effect_unit   text    NOT NULL DEFAULT '',
    ci_low        numeric(20, 6),
    ci_high       numeric(20, 6) CHECK (ci_high IS NULL OR ci_low IS NULL OR ci_high >= ci_low),
    source        text    NOT NULL DEFAULT '',
    source_url    text    NOT NULL DEFAULT '',
    version       bigint  NOT NULL DEFAULT 0
);
CREATE INDEX evidence_programme ON evidence (programme_id);

CREATE TABLE evidence_benefit (
    evidence_id uuid NOT NULL REFERENCES evidence (id) ON DELETE CASCADE,
    benefit_id  uuid NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
    PRIMARY KEY (evidence_id, benefit_id)
);
CREATE INDEX evidence_benefit_benefit ON evidence_benefit (benefit_id);

-- No dashboard reads these tables today; the triggers keep the rule of V26 that every table moves the generation.
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON evidence
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON evidence
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON evidence_benefit
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON evidence_benefit
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
