package no.gevinst.audit;

import java.time.Instant;
import java.util.List;

/**
 * One recorded change; before and after are the JSON of the record, and {@code changedFields} names the
 * top-level fields whose values differ between them (all of them for a creation).
 */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String entityType,
        String entityId,
        String action,
        String before,
        String after,
        List<String> changedFields) {

    public AuditEntry {
        changedFields = List.copyOf(changedFields);
    }
}
