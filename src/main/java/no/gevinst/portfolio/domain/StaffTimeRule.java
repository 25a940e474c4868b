package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.ConflictRule;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.portfolio.domain.PortfolioFacts.StaffGroup;
import no.gevinst.portfolio.domain.PortfolioFacts.StaffTime;
import no.gevinst.portfolio.domain.PortfolioFacts.TimeClaim;
import no.gevinst.shared.BenefitId;

/**
 * (e) The same assumption used to price two benefits of one staff group beyond the time that group has: two or more
 * priced time savings of a programme count persons from the same staff group ({@link StaffTimeClaims}), and in a
 * year the hours they claim together exceed the hours the group works (its persons × the working hours per person).
 *
 * <p>The hours beyond the group's time are counted more than once. They are valued at the lowest hourly cost among
 * the group's time savings, for that much at least is certainly counted twice whichever of them claimed the hours;
 * and never at more than the group's time savings are worth together that year, less what rule (a) already leaves
 * out between them. Years within the group's time overlap in nothing.
 */
final class StaffTimeRule {

    private StaffTimeRule() {}

    static List<Conflict> find(PortfolioFacts facts) {
        Map<BenefitId, BenefitFacts> priced = facts.benefits().stream()
                .filter(BenefitFacts::priced)
                .collect(Collectors.toMap(BenefitFacts::id, Function.identity(), (a, b) -> a));
        Map<StaffGroup, List<TimeClaim>> byGroup = facts.timeClaims().stream()
                .filter(c -> priced.containsKey(c.benefit()))
                .collect(Collectors.groupingBy(TimeClaim::group, LinkedHashMap::new, Collectors.toList()));
        List<Conflict> found = new ArrayList<>();
        byGroup.forEach((group, claims) -> {
            StaffTime staff = facts.staffTime().get(group);
            if (staff != null
                    && claims.stream().map(TimeClaim::benefit).distinct().count() >= 2) {
                beyondTime(group, staff, claims, priced).ifPresent(found::add);
            }
        });
        return found;
    }

    private static Optional<Conflict> beyondTime(
            StaffGroup group, StaffTime staff, List<TimeClaim> claims, Map<BenefitId, BenefitFacts> priced) {
        List<BenefitFacts> benefits =
                claims.stream().map(c -> priced.get(c.benefit())).distinct().toList();
        BigDecimal cheapest = claims.stream()
                .map(TimeClaim::hourlyCost)
                .min(BigDecimal::compareTo)
                .orElseThrow();
        BigDecimal available = staff.availableHours();
        SortedMap<Integer, BigDecimal> overlap = new TreeMap<>();
        BigDecimal worstClaimed = BigDecimal.ZERO;
        for (int year : years(claims)) {
            BigDecimal claimed = claims.stream().map(c -> c.hoursIn(year)).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal excess = claimed.subtract(available);
            if (excess.signum() <= 0) {
                continue;
            }
            BigDecimal worth = benefits.stream().map(b -> b.valueIn(year)).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal amount = excess.multiply(cheapest).min(worth).subtract(sameIndicatorOverlap(benefits, year));
            if (amount.signum() > 0) {
                overlap.put(year, amount);
                worstClaimed = worstClaimed.max(claimed);
            }
        }
        if (overlap.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DoubleCounting.conflict(
                ConflictRule.STAFF_TIME,
                benefits,
                Conflict.staffGroup(group.programme(), group.name()),
                overlap,
                List.of(
                        group.name(),
                        number(staff.persons()),
                        number(available),
                        number(worstClaimed),
                        number(worstClaimed.subtract(available)),
                        DoubleCounting.years(overlap))));
    }

    /**
     * What rule (a) already leaves out between the group's benefits in the year: two of them measured by the same
     * indicator overlap by the smaller value there. Those kroner are counted once by that conflict, so this rule
     * reports only the hours beyond them, and the net never leaves the same kroner out twice.
     */
    private static BigDecimal sameIndicatorOverlap(List<BenefitFacts> benefits, int year) {
        BigDecimal sum = BigDecimal.ZERO;
        for (int i = 0; i < benefits.size(); i++) {
            for (int j = i + 1; j < benefits.size(); j++) {
                BenefitFacts a = benefits.get(i);
                BenefitFacts b = benefits.get(j);
                if (DoubleCounting.sharedIndicator(a, b).isPresent() && !DoubleCounting.cashAndTimePair(a, b)) {
                    sum = sum.add(DoubleCounting.overlap(a, b).getOrDefault(year, BigDecimal.ZERO));
                }
            }
        }
        return sum;
    }

    private static TreeSet<Integer> years(List<TimeClaim> claims) {
        return claims.stream()
                .flatMap(c -> c.hoursByYear().keySet().stream())
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Hours and persons as the explanation shows them: at most one decimal, none when whole, thousands grouped. */
    private static String number(BigDecimal value) {
        BigDecimal rounded = value.setScale(1, RoundingMode.HALF_EVEN).stripTrailingZeros();
        String plain = rounded.scale() < 0 ? rounded.setScale(0).toPlainString() : rounded.toPlainString();
        // Thousands grouped with a space, as the pages and documents write numbers: 16 950, not 16950.
        String whole = plain.contains(".") ? plain.substring(0, plain.indexOf('.')) : plain;
        String grouped = whole.replaceAll("\\B(?=(\\d{3})+(?!\\d))", " ");
        return grouped + plain.substring(whole.length());
    }
}
