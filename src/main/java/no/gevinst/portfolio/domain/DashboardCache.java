package no.gevinst.portfolio.domain;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;

/**
 * Dashboards this node has computed, kept under what was asked, for whom and at which {@link DashboardGeneration}:
 * a later write moves the generation on, so what is kept is never served for data it was not computed from. Bounded
 * (least recently used out first); users asking the same at once wait for one computation instead of each running it,
 * and wait holding no database connection.
 */
@Component
class DashboardCache {

    /** Enough for every programme's dashboard of a few dozen users; a region's dashboard is some hundred kB. */
    static final int KEPT = 48;

    /**
     * @param asked what was asked (the programme and the day, say)
     * @param scope whose rights it was computed under: nothing computed for one user is served to another
     * @param generation the data it was computed from
     */
    record Key(Object asked, Object scope, long generation) {}

    /** A computed value and the generation of the data it was computed from. */
    record Generated<T>(long generation, T value) {}

    private final Map<Key, Object> kept = new LinkedHashMap<>(KEPT * 2, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Object> eldest) {
            return size() > KEPT;
        }
    };

    private final Map<Key, CompletableFuture<Object>> underway = new ConcurrentHashMap<>();

    /**
     * How many dashboards this node computes at once. Each holds a pooled connection for as long as it takes (a second
     * at the size of a region); many users whose kept dashboards a write retired would otherwise take the whole pool
     * from every other page. The rest wait here, before their transaction starts, holding no connection.
     */
    static final int COMPUTED_AT_ONCE = 2;

    private final Semaphore computing = new Semaphore(COMPUTED_AT_ONCE, true);

    /**
     * What is kept under the key, or what {@code compute} gives, kept under the generation it read (which may be
     * newer than the key's: a reader who saw the older one may be given newer figures, never older).
     */
    @SuppressWarnings("unchecked")
    <T> T get(Key key, Supplier<Generated<T>> compute) {
        Object found = lookUp(key);
        if (found != null) {
            return (T) found;
        }
        CompletableFuture<Object> mine = new CompletableFuture<>();
        CompletableFuture<Object> running = underway.putIfAbsent(key, mine);
        if (running != null) {
            return (T) awaited(running);
        }
        try {
            // Kept by a computation that finished between the look-up above and taking its place: use it.
            Object kept = lookUp(key);
            if (kept != null) {
                mine.complete(kept);
                return (T) kept;
            }
            Generated<T> computed = limited(compute);
            keep(new Key(key.asked(), key.scope(), computed.generation()), computed.value());
            mine.complete(computed.value());
            return computed.value();
        } catch (RuntimeException | Error e) {
            mine.completeExceptionally(e);
            throw e;
        } finally {
            underway.remove(key, mine);
        }
    }

    private <T> Generated<T> limited(Supplier<Generated<T>> compute) {
        computing.acquireUninterruptibly();
        try {
            return compute.get();
        } finally {
            computing.release();
        }
    }

    private synchronized Object lookUp(Key key) {
        return kept.get(key);
    }

    private synchronized void keep(Key key, Object value) {
        kept.put(key, value);
    }

    /** The other computation's result, or its exception as it was thrown there (a programme not found, say). */
    private static Object awaited(CompletableFuture<Object> running) {
        try {
            return running.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw e;
        }
    }
}
