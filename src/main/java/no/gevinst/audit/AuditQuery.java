package no.gevinst.audit;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import no.gevinst.shared.ProgrammeId;

/**
 * A search of the audit log, as checked at the edge; null filters nothing. Entries come newest first, {@code size}
 * at a time, and {@code after} continues behind the entry of that id (keyset paging, so that a deep page costs no
 * more than the first).
 *
 * @param actor a user name or part of a person's full name
 * @param from the first day (in Europe/Oslo) of the span
 * @param to the last day (in Europe/Oslo) of the span, included
 */
public record AuditQuery(
        String actor,
        String entityType,
        String entityId,
        String action,
        ProgrammeId programme,
        LocalDate from,
        LocalDate to,
        Long after,
        int size) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public AuditQuery {
        if (size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("size " + size);
        }
    }

    /** Everything, newest first. */
    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, null, null, DEFAULT_SIZE);
    }

    /** The same search from its first page. */
    public AuditQuery fromStart() {
        return new AuditQuery(actor, entityType, entityId, action, programme, from, to, null, size);
    }

    /** The same search continued behind the entry. */
    public AuditQuery after(long id) {
        return new AuditQuery(actor, entityType, entityId, action, programme, from, to, id, size);
    }

    /** The filters that are set, by their parameter names: what the audit log records of a read of itself. */
    public Map<String, Object> filters() {
        Map<String, Object> set = new LinkedHashMap<>();
        put(set, "actor", actor);
        put(set, "entityType", entityType);
        put(set, "entityId", entityId);
        put(set, "action", action);
        put(set, "programme", programme);
        put(set, "from", from);
        put(set, "to", to);
        put(set, "after", after);
        set.put("size", size);
        return set;
    }

    private static void put(Map<String, Object> set, String name, Object value) {
        if (value != null) {
            set.put(name, value.toString());
        }
    }
}
