package no.gevinst.decision;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import no.gevinst.programme.EconomicTarget;
import no.gevinst.shared.OrganisationId;

/**
 * A decision's economic targets summed over the organisations, year by year, beside the programme's own target: a
 * programme's target may be the sum of its organisations' or set on its own, and where it is set on its own the parts
 * must add up to it. Exact kroner: nothing is rounded.
 *
 * @param programmeTarget the programme's yearly target, or null when it has none (its target is then the sum)
 */
public record TargetSums(EconomicTarget programmeTarget, List<Year> years) {

    public TargetSums {
        years = List.copyOf(years);
    }

    /** True when every year adds up (or the programme has no target of its own to add up to). */
    public boolean addsUp() {
        return years.stream().allMatch(Year::addsUp);
    }

    /**
     * One year: each organisation's kroner, their sum, and the programme's target in the year.
     *
     * @param target the programme's target in the year; null when it has none then
     * @param difference the sum less the target; null without a target
     */
    @io.swagger.v3.oas.annotations.media.Schema(name = "DecisionYear")
    public record Year(int year, List<Part> parts, BigDecimal sum, BigDecimal target, BigDecimal difference) {

        public Year {
            parts = List.copyOf(parts);
        }

        public boolean addsUp() {
            return difference == null || difference.signum() == 0;
        }
    }

    /** One organisation's kroner in the year, over its benefit classes. */
    public record Part(OrganisationId organisation, BigDecimal nok) {}

    /**
     * The years the decision sets kroner for, and the years from the programme's target's first year up to the last
     * of them (a year the decision leaves out then shows a sum of 0 against the target).
     */
    public static TargetSums of(BoardDecision decision, EconomicTarget programmeTarget) {
        Map<Integer, Map<OrganisationId, BigDecimal>> byYear = new TreeMap<>();
        for (DecidedEconomicTarget t : decision.economicTargets()) {
            byYear.computeIfAbsent(t.year(), y -> new java.util.LinkedHashMap<>())
                    .merge(t.organisation(), t.nok(), BigDecimal::add);
        }
        Set<Integer> years = new TreeSet<>(byYear.keySet());
        if (programmeTarget != null && !years.isEmpty()) {
            for (int y = programmeTarget.fromYear(); y <= ((TreeSet<Integer>) years).last(); y++) {
                years.add(y);
            }
        }
        List<Year> rows = new ArrayList<>();
        for (int year : years) {
            List<Part> parts = byYear.getOrDefault(year, Map.of()).entrySet().stream()
                    .map(e -> new Part(e.getKey(), e.getValue()))
                    .toList();
            BigDecimal sum = parts.stream().map(Part::nok).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal target =
                    programmeTarget != null && year >= programmeTarget.fromYear() ? programmeTarget.nokPerYear() : null;
            rows.add(new Year(year, parts, sum, target, target == null ? null : sum.subtract(target)));
        }
        return new TargetSums(programmeTarget, rows);
    }
}
