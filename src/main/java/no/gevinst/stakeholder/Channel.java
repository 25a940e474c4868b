package no.gevinst.stakeholder;

/** How an action of the involvement plan reaches its stakeholder. */
public enum Channel {
    MEETING,
    WORKSHOP,
    UNION_MEETING,
    TRAINING,
    INTRANET,
    EMAIL,
    NEWSLETTER,
    OTHER
}
