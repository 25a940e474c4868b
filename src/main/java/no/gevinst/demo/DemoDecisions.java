package no.gevinst.demo;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import no.gevinst.benefit.BenefitQuery;
import no.gevinst.benefit.Benefits;
import no.gevinst.decision.BoardDecision;
import no.gevinst.decision.DecisionInputs.EconomicTargetInput;
import no.gevinst.decision.DecisionInputs.KpiTargetInput;
import no.gevinst.decision.Decisions;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Indicators;
import no.gevinst.shared.ProgrammeId;
import org.springframework.stereotype.Component;

/**
 * Helse Midt-Norge RHF's board decision on Helseplattformen's targets (seed 000 §3.1: "Konkrete gevinstmål vedtas av
 * Styret i Helse Midt-Norge RHF og innarbeides som en del av styringskrav til helseforetakene"), split over the
 * three trusts, read from {@code demo/decisions.json}. The case number, the dates and every figure are invented demo
 * values, and the decision's text says so. In 2026 the trusts' targets add up to the programme's 100 000 000 kr; in
 * 2027 Helse Nord-Trøndelag's is 2 000 000 kr lower, so that the decision page shows a year that does not add up.
 */
@Component
class DemoDecisions {

    static final String FILE = "decisions.json";

    private final Decisions decisions;
    private final Benefits benefits;
    private final Indicators indicators;

    DemoDecisions(Decisions decisions, Benefits benefits, Indicators indicators) {
        this.decisions = decisions;
        this.benefits = benefits;
        this.indicators = indicators;
    }

    void load(Map<String, ProgrammeId> byCode, UnaryOperator<String> organisationId) {
        for (DemoDecisionData data : DemoFiles.list(FILE, DemoDecisionData[].class)) {
            ProgrammeId programme = byCode.get(data.programme());
            BoardDecision decision = decisions.record(programme, data.decision());
            long version = decision.version();
            for (EconomicTargetInput target : data.economicTargets()) {
                EconomicTargetInput input = new EconomicTargetInput(
                        organisationId.apply(target.organisation()),
                        target.year(),
                        target.benefitClass(),
                        target.nok());
                version = decisions
                        .setEconomicTarget(programme, decision.number(), input, version)
                        .version();
            }
            Map<String, Indicator> byName = indicatorsOf(programme);
            for (KpiTargetInput target : data.kpiTargets()) {
                Indicator indicator = byName.get(target.indicator());
                if (indicator != null) {
                    KpiTargetInput input = new KpiTargetInput(
                            organisationId.apply(target.organisation()),
                            indicator.id().toString(),
                            target.targetValue(),
                            target.due());
                    version = decisions
                            .setKpiTarget(programme, decision.number(), input, version)
                            .version();
                }
            }
        }
    }

    private Map<String, Indicator> indicatorsOf(ProgrammeId hp) {
        var ids = benefits.list(BenefitQuery.inProgramme(hp)).stream()
                .map(b -> b.id())
                .toList();
        return indicators.ofBenefits(ids).values().stream()
                .flatMap(List::stream)
                .collect(Collectors.toMap(Indicator::name, Function.identity(), (a, b) -> a));
    }
}
