-- Issue 17: the language a person chose (nb bokmål, nn nynorsk, en English), kept with the account so that it follows
-- them to their next sign-in and to other devices. Null until they choose; they then read bokmål, the default.
--
-- The dashboard never shows it: app_user's dashboard_touched trigger (V26) fires only on updates OF username,
-- display_name, enabled, kind and email, so choosing a language does not move the dashboard generation, and no
-- table is added (DashboardCacheIT's list of tables never shown stays as it is).
ALTER TABLE app_user ADD COLUMN language text CHECK (language IN ('nb', 'nn', 'en'));
