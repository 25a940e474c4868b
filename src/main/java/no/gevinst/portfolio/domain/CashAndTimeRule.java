package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayDeque;
import java.util.ArrayList;
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
import java.util.stream.Collectors;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.ConflictRule;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.shared.BenefitId;

/**
 * Rule (d) of the double counting ({@link DoubleCounting}): a priced time saving and a priced cash-releasing benefit
 * behind it are the same gain in the years both are valued.
 */
final class CashAndTimeRule {

    private CashAndTimeRule() {}

    /**
     * (d) A priced cash-releasing benefit and a priced capacity (time) benefit behind it: the network's links lead
     * from the time saving to the cash-releasing benefit, straight or through other benefits, or both have an
     * indicator of the same measure. Freed time and the cash it releases are the same gain, so the overlap in a year
     * is the smaller of the two values.
     */
    static List<Conflict> find(PortfolioFacts facts) {
        List<Conflict> found = new ArrayList<>();
        List<BenefitFacts> priced =
                facts.benefits().stream().filter(BenefitFacts::priced).toList();
        Map<BenefitId, List<BenefitId>> leadsTo = facts.links().stream()
                .collect(Collectors.groupingBy(
                        PortfolioFacts.BenefitLink::from,
                        Collectors.mapping(PortfolioFacts.BenefitLink::to, Collectors.toList())));
        Map<BenefitId, Set<BenefitId>> sharing = new HashMap<>();
        DoubleCounting.sharingAnIndicator(priced).forEach(pair -> {
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
        SortedMap<Integer, BigDecimal> overlap = DoubleCounting.overlap(cash, time);
        if (overlap.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(DoubleCounting.conflict(
                ConflictRule.CASH_AND_TIME,
                List.of(time, cash),
                "",
                overlap,
                List.of(
                        time.code() + " " + time.title(),
                        cash.code() + " " + cash.title(),
                        DoubleCounting.years(overlap))));
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
}
