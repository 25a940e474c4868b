package no.gevinst.plan.domain;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.gevinst.configdecision.ConfigDecision;
import no.gevinst.configdecision.ConfigDecisions;
import no.gevinst.configdecision.DeliveryGap;
import no.gevinst.configdecision.KpiChoice;
import no.gevinst.configdecision.MachineDelivery;
import no.gevinst.configdecision.RankedOptimisation;
import no.gevinst.configdecision.ServedKpi;
import no.gevinst.plan.ChangeRecords.Configuration;
import no.gevinst.plan.ChangeRecords.DecisionEntry;
import no.gevinst.plan.ChangeRecords.GapEntry;
import no.gevinst.plan.ChangeRecords.KpiEntry;
import no.gevinst.plan.ChangeRecords.OptimisationEntry;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.ProgrammeId;

/**
 * Reads a programme's benefit-driven configuration as it is now (issue 19): its decisions with the KPIs each serves
 * and how the solution delivers each, the share of its indicators delivered by machine and the ones that are not yet,
 * and the proposed optimisations ranked by the value of the benefits they serve.
 */
final class ConfigurationReader {

    private final ConfigDecisions decisions;

    ConfigurationReader(ConfigDecisions decisions) {
        this.decisions = decisions;
    }

    Configuration read(ProgrammeId programme) {
        Map<IndicatorId, String> labels = decisions.kpiChoices(programme).stream()
                .collect(Collectors.toMap(KpiChoice::id, KpiChoice::label, (a, b) -> a));
        MachineDelivery delivery = decisions.delivery(programme);
        return new Configuration(
                decisions.of(programme).stream().map(d -> decision(d, labels)).toList(),
                delivery.indicators(),
                delivery.byMachine(),
                delivery.percent(),
                delivery.notYet().stream().map(ConfigurationReader::gap).toList(),
                decisions.optimisations(programme).stream()
                        .map(ConfigurationReader::optimisation)
                        .toList());
    }

    private static DecisionEntry decision(ConfigDecision d, Map<IndicatorId, String> labels) {
        return new DecisionEntry(
                d.title(),
                d.workflow(),
                d.solutionKind().name(),
                d.solution(),
                d.release(),
                d.stage().name(),
                d.decidedOn(),
                d.rationale(),
                d.kpis().stream().map(k -> kpi(k, labels)).toList());
    }

    private static KpiEntry kpi(ServedKpi k, Map<IndicatorId, String> labels) {
        return new KpiEntry(
                labels.getOrDefault(k.indicator(), k.indicator().toString()),
                k.production().name(),
                k.reference());
    }

    private static GapEntry gap(DeliveryGap g) {
        return new GapEntry(
                g.benefitCode(),
                g.indicatorName(),
                g.owner() == null || g.owner().isBlank() ? null : g.owner(),
                g.promisedBy().stream().map(DeliveryGap.DecisionRef::title).toList());
    }

    private static OptimisationEntry optimisation(RankedOptimisation o) {
        List<String> codes = o.benefits().stream()
                .map(RankedOptimisation.ServedBenefit::code)
                .toList();
        return new OptimisationEntry(o.decision().title(), o.decision().release(), o.value(), codes);
    }
}
