package no.gevinst.maturity;

/** Where a round stands: written, sent out and open for answers, or closed with its results shown. */
public enum RoundStatus {
    DRAFT,
    OPEN,
    CLOSED
}
