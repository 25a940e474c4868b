-- Issue 18 (handover, life after close): the improvement backlog is the organisation's own from now on. The line adds
-- measures of its own (through the API), which come from no handover, benefit or plan measure; and it moves each
-- measure through the plan's statuses.
ALTER TABLE improvement_item ALTER COLUMN handover_id DROP NOT NULL;
ALTER TABLE improvement_item ALTER COLUMN benefit_id DROP NOT NULL;
ALTER TABLE improvement_item ALTER COLUMN measure_id DROP NOT NULL;
ALTER TABLE improvement_item ADD CONSTRAINT improvement_item_status_check
    CHECK (measure_status IN ('PLANNED', 'IN_PROGRESS', 'DONE', 'CANCELLED'));
-- A measure of the line's own is a plain line of work: it names neither handover nor measure, or both.
ALTER TABLE improvement_item ADD CONSTRAINT improvement_item_origin_check
    CHECK ((handover_id IS NULL) = (measure_id IS NULL));
