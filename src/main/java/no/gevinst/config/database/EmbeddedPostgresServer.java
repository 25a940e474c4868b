package no.gevinst.config.database;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One embedded PostgreSQL on one data directory. It keeps PostgreSQL's durable defaults, which the embedded
 * library turns off for speed, requires a password for every connection, stops a server left behind by a
 * Gevinst that was killed, and starts again on the same directory and port when its server dies, so the JDBC
 * URL handed out stays valid.
 */
public final class EmbeddedPostgresServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresServer.class);

    private final Path directory;
    private final int port;
    private final EmbeddedCredentials credentials;
    private EmbeddedPostgres postgres;
    private long postmasterPid;
    private boolean closed;

    private EmbeddedPostgresServer(Path directory, int port, EmbeddedCredentials credentials) {
        this.directory = directory;
        this.port = port;
        this.credentials = credentials;
    }

    /**
     * Starts a server on the directory, creating it on first use.
     *
     * @param port the port to listen on; 0 picks a free one, which is then kept for the server's lifetime
     * @param clean throw away what the directory holds first (tests only)
     */
    public static EmbeddedPostgresServer start(Path dataDirectory, int port, boolean clean) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(directory);
            LeftoverPostmaster.stopIfRunning(directory);
            if (clean) {
                deleteContents(directory);
            }
            EmbeddedCredentials credentials = credentialsFor(directory);
            EmbeddedPostgresServer server =
                    new EmbeddedPostgresServer(directory, port == 0 ? freePort() : port, credentials);
            server.run();
            if (!DatabaseRoles.isSecured(directory)) {
                DatabaseRoles.secure(directory, server.port, credentials);
            }
            log.info("Embedded PostgreSQL on port {} with data in {}", server.port, directory);
            return server;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + directory, e);
        }
    }

    /**
     * A new directory gets new passwords; one from before the roles (or whose conversion was interrupted) gets
     * them now, and until they are set only the local superuser may connect.
     */
    private static EmbeddedCredentials credentialsFor(Path directory) {
        if (!Files.exists(directory.resolve("postgresql.conf"))) {
            return EmbeddedCredentials.generate();
        }
        Optional<EmbeddedCredentials> stored = EmbeddedCredentials.read(directory);
        if (DatabaseRoles.isSecured(directory)) {
            return stored.orElseThrow(() -> new IllegalStateException("The embedded PostgreSQL in " + directory
                    + " requires passwords, but " + EmbeddedCredentials.FILE_NAME + " is missing"));
        }
        EmbeddedCredentials credentials = stored.orElseGet(EmbeddedCredentials::generate);
        credentials.write(directory);
        DatabaseRoles.allowOnlyLocalSuperuser(directory);
        return credentials;
    }

    public String jdbcUrl() {
        return DatabaseRoles.jdbcUrl(port, DatabaseRoles.DATABASE);
    }

    public EmbeddedCredentials credentials() {
        return credentials;
    }

    public Path directory() {
        return directory;
    }

    /** The server process, as long as it runs. */
    public synchronized Optional<ProcessHandle> postmaster() {
        return ProcessHandle.of(postmasterPid).filter(ProcessHandle::isAlive);
    }

    public boolean isRunning() {
        return postmaster().isPresent();
    }

    /** Starts the server again on the same directory and port if its process has died; answers whether it runs. */
    public synchronized boolean restartIfDead() {
        if (closed) {
            return false;
        }
        if (isRunning()) {
            return true;
        }
        log.warn("The embedded PostgreSQL (pid {}) is not running; starting it again on {}", postmasterPid, directory);
        closeQuietly();
        try {
            run();
            log.warn("The embedded PostgreSQL runs again (pid {})", postmasterPid);
            return true;
        } catch (IOException | RuntimeException e) {
            // The next look tries again: a failed start leaves nothing to close.
            log.warn("The embedded PostgreSQL did not start again yet: {}", e.getMessage());
            return false;
        }
    }

    @Override
    public synchronized void close() {
        closed = true;
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
            log.info("Embedded PostgreSQL stopped");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            postgres = null;
        }
    }

    private void run() throws IOException {
        // Leftover backends of a killed server keep its shared memory until they notice; the next start waits.
        LeftoverPostmaster.stopIfRunning(directory);
        postgres = EmbeddedPostgres.builder()
                .setDataDirectory(directory)
                .setCleanDataDirectory(false)
                .setRegisterShutdownHook(false)
                .setPort(port)
                .setPGStartupWait(Duration.ofSeconds(30))
                .setConnectConfig("password", credentials.superuser())
                .setDataDirectoryCustomizer(created -> {
                    if (!DatabaseRoles.isSecured(directory)) {
                        credentials.write(directory);
                        DatabaseRoles.allowOnlyLocalSuperuser(directory);
                    }
                })
                // PostgreSQL's durable settings, stated explicitly: zonky's own start options would trade them for
                // speed, and these come after them, so they win (DatabaseRolesIT reads them back with SHOW).
                // A benefits office's acknowledged writes must survive a crash.
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .setServerConfig("full_page_writes", "on")
                // After a crash, one syncfs of the file system instead of an fsync of every file: as safe, faster.
                .setServerConfig("recovery_init_sync_method", "syncfs")
                .setServerConfig("password_encryption", "scram-sha-256")
                .setServerConfig("timezone", "UTC")
                .setLocaleConfig("encoding", "UTF8")
                .start();
        postmasterPid = LeftoverPostmaster.pidOf(directory).orElse(-1L);
    }

    private void closeQuietly() {
        if (postgres == null) {
            return;
        }
        try {
            postgres.close();
        } catch (IOException | RuntimeException e) {
            log.debug("Closing the dead embedded PostgreSQL", e);
        } finally {
            postgres = null;
        }
    }

    private static void deleteContents(Path directory) throws IOException {
        try (var paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                if (!path.equals(directory)) {
                    Files.delete(path);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
