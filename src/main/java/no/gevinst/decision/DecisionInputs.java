package no.gevinst.decision;

import jakarta.validation.constraints.NotBlank;

/**
 * What a form or an API client sends to record a decision or set its targets, as text, read and judged here.
 * Serializable: a refused form's typed values wait in the session for the page it is sent back to. The constraints
 * give the fields the page checks at the edge (each one given), in the service's own words; the service keeps the
 * rules.
 */
public final class DecisionInputs {

    private DecisionInputs() {}

    /**
     * A new decision, superseding the one in force.
     *
     * @param decidedOn yyyy-mm-dd, not in the future and not before the decision it supersedes
     * @param carryTargets "true" to start from the targets of the decision in force (a change of some of them);
     *     blank or "false" to start with none
     * @param inForceVersion the version of the decision in force as read; null when none was in force
     */
    public record DecisionInput(
            @NotBlank(message = "{decision.decidingBody.required}")
            String decidingBody,

            @NotBlank(message = "{decision.decidedOn.required}")
            String decidedOn,

            @NotBlank(message = "{decision.caseNumber.required}")
            String caseNumber,

            String documentReference,
            String summary,
            String carryTargets,
            Long inForceVersion)
            implements java.io.Serializable {}

    /**
     * An organisation's kroner in a year and benefit class; sets it, or replaces the amount already set.
     *
     * @param nok whole kroner or with øre, ≥ 0
     */
    public record EconomicTargetInput(
            @NotBlank(message = "{decision.organisation.required}")
            String organisation,

            @NotBlank(message = "{decision.year.required}") String year,

            @NotBlank(message = "{decision.benefitClass.required}")
            String benefitClass,

            @NotBlank(message = "{decision.nok.required}") String nok)
            implements java.io.Serializable {}

    /** An indicator's target value for an organisation by a date; sets it, or replaces the one already set. */
    public record KpiTargetInput(
            @NotBlank(message = "{decision.organisation.required}")
            String organisation,

            @NotBlank(message = "{decision.indicator.required}")
            String indicator,

            @NotBlank(message = "{decision.targetValue.required}")
            String targetValue,

            @NotBlank(message = "{decision.due.required}") String due)
            implements java.io.Serializable {}

    /**
     * Which economic target to remove from the decision in force: the organisation, year and class it was set for. The
     * organisation need no longer be a party: a target carried over from an earlier decision can always be removed.
     */
    public record EconomicTargetKey(String organisation, String year, String benefitClass)
            implements java.io.Serializable {}

    /** Which KPI target to remove from the decision in force: the organisation and indicator it was set for. */
    public record KpiTargetKey(String organisation, String indicator) implements java.io.Serializable {}
}
