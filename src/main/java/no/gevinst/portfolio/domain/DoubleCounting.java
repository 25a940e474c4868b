package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.ConflictRule;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;

/**
 * Finds where the portfolio counts one gain more than once (DESIGN §3). Pure: it reads the facts and answers the
 * conflicts, largest overlap first, so that every rule can be tested with hand-made scenarios.
 *
 * <p>Money is compared year by year: a benefit is valued in a year when its value there is above zero, and the
 * overlap of two benefits in a year is the smaller of their two values, since that much at most can be the same
 * gain. Years in which only one of them is valued overlap in nothing.
 */
public final class DoubleCounting {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private DoubleCounting() {}

    public static List<Conflict> detect(PortfolioFacts facts) {
        List<Conflict> found = new ArrayList<>();
        found.addAll(sameIndicator(facts));
        found.addAll(allocationsOver100(facts));
        found.addAll(contributionsOver100(facts));
        found.addAll(cashAndTime(facts));
        found.addAll(StaffTimeRule.find(facts));
        return ordered(found);
    }

    /** A conflict and what it is ordered by, worked out once rather than at each comparison. */
    private record Ordered(BigDecimal amount, String key, Conflict conflict) {}

    /** The conflicts largest overlap (per year) first, then by key: the order the control answers them in. */
    static List<Conflict> ordered(List<Conflict> conflicts) {
        return conflicts.stream()
                .map(c -> new Ordered(c.amountPerYear(), c.key(), c))
                .sorted(Comparator.comparing(Ordered::amount).reversed().thenComparing(Ordered::key))
                .map(Ordered::conflict)
                .collect(Collectors.toCollection(ArrayList::new));
    }

    /**
     * (a) Two priced benefits with an indicator of the same measure ({@link IndicatorKeys}) valued in at least one
     * common year, in one programme or in two. A cash-releasing benefit paired with a capacity benefit is left to
     * rule (d), which names what is wrong more precisely, so that one overlap is not reported (and excluded) twice.
     */
    static List<Conflict> sameIndicator(PortfolioFacts facts) {
        List<Conflict> found = new ArrayList<>();
        List<BenefitFacts> priced =
                facts.benefits().stream().filter(BenefitFacts::priced).toList();
        for (List<BenefitFacts> pair : sharingAnIndicator(priced)) {
            if (!cashAndTimePair(pair.get(0), pair.get(1))) {
                sameIndicator(pair.get(0), pair.get(1)).ifPresent(found::add);
            }
        }
        return found;
    }

