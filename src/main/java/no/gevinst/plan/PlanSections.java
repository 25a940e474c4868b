package no.gevinst.plan;

/**
 * The plan's own prose, in the structure of Digdir's Prosjektveiviseren. The rest of the plan (benefits by class,
 * owners, measures, risks, the network, the measurement schedule) is read from the records.
 */
public record PlanSections(
        String background,
        String goalsAndProducts,
        String responsibilities,
        String measuresAndRisks,
        String nonPricedFollowUp,
        String reportingSchedule)
        implements java.io.Serializable {

    public static final PlanSections EMPTY = new PlanSections("", "", "", "", "", "");

    public PlanSections {
        background = clean(background);
        goalsAndProducts = clean(goalsAndProducts);
        responsibilities = clean(responsibilities);
        measuresAndRisks = clean(measuresAndRisks);
        nonPricedFollowUp = clean(nonPricedFollowUp);
        reportingSchedule = clean(reportingSchedule);
    }

    private static String clean(String text) {
        return text == null ? "" : text.strip();
    }
}
