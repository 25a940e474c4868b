package no.gevinst.portfolio.domain;

import static no.gevinst.portfolio.domain.DoubleCounting.conflict;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Collectors;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.ConflictRule;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.shared.OrganisationId;

/**
 * The double-counting rules of shares claimed over 100 % ({@link DoubleCounting}): (b) one benefit registered in
 * several programmes whose allocations to an organisation add up to more than 100 %, and (c) the network's links into
 * one benefit stating shares that add up to more than 100 %. The excess share of the value is what is claimed twice.
 */
final class OverClaims {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private OverClaims() {}

    /**
     * (b) The same benefit registered in several programmes: benefits of at least two programmes whose titles are
     * equal without regard to case and whitespace. For each organisation their allocation shares are added up; above
     * 100 % the excess share of the benefit is claimed twice. Its amount in a year is the excess share of the smallest
     * value among them, and nothing in a year when any of them is not valued, for then it is not counted twice in
     * money. A register keeps one benefit's own shares at most 100 %, so only a second registration can overshoot.
     */
    static List<Conflict> allocationsOver100(PortfolioFacts facts) {
        Map<String, List<BenefitFacts>> byTitle = facts.benefits().stream()
                .collect(Collectors.groupingBy(
                        b -> IndicatorKeys.normalised(b.title()), LinkedHashMap::new, Collectors.toList()));
        List<Conflict> found = new ArrayList<>();
        for (List<BenefitFacts> same : byTitle.values()) {
            found.addAll(allocationsOver100(same, facts.organisationNames()));
        }
        return found;
    }

    /** Rule (b) for the benefits of one title, in the portfolio's order: nothing unless of two programmes at least. */
    static List<Conflict> allocationsOver100(List<BenefitFacts> same, Map<OrganisationId, String> names) {
        List<Conflict> found = new ArrayList<>();
        if (same.stream().map(BenefitFacts::programme).distinct().count() < 2) {
            return found;
        }
        Map<OrganisationId, List<BenefitFacts>> byOrganisation = new LinkedHashMap<>();
        same.forEach(b -> b.allocations()
                .keySet()
                .forEach(o -> byOrganisation
                        .computeIfAbsent(o, k -> new ArrayList<>())
                        .add(b)));
        byOrganisation.forEach((organisation, claimants) -> {
            BigDecimal sum = claimants.stream()
                    .map(b -> b.allocations().get(organisation))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            if (claimants.size() < 2 || sum.compareTo(HUNDRED) <= 0) {
                return;
            }
            BigDecimal excess = sum.subtract(HUNDRED);
            found.add(conflict(
                    ConflictRule.ALLOCATION_OVER_100,
                    claimants,
                    organisation.toString(),
                    excessOfSmallest(claimants, excess),
                    List.of(names.getOrDefault(organisation, organisation.toString()), percent(sum))));
        });
        return found;
    }

    /**
     * (c) The network's links into one benefit state shares that add up to more than 100 %: the excess share of the
     * benefit's value is claimed twice, in every year it is valued.
     */
    static List<Conflict> contributionsOver100(PortfolioFacts facts) {
        List<Conflict> found = new ArrayList<>();
        for (BenefitFacts b : facts.benefits()) {
            BigDecimal sum = facts.contributionShares().getOrDefault(b.id(), BigDecimal.ZERO);
            if (sum.compareTo(HUNDRED) <= 0) {
                continue;
            }
            BigDecimal excess = sum.subtract(HUNDRED);
            SortedMap<Integer, BigDecimal> overlap = new TreeMap<>();
            b.valueByYear().forEach((year, value) -> {
                if (value.signum() > 0) {
                    overlap.put(year, share(value, excess));
                }
            });
            found.add(conflict(
                    ConflictRule.CONTRIBUTION_OVER_100,
                    List.of(b),
                    "",
                    overlap,
                    List.of(percent(sum), percent(excess))));
        }
        return found;
    }

    private static SortedMap<Integer, BigDecimal> excessOfSmallest(List<BenefitFacts> claimants, BigDecimal excess) {
        SortedMap<Integer, BigDecimal> overlap = new TreeMap<>();
        claimants.stream()
                .flatMap(b -> b.valueByYear().keySet().stream())
                .distinct()
                .forEach(year -> {
                    BigDecimal smallest = claimants.stream()
                            .map(b -> b.valueIn(year))
                            .min(BigDecimal::compareTo)
                            .orElse(BigDecimal.ZERO);
                    if (smallest.signum() > 0) {
                        overlap.put(year, share(smallest, excess));
                    }
                });
        return overlap;
    }

    private static BigDecimal share(BigDecimal value, BigDecimal percent) {
        return value.multiply(percent)
                .divide(HUNDRED, 10, RoundingMode.HALF_EVEN)
                .stripTrailingZeros();
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + " %";
    }
}
