package no.gevinst.config.database;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Looks at the database every second: starts a dead embedded server again, and while the database is marked
 * down, probes it until it answers, so that Gevinst serves again within seconds without a restart. Against an
 * external database there is no embedded server in the context, so a node only probes: it never starts or restarts
 * a server, which the nodes sharing that database do not own. Each node watches its own pool, so this runs on each.
 */
@Component
class DatabaseWatch implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DatabaseWatch.class);
    private static final long PERIOD_MILLIS = 1000;

    private final DatabaseAvailability availability;
    private final DatabaseProbe probe;
    private final DatabaseConfiguration.@Nullable EmbeddedDatabase embedded;
    private @Nullable ScheduledExecutorService scheduler;

    DatabaseWatch(
            DatabaseAvailability availability,
            DatabaseProbe probe,
            ObjectProvider<DatabaseConfiguration.EmbeddedDatabase> embedded) {
        this.availability = availability;
        this.probe = probe;
        this.embedded = embedded.getIfAvailable();
    }

    void look() {
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

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name("database-watch").daemon().factory());
        scheduler.scheduleWithFixedDelay(this::look, PERIOD_MILLIS, PERIOD_MILLIS, TimeUnit.MILLISECONDS);
    }

    @Override
    public synchronized void stop() {
        if (scheduler != null) {
            scheduler.shutdownNow();
            scheduler = null;
        }
    }

    @Override
    public synchronized boolean isRunning() {
        return scheduler != null;
    }
}
