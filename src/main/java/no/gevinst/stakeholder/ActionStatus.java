package no.gevinst.stakeholder;

/** Where an action of the involvement plan stands. */
public enum ActionStatus {
    PLANNED,
    DONE,
    CANCELLED
}
