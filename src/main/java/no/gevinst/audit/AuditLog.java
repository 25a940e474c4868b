package no.gevinst.audit;

import java.util.List;

/**
 * The one way writes are recorded. Call it inside the transaction of the write, so that the write and
 * its audit row are committed together or not at all.
 */
public interface AuditLog {

    /**
     * Records a change made by the current user.
     *
     * @param scope the programme (and organisation) the change concerns, so that its coordinators can read it
     * @param entityType the kind of record, e.g. {@code organisation}
     * @param entityId its id
     * @param action what was done, e.g. {@code create}
     * @param before the record before the change, or null when it was created
     * @param after the record after the change, or null when it was removed
     */
    void record(AuditScope scope, String entityType, Object entityId, String action, Object before, Object after);

    /** Records a change that concerns no programme: administrators alone read it. */
    default void record(String entityType, Object entityId, String action, Object before, Object after) {
        record(AuditScope.NONE, entityType, entityId, action, before, after);
    }

    /** The changes of one record, oldest first. */
    List<AuditEntry> history(String entityType, Object entityId);
}
