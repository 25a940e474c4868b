package no.gevinst.config.database;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicReference;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Whether the database can be reached, as last seen. It is marked down the moment a connection cannot be had,
 * so that requests are answered "unavailable" at once instead of each waiting for the pool, and up again by
 * {@link DatabaseWatch} once a probe gets through.
 */
@Component
public class DatabaseAvailability {

    private static final Logger log = LoggerFactory.getLogger(DatabaseAvailability.class);

    /** Since when the database has been gone; null while it is there. */
    private final AtomicReference<@Nullable Instant> downSince = new AtomicReference<>();

    /** Whether the request on this thread has met the outage, even if the database came back since. */
    private final ThreadLocal<Boolean> lostOnThisThread = ThreadLocal.withInitial(() -> false);

    public boolean isUp() {
        return downSince.get() == null;
    }

    public void markDown(Throwable cause) {
        lostOnThisThread.set(true);
        if (downSince.compareAndSet(null, Instant.now())) {
            log.error("The database cannot be reached; answering 503 until it is back: {}", cause.toString());
        }
    }

    boolean lostOnThisThread() {
        return lostOnThisThread.get();
    }

    void forgetThisThread() {
        lostOnThisThread.remove();
    }

    void markUp() {
        Instant since = downSince.getAndSet(null);
        if (since != null) {
            log.warn(
                    "The database is back after {} ms",
                    Duration.between(since, Instant.now()).toMillis());
        }
    }
}
