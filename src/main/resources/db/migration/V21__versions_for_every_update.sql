-- Issue 13: every update and delete names the version it read, so that a stale write is refused (409) instead of
-- silently overwriting. These records had no version yet: network elements, baselines and an indicator's trajectory
-- (its target points are replaced as one, so the version sits on the indicator beside its own).
ALTER TABLE network_element ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE baseline ADD COLUMN version bigint NOT NULL DEFAULT 0;
ALTER TABLE indicator ADD COLUMN trajectory_version bigint NOT NULL DEFAULT 0;
