package no.gevinst.network;

/** Where an enabler or a change stands. */
public enum ElementStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
