-- The hours one full-time person works in a year, per programme: what a staff group can at most save, so that two
-- time savings priced on the same staff group are not counted beyond the time it has (double-counting rule (e)).
-- 1 695 h = 37.5 h × 52 weeks (1 950 h) less five weeks' holiday (187.5 h) and about nine weekday public holidays
-- (67.5 h); a setting, since no national default exists.
ALTER TABLE valuation_settings
    ADD COLUMN working_hours_per_person numeric(8, 2) NOT NULL DEFAULT 1695 CHECK (working_hours_per_person > 0);