    /**
     * Rule (a) for one pair of priced benefits sharing a measure, {@code a} the earlier in the portfolio's order (the
     * indicator named is its own): the conflict when they are valued in a common year.
     */
    static Optional<Conflict> sameIndicator(BenefitFacts a, BenefitFacts b) {
        SortedMap<Integer, BigDecimal> overlap = overlap(a, b);
        if (overlap.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(conflict(
                ConflictRule.SAME_INDICATOR,
                List.of(a, b),
                "",
                overlap,
                List.of(sharedIndicator(a, b).orElseThrow(), years(overlap))));
    }

    /**
     * The pairs of benefits with an indicator of the same measure, each pair once and in the benefits' order. Found
     * through the measures rather than by comparing every pair: a thousand priced benefits are half a million pairs.
     */
    static List<List<BenefitFacts>> sharingAnIndicator(List<BenefitFacts> benefits) {
        Map<String, List<Integer>> byMeasure = new HashMap<>();
        for (int i = 0; i < benefits.size(); i++) {
            for (String key : benefits.get(i).indicators().keySet()) {
                byMeasure.computeIfAbsent(key, k -> new ArrayList<>()).add(i);
            }
        }
        SortedSet<Long> pairs = new TreeSet<>();
        for (List<Integer> sharing : byMeasure.values()) {
            for (int x = 0; x < sharing.size(); x++) {
                for (int y = x + 1; y < sharing.size(); y++) {
                    int i = Math.min(sharing.get(x), sharing.get(y));
                    int j = Math.max(sharing.get(x), sharing.get(y));
                    if (i != j) {
                        pairs.add((long) i * benefits.size() + j);
                    }
                }
            }
        }
        return pairs.stream()
                .map(pair -> List.of(
                        benefits.get((int) (pair / benefits.size())), benefits.get((int) (pair % benefits.size()))))
                .toList();
    }

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

    /**
     * (d) A priced cash-releasing benefit and a priced capacity (time) benefit behind it: the network's links lead
     * from the time saving to the cash-releasing benefit, straight or through other benefits, or both have an
     * indicator of the same measure. Freed time and the cash it releases are the same gain, so the overlap in a year
     * is the smaller of the two values.
     */
    static List<Conflict> cashAndTime(PortfolioFacts facts) {
        List<Conflict> found = new ArrayList<>();
        List<BenefitFacts> priced =
                facts.benefits().stream().filter(BenefitFacts::priced).toList();
        Map<BenefitId, List<BenefitId>> leadsTo = facts.links().stream()
                .collect(Collectors.groupingBy(
                        PortfolioFacts.BenefitLink::from,
                        Collectors.mapping(PortfolioFacts.BenefitLink::to, Collectors.toList())));
        Map<BenefitId, Set<BenefitId>> sharing = new HashMap<>();
        sharingAnIndicator(priced).forEach(pair -> {
            sharing.computeIfAbsent(pair.get(0).id(), k -> new HashSet<>())
                    .add(pair.get(1).id());
            sharing.computeIfAbsent(pair.get(1).id(), k -> new HashSet<>())
                    .add(pair.get(0).id());
        });
        Map<BenefitId, BenefitFacts> cashReleasing = new LinkedHashMap<>();
        priced.stream()
                .filter(b -> b.benefitClass() == BenefitClass.CASH_RELEASING)
                .forEach(b -> cashReleasing.put(b.id(), b));
        for (BenefitFacts time : priced) {
            if (time.benefitClass() != BenefitClass.CAPACITY) {
                continue;
            }
            // One walk per time saving, not one per pair: what it leads to, in any number of steps.
            Set<BenefitId> candidates = new LinkedHashSet<>(reachable(leadsTo, time.id()));
            candidates.addAll(sharing.getOrDefault(time.id(), Set.of()));
            for (BenefitId id : candidates) {
                BenefitFacts cash = cashReleasing.get(id);
                if (cash == null) {
                    continue;
                }
                cashAndTime(time, cash).ifPresent(found::add);
            }
        }
        return found;
    }

    /** Rule (d) for one priced time saving and one priced cash-releasing benefit behind it: valued in a common year. */
    static Optional<Conflict> cashAndTime(BenefitFacts time, BenefitFacts cash) {
        SortedMap<Integer, BigDecimal> overlap = overlap(cash, time);
        if (overlap.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(conflict(
                ConflictRule.CASH_AND_TIME,
                List.of(time, cash),
                "",
                overlap,
                List.of(time.code() + " " + time.title(), cash.code() + " " + cash.title(), years(overlap))));
    }

    /** Every benefit the links lead to from one, in any number of steps; each is visited once. */
    static Set<BenefitId> reachable(Map<BenefitId, List<BenefitId>> links, BenefitId from) {
        Set<BenefitId> seen = new HashSet<>();
        Deque<BenefitId> next = new ArrayDeque<>(links.getOrDefault(from, List.of()));
        while (!next.isEmpty()) {
            BenefitId at = next.pop();
            if (seen.add(at)) {
                next.addAll(links.getOrDefault(at, List.of()));
            }
        }
        return seen;
    }

    static boolean cashAndTimePair(BenefitFacts a, BenefitFacts b) {
        return (a.benefitClass() == BenefitClass.CASH_RELEASING && b.benefitClass() == BenefitClass.CAPACITY)
                || (a.benefitClass() == BenefitClass.CAPACITY && b.benefitClass() == BenefitClass.CASH_RELEASING);
    }

    static Optional<String> sharedIndicator(BenefitFacts a, BenefitFacts b) {
        return a.indicators().keySet().stream()
                .filter(b.indicators()::containsKey)
                .sorted()
                .findFirst()
                .map(a.indicators()::get);
    }

    /** The smaller of the two values in each year both are valued. */
    static SortedMap<Integer, BigDecimal> overlap(BenefitFacts a, BenefitFacts b) {
        SortedMap<Integer, BigDecimal> overlap = new TreeMap<>();
        a.valueByYear().forEach((year, value) -> {
            BigDecimal other = b.valueIn(year);
            if (value.signum() > 0 && other.signum() > 0) {
                overlap.put(year, value.min(other));
            }
        });
        return overlap;
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

    static Conflict conflict(
            ConflictRule rule,
            List<BenefitFacts> benefits,
            String qualifier,
            SortedMap<Integer, BigDecimal> overlap,
            List<String> arguments) {
        List<BenefitFacts> ordered = benefits.stream()
                .sorted(Comparator.comparing(b -> b.id().value().toString()))
                .toList();
        return new Conflict(
                key(rule, ordered, qualifier),
                rule,
                ordered.stream().map(BenefitFacts::asConflictBenefit).toList(),
                overlap,
                rule.messageKey() + ".explained",
                arguments);
    }

    /**
     * The rule and a digest of the benefit ids (sorted) and any qualifier such as the organisation: the same
     * overlap found again gets the same key, whatever else changed, so its decision still applies.
     */
    static String key(ConflictRule rule, List<BenefitFacts> benefits, String qualifier) {
        return Conflict.keyOf(rule, benefits.stream().map(BenefitFacts::id).toList(), qualifier);
    }

    static String years(SortedMap<Integer, BigDecimal> overlap) {
        return overlap.firstKey().equals(overlap.lastKey())
                ? overlap.firstKey().toString()
                : overlap.firstKey() + "–" + overlap.lastKey();
    }

    private static String percent(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString() + " %";
    }
}
