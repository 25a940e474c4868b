package no.gevinst.plan;

/** Where a version of a plan stands: worked on, awaiting decision, decided, or replaced by a later decision. */
public enum VersionStatus {
    DRAFT,
    SUBMITTED,
    APPROVED,
    SUPERSEDED;

    /** Whether the version is frozen: what it shows is its snapshot, not the records as they are now. */
    public boolean isFrozen() {
        return this == APPROVED || this == SUPERSEDED;
    }
}
