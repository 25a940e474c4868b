package no.gevinst.plan;

/** Where a measure stands. */
public enum MeasureStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    CANCELLED
}
