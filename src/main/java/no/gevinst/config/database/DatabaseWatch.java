package no.gevinst.config.database;

import java.time.Duration;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Looks at the database every second: starts a dead embedded server again, and while the database is marked
 * down, probes it until it answers, so that Gevinst serves again within seconds without a restart. Against an
 * external database there is no embedded server in the context, so a node only probes: it never starts or restarts
 * a server, which the nodes sharing that database do not own. Each node watches its own pool, so this runs on each.
 */
@Component
class DatabaseWatch extends EverySoOften {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWatch.class);

    private final DatabaseAvailability availability;
    private final DatabaseProbe probe;
    private final DatabaseConfiguration.@Nullable EmbeddedDatabase embedded;

    DatabaseWatch(
            DatabaseAvailability availability,
            DatabaseProbe probe,
            ObjectProvider<DatabaseConfiguration.EmbeddedDatabase> embedded) {
        super("database-watch", Duration.ofSeconds(1));
        this.availability = availability;
        this.probe = probe;
        this.embedded = embedded.getIfAvailable();
    }

    @Override
    void turn() {
        try {
            if (!embeddedServerRuns()) {
                return;
            }
            if (!availability.isUp() && !probe.reachable()) {
                // The probe waits for the pool; the server may have died meanwhile.
                embeddedServerRuns();
            }
        } catch (RuntimeException e) {
            log.warn("Looking at the database failed", e);
        }
    }

    /** Starts a dead embedded server again; answers whether a database may be there. */
    private boolean embeddedServerRuns() {
        if (embedded == null || embedded.server().isRunning()) {
            return true;
        }
        availability.markDown(new IllegalStateException("the embedded PostgreSQL has died"));
        return embedded.server().restartIfDead();
    }
}
