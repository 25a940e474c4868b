package no.gevinst.plan;

/** Where a risk stands: open, reduced by its mitigation, closed, or it happened. */
public enum RiskStatus {
    OPEN,
    MITIGATED,
    CLOSED,
    OCCURRED
}
