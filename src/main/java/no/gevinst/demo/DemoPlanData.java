package no.gevinst.demo;

import java.util.List;
import no.gevinst.plan.PlanSections;
import no.gevinst.plan.Plans;

/**
 * One realisation plan as {@code demo/plans.json} writes it: a programme's own plan, or a party's ({@code party} an
 * organisation's demo key), with its sections, measures and risks, submitted and approved as version 1, and perhaps a
 * second version drafted from it. Benefits are named by their title, people by their demo key.
 */
record DemoPlanData(
        String programme,
        String party,
        String title,
        PlanSections sections,
        List<Measure> measures,
        List<Risk> risks,
        Plans.ApprovalInput approval,
        Draft draft) {

    DemoPlanData {
        measures = measures == null ? List.of() : measures;
        risks = risks == null ? List.of() : risks;
    }

    /** A measure; {@code cost} in kroner, null when not estimated. */
    record Measure(
            String action, List<String> benefits, String responsible, String deadline, String status, String cost) {}

    /** A risk with the benefit it threatens and its owner. */
    record Risk(
            String description,
            String benefit,
            String cause,
            String consequence,
            String probability,
            String impact,
            String mitigation,
            String owner,
            String status) {}

    /**
     * Version 2, drafted for a reason: {@code background} is added to version 1's background, and the measures and
     * risks named by their action or description change as told.
     */
    record Draft(String reason, String background, List<MeasureChange> measures, List<RiskChange> risks) {

        Draft {
            measures = measures == null ? List.of() : measures;
            risks = risks == null ? List.of() : risks;
        }
    }

    /** A measure's new status. */
    record MeasureChange(String action, String status) {}

    /** A risk's new probability and status, and what is added to its mitigation. */
    record RiskChange(String description, String probability, String mitigation, String status) {}
}
