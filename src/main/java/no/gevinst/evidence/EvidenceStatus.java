package no.gevinst.evidence;

/** Where the evaluation stands; only a completed one is expected to have a result. */
public enum EvidenceStatus {
    PLANNED,
    ONGOING,
    COMPLETED
}
