package no.gevinst.indicator;

/** How much a measurement can be trusted. */
public enum Confidence {
    HIGH,
    MEDIUM,
    LOW
}
