package no.gevinst.config.database;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.springframework.context.SmartLifecycle;

/**
 * Work a node does on its own thread at a fixed delay while the application runs: started with the context and
 * stopped before the database is, so that a shutdown never finds it half-way through a look at a closed pool.
 */
abstract class EverySoOften implements SmartLifecycle {

    private final String threadName;
    private final Duration delay;
    private @Nullable ScheduledExecutorService scheduler;

    EverySoOften(String threadName, Duration delay) {
        this.threadName = threadName;
        this.delay = delay;
    }

    /** One turn of the work; it must catch what it can recover from, since a thrown exception ends the schedule. */
    abstract void turn();

    @Override
    public synchronized void start() {
        scheduler = Executors.newSingleThreadScheduledExecutor(
                Thread.ofPlatform().name(threadName).daemon().factory());
        scheduler.scheduleWithFixedDelay(this::turn, delay.toMillis(), delay.toMillis(), TimeUnit.MILLISECONDS);
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
