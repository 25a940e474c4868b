package no.gevinst.configdecision;

/** Whether the solution itself can produce a KPI, and how. */
public enum Production {
    /** Measured outside the solution. */
    NOT_BY_SOLUTION,
    /** A report of the solution produces it; someone carries the figure over. */
    REPORT,
    /** The solution sends MeasureReports for a FHIR Measure: delivered by machine. */
    FHIR_MEASURE;

    public String messageKey() {
        return "configdecision.production." + name();
    }
}
