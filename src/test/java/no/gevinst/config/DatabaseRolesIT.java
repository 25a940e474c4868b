package no.gevinst.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import no.gevinst.GevinstIntegrationTest;
import no.gevinst.config.database.DatabaseRoles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What Gevinst's own connections may do in the embedded database, tried through the application's DataSource. */
@GevinstIntegrationTest
class DatabaseRolesIT {

    @Autowired
    JdbcClient jdbc;

    @Autowired
    GevinstProperties properties;

    @Test
    void theEmbeddedServerKeepsPostgresDurableDefaults() {
        assertThat(show("fsync")).isEqualTo("on");
        assertThat(show("synchronous_commit")).isEqualTo("on");
        assertThat(show("full_page_writes")).isEqualTo("on");
    }

    @Test
    void gevinstConnectsAsAnOrdinaryRoleThatOwnsNothing() {
        assertThat(jdbc.sql("SELECT current_user").query(String.class).single()).isEqualTo(DatabaseRoles.APPLICATION);
        assertThat(jdbc.sql("SELECT rolsuper OR rolcreaterole OR rolcreatedb OR rolbypassrls FROM pg_roles"
                                + " WHERE rolname = current_user")
                        .query(Boolean.class)
                        .single())
                .isFalse();
        assertThat(jdbc.sql("SELECT count(*) FROM pg_tables WHERE schemaname = 'public' AND tableowner = current_user")
                        .query(Long.class)
                        .single())
                .isZero();
    }

    @Test
    void theApplicationCannotSwitchOffTheAuditLogsTriggers() {
        assertThatThrownBy(() ->
                        jdbc.sql("ALTER TABLE audit_log DISABLE TRIGGER ALL").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("must be owner of table audit_log");
    }

    @Test
    void theApplicationCannotSwitchOffTriggersThroughTheReplicationRole() {
        assertThatThrownBy(
                        () -> jdbc.sql("SET session_replication_role = replica").update())
                .isInstanceOf(DataAccessException.class)
                .rootCause()
                .hasMessageContaining("permission denied to set parameter \"session_replication_role\"");
    }

    @Test
    void theApplicationMayOnlyReadAndAppendToTheAuditLog() {
        jdbc.sql(
                        "INSERT INTO audit_log (actor, entity_type, entity_id, action) VALUES ('roles-it', 'roles-it', '1', 'create')")
                .update();
        assertThat(privileges("audit_log")).containsExactlyInAnyOrder("SELECT", "INSERT");
        for (String change : List.of(
                "UPDATE audit_log SET actor = 'forger' WHERE entity_type = 'roles-it'",
                "DELETE FROM audit_log WHERE entity_type = 'roles-it'",
                "TRUNCATE audit_log")) {
            assertThatThrownBy(() -> jdbc.sql(change).update())
                    .as(change)
                    .rootCause()
                    .hasMessageContaining("permission denied for table audit_log");
        }
        assertThat(jdbc.sql("SELECT actor FROM audit_log WHERE entity_type = 'roles-it'")
                        .query(String.class)
                        .list())
                .containsOnly("roles-it");
    }

    @Test
    void theApplicationMayReadAndWriteEveryOtherTableButNotTheMigrationHistory() {
        List<String> tables = jdbc.sql("SELECT tablename FROM pg_tables WHERE schemaname = 'public'"
                        + " AND tablename NOT IN ('audit_log', 'flyway_schema_history')")
                .query(String.class)
                .list();
        assertThat(tables).contains("spring_session", "spring_session_attributes", "measurement");
        for (String table : tables) {
            assertThat(privileges(table)).as(table).containsExactlyInAnyOrder("SELECT", "INSERT", "UPDATE", "DELETE");
        }
        assertThat(privileges("flyway_schema_history")).isEmpty();
    }

    @Test
    void theEmbeddedServerRequiresAPasswordKeptReadableOnlyByItsOwner() throws Exception {
        Path directory = properties.dataDir().resolve("pg");
        Path credentials = directory.resolve("gevinst-credentials.properties");
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(credentials)))
                .isEqualTo("rw-------");
        assertThat(Files.readString(directory.resolve("pg_hba.conf")))
                .contains("scram-sha-256")
                .doesNotContain("trust");
        String url = jdbc.sql("SELECT 'jdbc:postgresql://localhost:' || current_setting('port') || '/gevinst'")
                .query(String.class)
                .single();
        for (String role : List.of(DatabaseRoles.SUPERUSER, DatabaseRoles.OWNER, DatabaseRoles.APPLICATION)) {
            assertThatThrownBy(() -> DriverManager.getConnection(url, role, "").close())
                    .as(role)
                    .isInstanceOf(SQLException.class)
                    .hasMessageContaining("password");
        }
    }

    @Test
    void tablesThatLaterMigrationsCreateAreGrantedToTheApplicationAutomatically() throws Exception {
        Path directory = properties.dataDir().resolve("pg");
        var stored = new java.util.Properties();
        try (var reader = Files.newBufferedReader(directory.resolve("gevinst-credentials.properties"))) {
            stored.load(reader);
        }
        String url = jdbc.sql("SELECT 'jdbc:postgresql://localhost:' || current_setting('port') || '/gevinst'")
                .query(String.class)
                .single();
        try (var owner =
                DriverManager.getConnection(url, DatabaseRoles.OWNER, stored.getProperty(DatabaseRoles.OWNER))) {
            owner.setAutoCommit(false);
            try (var statement = owner.createStatement()) {
                statement.execute("CREATE TABLE roles_it_later (id bigint GENERATED ALWAYS AS IDENTITY, note text)");
                var granted = statement.executeQuery("SELECT has_table_privilege('gevinst_app', 'roles_it_later',"
                        + " 'SELECT, INSERT, UPDATE, DELETE'), has_table_privilege('gevinst_app', 'roles_it_later',"
                        + " 'TRUNCATE')");
                granted.next();
                assertThat(granted.getBoolean(1)).isTrue();
                assertThat(granted.getBoolean(2)).isFalse();
            } finally {
                owner.rollback();
            }
        }
    }

    private String show(String setting) {
        return jdbc.sql("SHOW " + setting).query(String.class).single();
    }

    private List<String> privileges(String table) {
        return List.of("SELECT", "INSERT", "UPDATE", "DELETE", "TRUNCATE", "REFERENCES", "TRIGGER").stream()
                .filter(privilege -> jdbc.sql("SELECT has_table_privilege(current_user, :table, :privilege)")
                        .param("table", "public." + table)
                        .param("privilege", privilege)
                        .query(Boolean.class)
                        .single())
                .toList();
    }
}
