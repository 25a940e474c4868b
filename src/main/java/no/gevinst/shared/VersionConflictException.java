package no.gevinst.shared;

/** Someone else changed the record after the writer read it; the write was refused and changed nothing. */
public class VersionConflictException extends RuntimeException {

    private final long currentVersion;

    public VersionConflictException(String entity, Object id, long expectedVersion, long currentVersion) {
        super("%s %s was changed by someone else: you had version %d, it is now %d"
                .formatted(entity, id, expectedVersion, currentVersion));
        this.currentVersion = currentVersion;
    }

    /** Refuses a write that names another version than the record's current one, before anything is written. */
    public static void unlessCurrent(String entity, Object id, long expectedVersion, long currentVersion) {
        if (currentVersion != expectedVersion) {
            throw new VersionConflictException(entity, id, expectedVersion, currentVersion);
        }
    }

    public long currentVersion() {
        return currentVersion;
    }
}
