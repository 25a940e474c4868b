package no.gevinst.demo;

import java.util.List;
import no.gevinst.decision.DecisionInputs.DecisionInput;
import no.gevinst.decision.DecisionInputs.EconomicTargetInput;
import no.gevinst.decision.DecisionInputs.KpiTargetInput;

/**
 * A board decision on a programme's targets as {@code demo/decisions.json} writes it: the decision, then its economic
 * targets and its KPI targets in the order they are set. Organisations by their demo keys, indicators by their name
 * (a target whose indicator the programme lacks is left out).
 */
record DemoDecisionData(
        String programme,
        DecisionInput decision,
        List<EconomicTargetInput> economicTargets,
        List<KpiTargetInput> kpiTargets) {

    DemoDecisionData {
        economicTargets = economicTargets == null ? List.of() : economicTargets;
        kpiTargets = kpiTargets == null ? List.of() : kpiTargets;
    }
}
