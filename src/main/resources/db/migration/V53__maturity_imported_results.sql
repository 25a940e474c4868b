-- Issue 20 (issue 19's maturity rounds moved between installations): a closed round imported from another
-- installation comes without its answers (they are never exported), so its results cannot be computed here. The
-- pooled results the source showed are kept instead, as the export carries them: a row per shown group and dimension
-- (never fewer than five respondents, small units pooled into their parent), and per round how many answered in all
-- and how many groups were withheld. The maturity module reads these for a round that has them; a round of this
-- installation has none, and its results are computed from its answers as before.
CREATE TABLE maturity_result (
    round_id        uuid         NOT NULL REFERENCES maturity_round (id) ON DELETE CASCADE,
    organisation_id uuid         NOT NULL,
    name            text         NOT NULL CHECK (char_length(name) <= 300),
    pooled_from     text[]       NOT NULL DEFAULT '{}' CHECK (cardinality(pooled_from) <= 1000),
    dimension       text         NOT NULL CHECK (char_length(dimension) BETWEEN 1 AND 100),
    respondents     integer      NOT NULL CHECK (respondents >= 5),
    points          bigint       NOT NULL CHECK (points >= 0),
    answers         bigint       NOT NULL CHECK (answers >= 0),
    mean            numeric(4, 1),
    PRIMARY KEY (round_id, organisation_id, dimension)
);

CREATE TABLE maturity_result_total (
    round_id        uuid    PRIMARY KEY REFERENCES maturity_round (id) ON DELETE CASCADE,
    respondents     integer NOT NULL CHECK (respondents >= 0),
    withheld_groups integer NOT NULL CHECK (withheld_groups >= 0)
);

CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON maturity_result
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON maturity_result
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();

CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON maturity_result_total
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON maturity_result_total
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
