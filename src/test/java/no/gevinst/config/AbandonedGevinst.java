package no.gevinst.config;

import java.nio.file.Path;
import java.sql.DriverManager;
import no.gevinst.config.database.DatabaseRoles;
import no.gevinst.config.database.EmbeddedPostgresServer;

/**
 * Run in a JVM of its own by {@link LeftoverServerIT}: starts the embedded PostgreSQL on a directory, stores one
 * row, says READY and waits to be killed, leaving its server behind as a crashed Gevinst would.
 */
public final class AbandonedGevinst {

    static final String READY = "READY";

    private AbandonedGevinst() {}

    public static void main(String[] args) throws Exception {
        EmbeddedPostgresServer server = EmbeddedPostgresServer.start(Path.of(args[0]), 0, true);
        try (var owner = DriverManager.getConnection(
                        server.jdbcUrl(),
                        DatabaseRoles.OWNER,
                        server.credentials().owner());
                var sql = owner.createStatement()) {
            sql.execute("CREATE TABLE remembered (note text)");
            sql.execute("INSERT INTO remembered VALUES ('written before the crash')");
        }
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
