package no.gevinst.config.database;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.SpringApplication;

/**
 * The embedded servers of this JVM, one per data directory. Test runs start several Spring contexts on one
 * directory; counting the users lets them share its server, which stops when the last context closes. When the
 * JVM is asked to stop, whatever still runs is stopped after every context has closed.
 */
final class EmbeddedPostgresServers {

    private static final Map<Path, Shared> servers = new HashMap<>();

    static {
        SpringApplication.getShutdownHandlers().add(EmbeddedPostgresServers::stopAll);
    }

    private EmbeddedPostgresServers() {}

    static synchronized EmbeddedPostgresServer acquire(Path dataDirectory, int port, boolean clean) {
        Path directory = dataDirectory.toAbsolutePath().normalize();
        Shared shared =
                servers.computeIfAbsent(directory, key -> new Shared(EmbeddedPostgresServer.start(key, port, clean)));
        shared.users++;
        return shared.server;
    }

    static synchronized void release(EmbeddedPostgresServer server) {
        Shared shared = servers.get(server.directory());
        if (shared == null || --shared.users > 0) {
            return;
        }
        servers.remove(server.directory());
        server.close();
    }

    private static void stopAll() {
        List<EmbeddedPostgresServer> running;
        synchronized (EmbeddedPostgresServers.class) {
            running = servers.values().stream().map(shared -> shared.server).toList();
            servers.clear();
        }
        running.forEach(EmbeddedPostgresServer::close);
    }

    private static final class Shared {
        private final EmbeddedPostgresServer server;
        private int users;

        private Shared(EmbeddedPostgresServer server) {
            this.server = server;
        }
    }
}
