package no.gevinst.demo;

import java.util.List;

/**
 * One programme's configuration decisions as {@code demo/configuration.json} writes them, each with the KPI it
 * promises: the indicator of a benefit (by title), how it is produced and from what.
 */
record DemoConfigurationData(String programme, List<Decision> decisions) {

    /** A configuration decision as the form takes it. */
    record Decision(
            String title,
            String workflow,
            String solutionKind,
            String solution,
            String release,
            String stage,
            String decidedOn,
            String rationale,
            Kpi kpi) {}

    /**
     * The benefit's first indicator, produced as {@code production} says from the {@code reference}; without a
     * reference, from the indicator's own canonical URL (its FHIR Measure).
     */
    record Kpi(String benefit, String production, String reference) {}
}
