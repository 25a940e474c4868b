-- Issue 21: the indicator module's own copy of what it scopes its indicators by of each benefit (its programme, its
-- code, its status and the organisations it is allocated to), so that the indicator module reads only its own tables.
-- The benefit module tells of every write of a benefit (BenefitWritten) in the transaction of the write; the indicator
-- module writes the copy then. A benefit's programme never changes; a merge moves indicators to the kept benefit, whose
-- copy is already here. The reference only removes a copy with its benefit.
CREATE TABLE indicator_benefit_scope (
    benefit_id   uuid PRIMARY KEY REFERENCES benefit (id) ON DELETE CASCADE,
    programme_id uuid NOT NULL,
    code         text NOT NULL,
    status       text NOT NULL,
    allocated_to uuid[] NOT NULL DEFAULT '{}'
);
CREATE INDEX indicator_benefit_scope_programme ON indicator_benefit_scope (programme_id);

INSERT INTO indicator_benefit_scope (benefit_id, programme_id, code, status, allocated_to)
SELECT b.id, b.programme_id, b.code, b.status,
       ARRAY(SELECT a.organisation_id FROM benefit_allocation a WHERE a.benefit_id = b.id)
FROM benefit b;

-- A write here comes with the write of the benefit in the same transaction: like that one (V28, V34), it moves both
-- numbers of the benefit's programme.
CREATE TRIGGER dashboard_touched AFTER INSERT ON indicator_benefit_scope REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_programmes_of_benefits();
CREATE TRIGGER dashboard_touched_deleted AFTER DELETE ON indicator_benefit_scope REFERENCING OLD TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_programmes_of_benefits();
CREATE TRIGGER dashboard_touched_updated_before AFTER UPDATE ON indicator_benefit_scope
    REFERENCING OLD TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION dashboard_programmes_of_benefits();
CREATE TRIGGER dashboard_touched_updated_after AFTER UPDATE ON indicator_benefit_scope
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION dashboard_programmes_of_benefits();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON indicator_benefit_scope
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();

-- The valuation module's own copy of each benefit's programme and code, by which it scopes and orders the benefits'
-- models, kept from the same event (BenefitWritten) in the transaction of the benefit's write.
CREATE TABLE valuation_benefit_scope (
    benefit_id   uuid PRIMARY KEY REFERENCES benefit (id) ON DELETE CASCADE,
    programme_id uuid NOT NULL,
    code         text NOT NULL
);
CREATE INDEX valuation_benefit_scope_programme ON valuation_benefit_scope (programme_id);

INSERT INTO valuation_benefit_scope (benefit_id, programme_id, code)
SELECT id, programme_id, code FROM benefit;

CREATE TRIGGER dashboard_touched AFTER INSERT ON valuation_benefit_scope REFERENCING NEW TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_programmes_of_benefits();
CREATE TRIGGER dashboard_touched_deleted AFTER DELETE ON valuation_benefit_scope REFERENCING OLD TABLE AS written
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_programmes_of_benefits();
CREATE TRIGGER dashboard_touched_updated_before AFTER UPDATE ON valuation_benefit_scope
    REFERENCING OLD TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION dashboard_programmes_of_benefits();
CREATE TRIGGER dashboard_touched_updated_after AFTER UPDATE ON valuation_benefit_scope
    REFERENCING NEW TABLE AS written FOR EACH STATEMENT EXECUTE FUNCTION dashboard_programmes_of_benefits();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON valuation_benefit_scope
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
