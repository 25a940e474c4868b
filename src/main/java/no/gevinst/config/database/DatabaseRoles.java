package no.gevinst.config.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The embedded server's roles: the superuser {@code postgres} only administers, {@code gevinst_owner} owns the
 * schema and runs the migrations, {@code gevinst_app} is what Gevinst works as (its rights are granted by the
 * migration {@code V17__database_roles.sql}). A data directory from before the roles existed is converted in
 * place: its database is renamed, nothing is copied, so nothing acknowledged can be lost.
 */
public final class DatabaseRoles {

    public static final String SUPERUSER = "postgres";
    public static final String OWNER = "gevinst_owner";
    public static final String APPLICATION = "gevinst_app";
    public static final String DATABASE = "gevinst";

    /** The first line of a pg_hba.conf that Gevinst has secured; before it, every step below may be repeated. */
    static final String SECURED_MARKER = "# Gevinst: every connection needs a password (SCRAM)";

    private static final Logger log = LoggerFactory.getLogger(DatabaseRoles.class);
    private static final Pattern SAFE_PASSWORD = Pattern.compile("[A-Za-z0-9_-]{16,}");

    private DatabaseRoles() {}

    static boolean isSecured(Path dataDirectory) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        try {
            return Files.isRegularFile(hba) && Files.readString(hba).startsWith(SECURED_MARKER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Until the roles have passwords, only the superuser may connect, and only from this machine: the brief
     * window of a first start or a conversion.
     */
    static void allowOnlyLocalSuperuser(Path dataDirectory) {
        writeHba(dataDirectory, """
                # Gevinst is setting up its roles; this file is replaced when it is done.
                host all %1$s 127.0.0.1/32 trust
                host all %1$s ::1/128 trust
                """.formatted(SUPERUSER));
    }

    /** Creates or converts the roles and the database, then requires a password for every connection. */
    static void secure(Path dataDirectory, int port, EmbeddedCredentials credentials) {
        try {
            try (Connection postgres = connect(port, "postgres", credentials.superuser())) {
                setPassword(postgres, SUPERUSER, credentials.superuser(), false);
                setPassword(postgres, OWNER, credentials.owner(), true);
                setPassword(postgres, APPLICATION, credentials.application(), true);
                if (!exists(postgres, "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")
                        && !exists(
                                postgres, "SELECT 1 WHERE to_regclass('public.flyway_schema_history') IS NOT NULL")) {
                    execute(postgres, "CREATE DATABASE " + DATABASE + " OWNER " + OWNER);
                }
            }
            try (Connection template = connect(port, "template1", credentials.superuser())) {
                if (!exists(template, "SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                    log.info(
                            "Converting the embedded database from before the Gevinst roles: renaming it, copying nothing");
                    execute(template, "ALTER DATABASE postgres RENAME TO " + DATABASE);
                    execute(template, "CREATE DATABASE postgres");
                }
                execute(template, "ALTER DATABASE " + DATABASE + " OWNER TO " + OWNER);
                execute(template, "REVOKE ALL ON DATABASE " + DATABASE + " FROM PUBLIC");
                execute(template, "GRANT CONNECT, TEMPORARY ON DATABASE " + DATABASE + " TO " + APPLICATION);
            }
            try (Connection gevinst = connect(port, DATABASE, credentials.superuser())) {
                execute(gevinst, HAND_OVER_TO_OWNER);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not set up the embedded PostgreSQL's roles", e);
        }
        writeHba(dataDirectory, SECURED_MARKER + "\n" + """
                        local all all scram-sha-256
                        host all all 127.0.0.1/32 scram-sha-256
                        host all all ::1/128 scram-sha-256
                        """);
        reloadConfiguration(port, credentials);
    }

    /** Objects made by migrations that ran as the superuser become the owner role's; the system's stay put. */
    private static final String HAND_OVER_TO_OWNER = """
            DO $$
            DECLARE
                object record;
            BEGIN
                FOR object IN
                    SELECT c.relname, CASE c.relkind WHEN 'v' THEN 'VIEW' WHEN 'm' THEN 'MATERIALIZED VIEW'
                                                     WHEN 'S' THEN 'SEQUENCE' ELSE 'TABLE' END AS kind
                    FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                    WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm', 'S')
                      AND pg_get_userbyid(c.relowner) = 'postgres'
                      AND NOT EXISTS (SELECT 1 FROM pg_depend d
                                      WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid
                                        AND d.deptype IN ('a', 'i'))
                LOOP
                    EXECUTE format('ALTER %s public.%I OWNER TO gevinst_owner', object.kind, object.relname);
                END LOOP;
                FOR object IN
                    SELECT p.oid::regprocedure AS signature
                    FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
                    WHERE n.nspname = 'public' AND pg_get_userbyid(p.proowner) = 'postgres'
                LOOP
                    EXECUTE format('ALTER ROUTINE %s OWNER TO gevinst_owner', object.signature);
                END LOOP;
            END
            $$
            """;

    private static void setPassword(Connection connection, String role, String password, boolean create)
            throws SQLException {
        if (!SAFE_PASSWORD.matcher(password).matches()) {
            throw new IllegalStateException("The stored password of " + role + " has an unexpected form");
        }
        if (create && !exists(connection, "SELECT 1 FROM pg_roles WHERE rolname = '" + role + "'")) {
            execute(connection, "CREATE ROLE " + role + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE");
        }
        execute(connection, "ALTER ROLE " + role + " PASSWORD '" + password + "'");
    }

    private static void reloadConfiguration(int port, EmbeddedCredentials credentials) {
        try (Connection connection = connect(port, "postgres", credentials.superuser())) {
            execute(connection, "SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not reload the embedded PostgreSQL's configuration", e);
        }
    }

    private static void writeHba(Path dataDirectory, String content) {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        Path temporary = dataDirectory.resolve("pg_hba.conf.new");
        try {
            Files.writeString(temporary, content);
            Files.move(temporary, hba, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write " + hba, e);
        }
    }

    static Connection connect(int port, String database, String password) throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", SUPERUSER);
        properties.setProperty("password", password);
        return DriverManager.getConnection(jdbcUrl(port, database), properties);
    }

    static String jdbcUrl(int port, String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    private static boolean exists(Connection connection, String query) throws SQLException {
        try (Statement statement = connection.createStatement();
                var result = statement.executeQuery(query)) {
            return result.next();
        }
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
