-- Issue 19 (success stories, seed 000 §2.3.5: "skape suksesshistorier og underbygge disse med data"): a story tied
-- to a benefit, with the people and units involved, an optional picture, and the benefit's indicator figures frozen
-- as they stood when a coordinator approved it for publication, so that the story stays true. The story module owns
-- this table.
CREATE TABLE story (
    id            uuid        PRIMARY KEY,
    programme_id  uuid        NOT NULL REFERENCES programme (id) ON DELETE CASCADE,
    benefit_id    uuid        NOT NULL REFERENCES benefit (id) ON DELETE CASCADE,
    title         text        NOT NULL CHECK (char_length(title) BETWEEN 1 AND 300),
    body          text        NOT NULL CHECK (char_length(body) BETWEEN 1 AND 4000),
    people        text        NOT NULL DEFAULT '' CHECK (char_length(people) <= 300),
    units         text        NOT NULL DEFAULT '' CHECK (char_length(units) <= 300),
    picture       bytea,
    picture_alt   text        CHECK (char_length(picture_alt) <= 300),
    status        text        NOT NULL CHECK (status IN ('DRAFT', 'APPROVED')),
    figures       jsonb,
    approved_by   text,
    approved_at   timestamptz,
    created_at    timestamptz NOT NULL DEFAULT now(),
    version       bigint      NOT NULL DEFAULT 0,
    CHECK (picture IS NULL OR picture_alt IS NOT NULL),
    CHECK (status = 'DRAFT' OR (figures IS NOT NULL AND approved_at IS NOT NULL))
);
CREATE INDEX story_programme ON story (programme_id, status);
CREATE INDEX story_benefit ON story (benefit_id);

-- No dashboard reads this table; the triggers keep the rule of V26 that every table moves the generation.
CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON story
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON story
    FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
