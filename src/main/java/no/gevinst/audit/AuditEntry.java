package no.gevinst.audit;

import java.time.Instant;

/** One recorded change; before and after are the JSON of the record. */
public record AuditEntry(
        long id,
        Instant occurredAt,
        String actor,
        String entityType,
        String entityId,
        String action,
        String before,
        String after) {}
