package no.gevinst.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import no.gevinst.config.database.DatabaseRoles;
import no.gevinst.config.database.EmbeddedPostgresServer;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * A data directory from before the roles (superuser {@code postgres}, no passwords, tables owned by the superuser
 * in the database {@code postgres}) still starts: it is converted in place and keeps every row.
 */
class LegacyDataDirectoryIT {

    private static final String NAME = "legacy-data-directory-it";

    @Test
    void aDataDirectoryFromBeforeTheRolesIsConvertedAndKeepsItsData() throws Exception {
        Path directory = SeparateGevinst.postgresDirectory(NAME);
        FileSystemUtils.deleteRecursively(directory);
        writeTheOldWay(directory);

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, 0, false)) {
            var migrated = Flyway.configure()
                    .dataSource(
                            server.jdbcUrl(),
                            DatabaseRoles.OWNER,
                            server.credentials().owner())
                    .locations("classpath:db/migration")
                    .placeholders(Map.of("appRole", DatabaseRoles.APPLICATION))
                    .load()
                    .migrate();
            assertThat(migrated.migrationsExecuted).isPositive();
            try (Connection app = DriverManager.getConnection(
                    server.jdbcUrl(),
                    DatabaseRoles.APPLICATION,
                    server.credentials().application())) {
                assertThat(single(app, "SELECT actor FROM audit_log WHERE entity_type = 'legacy'"))
                        .isEqualTo("written before the roles");
                assertThat(single(app, "SELECT tableowner FROM pg_tables WHERE tablename = 'audit_log'"))
                        .isEqualTo(DatabaseRoles.OWNER);
                assertThat(
                                single(
                                        app,
                                        "SELECT proowner::regrole::text FROM pg_proc WHERE proname = 'audit_log_refuse_change'"))
                        .isEqualTo(DatabaseRoles.OWNER);
                assertThatThrownBy(() -> app.createStatement().execute("UPDATE audit_log SET actor = 'forger'"))
                        .hasMessageContaining("permission denied");
                assertThatThrownBy(() -> app.createStatement().execute("ALTER TABLE audit_log DISABLE TRIGGER ALL"))
                        .hasMessageContaining("must be owner");
            }
            assertThatThrownBy(() -> DriverManager.getConnection(server.jdbcUrl(), DatabaseRoles.SUPERUSER, "")
                            .close())
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
        }
    }

    /** As Gevinst did before: migrations and writes as the superuser in the database postgres, trusting everyone. */
    private static void writeTheOldWay(Path directory) throws Exception {
        try (EmbeddedPostgres old = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .start()) {
            Flyway.configure()
                    .dataSource(old.getPostgresDatabase())
                    .locations("classpath:db/migration")
                    .target("16")
                    .load()
                    .migrate();
            try (Connection postgres = old.getPostgresDatabase().getConnection()) {
                postgres.createStatement()
                        .execute("INSERT INTO audit_log (actor, entity_type, entity_id, action)"
                                + " VALUES ('written before the roles', 'legacy', '1', 'create')");
            }
        }
    }

    private static String single(Connection connection, String query) throws SQLException {
        try (var rows = connection.createStatement().executeQuery(query)) {
            assertThat(rows.next()).as(query).isTrue();
            return rows.getString(1);
        }
    }
}
