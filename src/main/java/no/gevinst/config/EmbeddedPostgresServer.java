package no.gevinst.config;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL per JVM, shared by every application context in it. Test runs start several
 * Spring contexts; counting the users lets them share one server, which stops when the last context
 * closes.
 */
final class EmbeddedPostgresServer {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);
    static final String USER = "postgres";
    private static EmbeddedPostgres server;
    private static Path serverDirectory;
    private static int users;

    private EmbeddedPostgresServer() {}

    /** Starts the server on first use and answers the JDBC URL of its database. */
    static synchronized String acquire(Path dataDirectory, int port, boolean clean) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        if (server == null) {
            server = start(directory, port, clean);
            serverDirectory = directory;
        } else if (!serverDirectory.equals(directory)) {
            throw new IllegalStateException("An embedded PostgreSQL already runs on " + serverDirectory);
        }
        users++;
        return server.getJdbcUrl(USER, "postgres");
    }

    static synchronized void release() {
        if (--users > 0 || server == null) {
            return;
        }
        try {
            server.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            server = null;
        }
    }

    private static EmbeddedPostgres start(Path directory, int port, boolean clean) {
        try {
            Files.createDirectories(directory);
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(clean)
                    .setPort(port)
                    .setServerConfig("timezone", "UTC")
                    .setLocaleConfig("encoding", "UTF8")
                    .start();
            log.info("Embedded PostgreSQL on port {} with data in {}", postgres.getPort(), directory);
            return postgres;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }
}
