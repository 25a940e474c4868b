package no.gevinst.configdecision;

import java.util.List;

/**
 * A configuration decision as typed: enums by name, the date in ISO form, indicators by id, so that every bad value is
 * named.
 */
public record ConfigDecisionInput(
        String title,
        String workflow,
        String solutionKind,
        String solution,
        String release,
        String stage,
        String decidedOn,
        String rationale,
        List<KpiInput> kpis) {

    /** The most KPIs one decision may serve. */
    public static final int MAX_KPIS = 30;

    public ConfigDecisionInput {
        kpis = kpis == null ? List.of() : kpis.stream().filter(k -> k != null).toList();
    }

    /** A KPI the decision serves: the indicator's id, the production by name and its report or canonical URL. */
    public record KpiInput(String indicatorId, String production, String reference) {}
}
