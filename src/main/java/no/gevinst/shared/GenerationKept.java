package no.gevinst.shared;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Values kept in memory, by key, for the data generation they were read at ({@link DataGeneration}): what every page
 * reads again although nothing was written since (the programmes, the names a register shows, its counts per status)
 * is read once per generation on each node instead. A value is read after the generation, so it is never older than
 * the generation it is kept under; any commit moves the generation and retires every kept value. Only a reader that
 * cannot see uncommitted rows keeps or is served one: a read-only transaction, or no transaction at all (each
 * statement then sees only what is committed). A writer's own uncommitted rows must never reach another reader, and
 * a writer must see them, so a read-write transaction always reads afresh.
 *
 * @param <K> what a value is kept under; it must hold everything the value depends on besides the data (the user's
 *     visible programmes, a filter)
 */
public final class GenerationKept<K, V> {

    private final DataGeneration generations;
    private final int limit;
    private volatile Kept<K, V> kept = new Kept<>(Long.MIN_VALUE, new ConcurrentHashMap<>());

    /**
     * @param limit values kept per generation at most, so that what users type or choose cannot fill the heap; a value
     *     beyond it is read and served, not kept
     */
    public GenerationKept(DataGeneration generations, int limit) {
        this.generations = generations;
        this.limit = limit;
    }

    private record Kept<K, V>(long generation, Map<K, V> byKey) {}

    /** The value kept under the key for the generation now, or the reader's, kept when it may be. */
    public V get(K key, Supplier<V> read) {
        return get(now -> key, read);
    }

    /**
     * As {@link #get(Object, Supplier)}, with a key made from the generation's reading: a value whose SQL compares
     * with {@code current_date} puts the database's date in its key, since the date moves without any write.
     */
    public V get(Function<DataGeneration.Now, K> key, Supplier<V> read) {
        Reading reading = begin();
        return reading.now == null ? read.get() : reading.get(key.apply(reading.now), read);
    }

    /**
     * The generation read now, for a caller that reads what the value is made from itself before asking for it
     * ({@link Reading#get}): those reads must come after the generation's, or a value made from older rows could be
     * kept under a newer generation.
     */
    public Reading begin() {
        return new Reading(mayKeep() ? generations.now() : null);
    }

    /** One reading of the generation, and the values kept for it. */
    public final class Reading {

        private final DataGeneration.Now now;

        private Reading(DataGeneration.Now now) {
            this.now = now;
        }

        /** The value kept under the key for this reading's generation, or the reader's, kept when it may be. */
        public V get(K key, Supplier<V> read) {
            if (now == null) {
                return read.get();
            }
            Kept<K, V> current = kept;
            if (now.generation() > current.generation()) {
                current = new Kept<>(now.generation(), new ConcurrentHashMap<>());
                kept = current;
            } else if (now.generation() < current.generation()) {
                return read.get(); // this reader saw an older generation than another: keep nothing for it
            }
            V value = current.byKey().get(key);
            if (value == null) {
                value = read.get();
                if (current.byKey().size() < limit) {
                    current.byKey().put(key, value);
                }
            }
            return value;
        }
    }

    /** Whether this reader sees only committed rows: no transaction, or a read-only one. */
    private static boolean mayKeep() {
        return !TransactionSynchronizationManager.isActualTransactionActive()
                || TransactionSynchronizationManager.isCurrentTransactionReadOnly();
    }
}
