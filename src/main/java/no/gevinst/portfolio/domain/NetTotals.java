package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Predicate;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.ConflictStatus;
import no.gevinst.portfolio.Decision;
import no.gevinst.portfolio.DecisionKind;
import no.gevinst.portfolio.Totals;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.shared.BenefitId;

/**
 * Gross and net totals, with what is left out of each benefit. Gross adds up every valued benefit. Each conflict that
 * is not accepted has its overlap counted once: the overlap is taken from the benefits involved by the share of it
 * each one keeps, so that a programme's net is right whichever programme keeps the overlap.
 *
 * <p>Benefit i keeps share sᵢ of an overlap O (shares sum to 1) and gives up Eᵢ = O × (1 − sᵢ) ÷ (k − 1) of it, k
 * being the number of benefits involved; the Eᵢ add up to exactly O. PRIMARY gives the primary benefit s = 1 and the
 * others 0; SPLIT takes the decided shares; an unresolved conflict splits evenly (sᵢ = 1 ÷ k, so Eᵢ = O ÷ k) until
 * someone decides. A conflict of one benefit (contributions above 100 %) takes all of O from it. A benefit never gives
 * up more than its own value in a year: a benefit in several conflicts cannot be left out below zero.
 */
public final class NetTotals {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private NetTotals() {}

    /** Every benefit counted. */
    public static Totals of(List<BenefitFacts> benefits, List<ConflictStatus> conflicts) {
        return of(benefits, conflicts, b -> true);
    }

    /**
     * The benefits that {@code counted} selects, net of what each gives up to the conflicts. Pass every benefit and
     * every conflict, not just the counted ones: a conflict with a benefit outside the selection still decides how
     * much the benefits inside give up.
     */
    public static Totals of(
            List<BenefitFacts> benefits, List<ConflictStatus> conflicts, Predicate<BenefitFacts> counted) {
        Map<BenefitId, SortedMap<Integer, BigDecimal>> givenUp = givenUp(conflicts);
        SortedMap<Integer, BigDecimal> gross = new TreeMap<>();
        SortedMap<Integer, BigDecimal> excluded = new TreeMap<>();
        List<Totals.BenefitExclusion> byBenefit = new ArrayList<>();
        for (BenefitFacts b : benefits) {
            if (!counted.test(b)) {
                continue;
            }
            b.valueByYear().forEach((year, value) -> gross.merge(year, value, BigDecimal::add));
            SortedMap<Integer, BigDecimal> capped = capped(b, givenUp.getOrDefault(b.id(), new TreeMap<>()));
            capped.forEach((year, amount) -> excluded.merge(year, amount, BigDecimal::add));
            if (!capped.isEmpty()) {
                byBenefit.add(new Totals.BenefitExclusion(b.asConflictBenefit(), capped));
            }
        }
        List<Totals.Year> years = new ArrayList<>();
        gross.forEach((year, amount) ->
                years.add(Totals.Year.of(year, amount, excluded.getOrDefault(year, BigDecimal.ZERO))));
        return Totals.of(years, largestFirst(byBenefit));
    }

    /** A benefit's exclusion and its total, worked out once rather than at each comparison. */
    private record Ordered(BigDecimal total, Totals.BenefitExclusion exclusion) {}

    /**
     * The exclusions largest total first, those of equal totals in the order given (a stable sort): what {@code
     * sort(comparing(total).reversed())} gives, with each total summed once instead of at every comparison.
     */
    static List<Totals.BenefitExclusion> largestFirst(List<Totals.BenefitExclusion> exclusions) {
        List<Ordered> ordered = new ArrayList<>(exclusions.size());
        exclusions.forEach(e -> ordered.add(new Ordered(e.total(), e)));
        ordered.sort(Comparator.comparing(Ordered::total).reversed());
        List<Totals.BenefitExclusion> sorted = new ArrayList<>(ordered.size());
        ordered.forEach(o -> sorted.add(o.exclusion()));
        return sorted;
    }

    /** What each benefit gives up to the conflicts counted once, per year, before the cap at its value. */
    static Map<BenefitId, SortedMap<Integer, BigDecimal>> givenUp(List<ConflictStatus> conflicts) {
        Map<BenefitId, SortedMap<Integer, BigDecimal>> givenUp = new HashMap<>();
        for (ConflictStatus status : conflicts) {
            if (!status.excluded()) {
                continue;
            }
            Conflict c = status.conflict();
            Map<BenefitId, BigDecimal> parts = new LinkedHashMap<>();
            c.benefits().forEach(b -> parts.put(b.id(), partGivenUp(c, status.decision(), b.id())));
            c.overlapByYear()
                    .forEach((year, overlap) -> inOre(overlap, parts)
                            .forEach((id, amount) -> givenUp.computeIfAbsent(id, k -> new TreeMap<>())
                                    .merge(year, amount, BigDecimal::add)));
        }
        return givenUp;
    }

    /**
     * The overlap divided by the parts in whole øre, the benefit with the largest part taking what rounding leaves,
     * so that the amounts add up to exactly the overlap.
     */
    private static Map<BenefitId, BigDecimal> inOre(BigDecimal overlap, Map<BenefitId, BigDecimal> parts) {
        BenefitId largest = parts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .orElseThrow();
        Map<BenefitId, BigDecimal> amounts = new LinkedHashMap<>();
        BigDecimal rest = overlap.setScale(2, RoundingMode.HALF_EVEN);
        for (Map.Entry<BenefitId, BigDecimal> part : parts.entrySet()) {
            if (!part.getKey().equals(largest)) {
                BigDecimal amount = overlap.multiply(part.getValue()).setScale(2, RoundingMode.HALF_EVEN);
                amounts.put(part.getKey(), amount);
                rest = rest.subtract(amount);
            }
        }
        amounts.put(largest, rest);
        amounts.values().removeIf(a -> a.signum() <= 0);
        return amounts;
    }

    /** (1 − sᵢ) ÷ (k − 1): the part of the overlap benefit i gives up; all of it for a conflict of one benefit. */
    static BigDecimal partGivenUp(Conflict c, Decision decision, BenefitId benefit) {
        int k = c.benefits().size();
        if (k == 1) {
            return BigDecimal.ONE;
        }
        BigDecimal kept = kept(decision, benefit, k);
        return BigDecimal.ONE.subtract(kept).divide(BigDecimal.valueOf(k - 1L), 12, RoundingMode.HALF_EVEN);
    }

    private static BigDecimal kept(Decision decision, BenefitId benefit, int k) {
        if (decision == null) {
            return BigDecimal.ONE.divide(BigDecimal.valueOf(k), 12, RoundingMode.HALF_EVEN);
        }
        if (decision.kind() == DecisionKind.PRIMARY) {
            return benefit.equals(decision.primaryBenefit()) ? BigDecimal.ONE : BigDecimal.ZERO;
        }
        return decision.shares().getOrDefault(benefit, BigDecimal.ZERO).divide(HUNDRED, 12, RoundingMode.HALF_EVEN);
    }

    /** What the benefit gives up, at most its value in each year. */
    private static SortedMap<Integer, BigDecimal> capped(BenefitFacts b, SortedMap<Integer, BigDecimal> givenUp) {
        SortedMap<Integer, BigDecimal> capped = new TreeMap<>();
        givenUp.forEach((year, amount) -> {
            BigDecimal value = b.valueIn(year).max(BigDecimal.ZERO);
            BigDecimal left = amount.min(value);
            if (left.signum() > 0) {
                capped.put(year, left);
            }
        });
        return capped;
    }
}
