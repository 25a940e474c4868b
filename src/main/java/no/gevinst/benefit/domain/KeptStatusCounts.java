package no.gevinst.benefit.domain;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.shared.DataGeneration;
import no.gevinst.shared.GenerationKept;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The register's counts per status, kept for the database's current generation ({@link DataGeneration}). Counting
 * them scans every benefit the user may see (20 000 in a region) on every register page; with nothing written since,
 * the answer is the same. A count is kept under its filter's SQL and every parameter, the programmes the user may see
 * among them, so one user's counts are never shown to another with other rights. A count is computed after the
 * generation was read, so it is never older than the generation it is kept under; any commit moves the generation and
 * retires every kept count. Only a read-only transaction keeps or serves one: a writer's own uncommitted rows must
 * never reach another reader, and a writer must see them. The database's date is part of the key, since a filter
 * on stale indicators counts against {@code current_date}, which moves without any write.
 */
@Component
class KeptStatusCounts {

    /** Filters kept per generation: enough for every user's usual register views, bounded whatever they type. */
    static final int LIMIT = 512;

    private final GenerationKept<String, Map<BenefitStatus, Long>> kept;

    KeptStatusCounts(DataGeneration generations) {
        this.kept = new GenerationKept<>(generations, LIMIT);
    }

    Map<BenefitStatus, Long> counts(RegisterFilter filter, Supplier<Map<BenefitStatus, Long>> count) {
        if (!TransactionSynchronizationManager.isCurrentTransactionReadOnly()) {
            return count.get();
        }
        // The date is part of the key: a filter on stale indicators counts against current_date.
        return new EnumMap<>(kept.get(now -> now.today() + key(filter), () -> new EnumMap<>(count.get())));
    }

    /** The filter's SQL and its parameters by name, arrays by content. */
    private static String key(RegisterFilter filter) {
        StringBuilder key = new StringBuilder(filter.where());
        new TreeMap<>(filter.params())
                .forEach((name, value) -> key.append('\u0000')
                        .append(name)
                        .append('=')
                        .append(value instanceof Object[] array ? Arrays.deepToString(array) : String.valueOf(value)));
        return key.toString();
    }
}
