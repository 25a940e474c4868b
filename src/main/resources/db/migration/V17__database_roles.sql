-- Gevinst works as an ordinary role (${appRole}); the schema belongs to the role that runs the migrations.
-- The application role may read and write every table but the audit log, which it may only read and append to,
-- and never the migrations' own history. It owns nothing, so it can neither alter a table nor switch off the
-- audit log's triggers; being no superuser, it cannot set session_replication_role either.
DO $$
DECLARE
    t record;
BEGIN
    FOR t IN SELECT tablename FROM pg_tables
             WHERE schemaname = 'public' AND tablename NOT IN ('audit_log', 'flyway_schema_history')
    LOOP
        EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE public.%I TO %I', t.tablename, '${appRole}');
    END LOOP;
END
$$;

GRANT SELECT, INSERT ON audit_log TO "${appRole}";
GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO "${appRole}";

-- Tables and sequences that later migrations create get the same rights without each having to say so.
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO "${appRole}";
ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO "${appRole}";
