package no.gevinst.configdecision.domain;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.benefit.Benefit;
import no.gevinst.configdecision.ConfigDecision;
import no.gevinst.configdecision.RankedOptimisation;
import no.gevinst.configdecision.RankedOptimisation.ServedBenefit;
import no.gevinst.configdecision.ServedKpi;
import no.gevinst.indicator.Indicator;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.ProgrammeId;
import no.gevinst.valuation.Valuation.BenefitLine;
import no.gevinst.valuation.ValuationUnavailableException;
import no.gevinst.valuation.Valuations;
import org.springframework.stereotype.Component;

/**
 * Ranks the optimisations proposed after go-live by the value of the benefits they serve (seed 000 §2.3.1: future
 * optimisation is steered towards benefits): a benefit served through any of a proposal's KPIs counts once, at its
 * value over the programme valuation's period; benefits not priced count nothing.
 */
@Component
class OptimisationRanking {

    private final Valuations valuations;

    OptimisationRanking(Valuations valuations) {
        this.valuations = valuations;
    }

    List<RankedOptimisation> rank(
            ProgrammeId programme,
            List<Benefit> register,
            Map<BenefitId, List<Indicator>> byBenefit,
            List<ConfigDecision> proposed) {
        if (proposed.isEmpty()) {
            return List.of();
        }
        Map<IndicatorId, BenefitId> benefitOf = new HashMap<>();
        byBenefit.forEach((b, list) -> list.forEach(i -> benefitOf.put(i.id(), b)));
        Map<BenefitId, Benefit> benefits =
                register.stream().collect(Collectors.toMap(Benefit::id, Function.identity()));
        Map<BenefitId, BigDecimal> values = values(programme, register);
        return proposed.stream()
                .map(d -> ranked(d, benefitOf, benefits, values))
                .sorted(Comparator.comparing(RankedOptimisation::value)
                        .reversed()
                        .thenComparing(r -> r.decision().title()))
                .toList();
    }

    private static RankedOptimisation ranked(
            ConfigDecision d,
            Map<IndicatorId, BenefitId> benefitOf,
            Map<BenefitId, Benefit> benefits,
            Map<BenefitId, BigDecimal> values) {
        Set<BenefitId> served = new LinkedHashSet<>();
        for (ServedKpi k : d.kpis()) {
            BenefitId b = benefitOf.get(k.indicator());
            if (b != null && benefits.containsKey(b)) {
                served.add(b);
            }
        }
        List<ServedBenefit> lines = served.stream()
                .map(benefits::get)
                .map(b -> new ServedBenefit(b.id(), b.code(), b.title(), values.getOrDefault(b.id(), BigDecimal.ZERO)))
                .sorted(Comparator.comparing(ServedBenefit::code))
                .toList();
        BigDecimal value = lines.stream().map(ServedBenefit::value).reduce(BigDecimal.ZERO, BigDecimal::add);
        return new RankedOptimisation(d, value, lines);
    }

    /** Each priced benefit's value summed over the valuation's years; none when the valuation cannot be computed. */
    private Map<BenefitId, BigDecimal> values(ProgrammeId programme, List<Benefit> register) {
        Map<BenefitId, BigDecimal> values = new HashMap<>();
        try {
            var valuation = valuations.of(programme, register);
            for (BenefitLine line : valuation.valuation().benefits()) {
                values.merge(
                        line.benefit().id(),
                        line.valueByYear().values().stream().reduce(BigDecimal.ZERO, BigDecimal::add),
                        BigDecimal::add);
            }
        } catch (ValuationUnavailableException e) {
            values.clear();
        }
        return values;
    }
}
