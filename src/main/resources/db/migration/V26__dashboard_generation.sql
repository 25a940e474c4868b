-- Issue 15: a number that changes with every committed write the portfolio dashboard can show, so that a node may
-- keep a dashboard it has computed and serve it again for as long as the number stays the same. It lives in the
-- database because every node shares the data: a write through one node must retire what the other keeps.
--
-- Read first in a reader's transaction, it is never ahead of the data the reader then sees: the number and the
-- writes that moved it become visible together, at the writer's commit. A sequence would not do: it hands a number
-- to a writer that has not committed yet, and a reader would take that number for data it cannot see.
CREATE TABLE dashboard_generation (
    only_row   boolean PRIMARY KEY DEFAULT true CHECK (only_row),
    generation bigint  NOT NULL
);
INSERT INTO dashboard_generation (only_row, generation) VALUES (true, 0);

-- One row for each writing transaction between its first write and its commit: the deferred trigger below needs a row
-- to fire on, and deletes it again.
CREATE TABLE dashboard_change (
    tx bigint PRIMARY KEY
);

-- Run after each statement on a table the dashboard reads (triggers below). The first in a transaction queues the
-- bump for the commit; the transaction-local setting makes the rest cost a comparison. A rolled-back savepoint
-- forgets both the setting and the row, so what it undid bumps nothing.
CREATE FUNCTION dashboard_touched() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    IF current_setting('gevinst.dashboard_touched', true) IS DISTINCT FROM 'on' THEN
        PERFORM set_config('gevinst.dashboard_touched', 'on', true);
        INSERT INTO dashboard_change (tx) VALUES (txid_current()) ON CONFLICT DO NOTHING;
    END IF;
    RETURN NULL;
END
$$;

-- At commit, once per writing transaction. Taking the row lock only at commit means a long import does not make
-- every other writer wait for it to finish, and no writer takes the lock before locks on the data (no deadlock).
CREATE FUNCTION dashboard_generation_bump() RETURNS trigger
    LANGUAGE plpgsql AS $$
BEGIN
    UPDATE dashboard_generation SET generation = generation + 1;
    DELETE FROM dashboard_change WHERE tx = NEW.tx;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER dashboard_generation_at_commit AFTER INSERT ON dashboard_change
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION dashboard_generation_bump();

-- Every table but those the dashboard never reads: sessions, the audit log, sign-in bookkeeping, scheduling, import
-- jobs, API tokens (their last use is written on every call), identities, and these two. A user's rights are part of
-- the cache's key; role_assignment bumps all the same. app_user bumps for what a page could show, not for a sign-in.
-- DashboardGenerationIT fails on a table added later that is in neither list.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables
             WHERE schemaname = 'public'
               AND tablename NOT IN ('flyway_schema_history', 'spring_session', 'spring_session_attributes',
                                     'audit_log', 'login_throttle', 'periodic_task', 'import_job', 'api_token',
                                     'api_token_scope', 'user_identity', 'app_user', 'dashboard_generation',
                                     'dashboard_change')
    LOOP
        EXECUTE format('CREATE TRIGGER dashboard_touched AFTER INSERT OR UPDATE OR DELETE ON public.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched()', t.tablename);
        EXECUTE format('CREATE TRIGGER dashboard_touched_truncate AFTER TRUNCATE ON public.%I'
                       ' FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched()', t.tablename);
    END LOOP;
END
$$;

CREATE TRIGGER dashboard_touched AFTER INSERT OR DELETE OR UPDATE OF username, display_name, enabled, kind, email
    ON app_user FOR EACH STATEMENT EXECUTE FUNCTION dashboard_touched();
