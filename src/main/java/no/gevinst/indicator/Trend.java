package no.gevinst.indicator;

/** Where the recent measurements are heading, relative to the indicator's direction. */
public enum Trend {
    IMPROVING,
    STABLE,
    WORSENING,
    UNKNOWN
}
