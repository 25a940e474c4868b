package no.gevinst.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import no.gevinst.config.database.DatabaseRoles;
import no.gevinst.config.database.EmbeddedPostgresServer;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A Gevinst killed with SIGKILL leaves its embedded PostgreSQL running; the next start on the same data directory
 * finds it, shuts it down cleanly and starts, the first time, with the data the killed one wrote.
 */
class LeftoverServerIT {

    private static final String NAME = "leftover-server-it";

    @Test
    void aStartAfterAKilledGevinstStopsTheLeftoverServerAndSucceedsTheFirstTime() throws Exception {
        Path directory = SeparateGevinst.postgresDirectory(NAME);
        Path output = Path.of("target", NAME + ".log");
        Process abandoned = new ProcessBuilder(
                        ProcessHandle.current().info().command().orElseThrow(),
                        "-cp",
                        System.getProperty("java.class.path"),
                        AbandonedGevinst.class.getName(),
                        directory.toString())
                .redirectErrorStream(true)
                .redirectOutput(output.toFile())
                .start();
        try {
            Awaitility.await("the abandoned Gevinst's server runs")
                    .atMost(Duration.ofSeconds(120))
                    .pollInterval(Duration.ofMillis(50))
                    .until(() -> ready(output));
        } finally {
            abandoned.destroyForcibly();
        }
        assertThat(abandoned.waitFor(30, TimeUnit.SECONDS)).isTrue();
        ProcessHandle leftover = SeparateGevinst.postmaster(NAME);
        assertThat(leftover.isAlive())
                .as("the killed Gevinst's server outlives it")
                .isTrue();

        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory, 0, false)) {
            assertThat(leftover.isAlive()).isFalse();
            assertThat(server.postmaster())
                    .hasValueSatisfying(p -> assertThat(p.pid()).isNotEqualTo(leftover.pid()));
            try (var owner = DriverManager.getConnection(
                            server.jdbcUrl(),
                            DatabaseRoles.OWNER,
                            server.credentials().owner());
                    var rows = owner.createStatement().executeQuery("SELECT note FROM remembered")) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getString(1)).isEqualTo("written before the crash");
            }
        }
    }

    private static boolean ready(Path output) {
        try {
            return Files.exists(output) && Files.readString(output).contains(AbandonedGevinst.READY);
        } catch (java.io.IOException e) {
            return false;
        }
    }
}
