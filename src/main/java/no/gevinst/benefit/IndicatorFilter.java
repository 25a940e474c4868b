package no.gevinst.benefit;

/** The register's filter on the indicators of a benefit: one of them in the state. */
public enum IndicatorFilter {
    GREEN,
    AMBER,
    RED,
    STALE,
    UNMEASURED
}
