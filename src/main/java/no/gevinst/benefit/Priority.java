package no.gevinst.benefit;

/** How important the benefit is to realise early. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
