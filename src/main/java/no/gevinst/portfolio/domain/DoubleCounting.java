package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.ConflictRule;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;

/**
 * Finds where the portfolio counts one gain more than once (DESIGN §3). Pure: it reads the facts and answers the
 * conflicts, largest overlap first, so that every rule can be tested with hand-made scenarios.
 *
 * <p>Money is compared year by year: a benefit is valued in a year when its value there is above zero, and the
 * overlap of two benefits in a year is the smaller of their two values, since that much at most can be the same
 * gain. Years in which only one of them is valued overlap in nothing.
 */
public final class DoubleCounting {

    private DoubleCounting() {}

    public static List<Conflict> detect(PortfolioFacts facts) {
        List<Conflict> found = new ArrayList<>();
        found.addAll(sameIndicator(facts));
        found.addAll(OverClaims.allocationsOver100(facts));
        found.addAll(OverClaims.contributionsOver100(facts));
        found.addAll(CashAndTimeRule.find(facts));
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
}
