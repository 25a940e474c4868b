package no.gevinst.portfolio.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.programme.Programme;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * The double counting of several programmes ({@link DoubleCounting#detect}) put together from parts that each depend on
 * one programme's register or two: what a programme's benefits find among themselves (every rule but (b): links,
 * contributions and staff groups stay within a programme), what two programmes' benefits find between them (an
 * indicator of the same measure: rules (a) and (d)), and what benefits of one title find over all the programmes (rule
 * (b), from titles indexed per programme). A register edit in one programme then works out again only its own part and
 * its pairs with the others, each pair a hash join of the two programmes' measure keys, each indexed once per register.
 * The answer is the one {@link DoubleCounting#detect} gives over all the programmes' facts together
 * ({@code DoubleCountingPartsTest}).
 */
final class DoubleCountingParts {

    private DoubleCountingParts() {}

    /**
     * One programme's facts for the detector, and its comparison keys indexed once.
     *
     * @param facts the programme's facts alone (no organisation names: no rule within a programme names one)
     * @param pricedByMeasure its priced benefits by each measure key of their indicators, in its register's order
     * @param byTitle all its benefits by normalised title, in its register's order
     */
    record Indexed(
            ProgrammeId programme,
            PortfolioFacts facts,
            Map<String, List<BenefitFacts>> pricedByMeasure,
            Map<String, List<BenefitFacts>> byTitle) {

        static Indexed of(ProgrammeId programme, PortfolioFacts facts) {
            Map<String, List<BenefitFacts>> byMeasure = new LinkedHashMap<>();
            Map<String, List<BenefitFacts>> byTitle = new LinkedHashMap<>();
            for (BenefitFacts b : facts.benefits()) {
                byTitle.computeIfAbsent(IndicatorKeys.normalised(b.title()), k -> new ArrayList<>())
                        .add(b);
                if (b.priced()) {
                    b.indicators()
                            .keySet()
                            .forEach(key -> byMeasure
                                    .computeIfAbsent(key, k -> new ArrayList<>())
                                    .add(b));
                }
            }
            byMeasure.replaceAll((k, v) -> List.copyOf(v));
            byTitle.replaceAll((k, v) -> List.copyOf(v));
            return new Indexed(programme, facts, Map.copyOf(byMeasure), Map.copyOf(byTitle));
        }
    }

    /** Where the parts are kept: worked out by the supplier when not kept for the programme, or the two, as they are. */
    interface Kept {
        List<Conflict> within(Indexed programme, Supplier<List<Conflict>> work);

        List<Conflict> between(Indexed first, Indexed second, Supplier<List<Conflict>> work);
    }

    /**
     * The parts kept across readings: within each programme under its register's generation, between two under both.
     * Neither depends on anything that differs between users (no organisation is named in them).
     */
    static Kept kept(List<Programme> counted, Reading reading) {
        Map<ProgrammeId, Programme> byId = new HashMap<>();
        counted.forEach(p -> byId.put(p.id(), p));
        return new Kept() {
            @Override
            public List<Conflict> within(Indexed programme, Supplier<List<Conflict>> work) {
                return reading.keptOfRegister("conflicts within", programme.programme(), work);
            }

            @Override
            public List<Conflict> between(Indexed first, Indexed second, Supplier<List<Conflict>> work) {
                List<Programme> both = List.of(byId.get(first.programme()), byId.get(second.programme()));
                return reading.keptOfRegisters("conflicts between", both, "", work);
            }
        };
    }

    /** Nothing kept: every part worked out. */
    static final Kept NOTHING_KEPT = new Kept() {
        @Override
        public List<Conflict> within(Indexed programme, Supplier<List<Conflict>> work) {
            return work.get();
        }

        @Override
        public List<Conflict> between(Indexed first, Indexed second, Supplier<List<Conflict>> work) {
            return work.get();
        }
    };

    /**
     * The double counting over the programmes, in their order, as {@link DoubleCounting#detect} finds it in their facts
     * put together in that order, with the organisations named as given.
     */
    static List<Conflict> detect(List<Indexed> programmes, Map<OrganisationId, String> names, Kept kept) {
        List<Conflict> found = new ArrayList<>();
        for (int i = 0; i < programmes.size(); i++) {
            Indexed first = programmes.get(i);
            found.addAll(kept.within(first, () -> List.copyOf(within(first))));
            for (int j = i + 1; j < programmes.size(); j++) {
                Indexed second = programmes.get(j);
                found.addAll(kept.between(first, second, () -> List.copyOf(between(first, second))));
            }
        }
        found.addAll(sameTitle(programmes, names));
        return DoubleCounting.ordered(found);
    }

    /** What the programme's benefits find among themselves. */
    static List<Conflict> within(Indexed programme) {
        return DoubleCounting.detect(programme.facts());
    }

    /**
     * What the benefits of two programmes find between them, {@code first} the earlier in the portfolio's order: each
     * pair of priced benefits sharing a measure key once, found by joining the two indexes on the key.
     */
    static List<Conflict> between(Indexed first, Indexed second) {
        boolean firstSmaller =
                first.pricedByMeasure().size() <= second.pricedByMeasure().size();
        Map<String, List<BenefitFacts>> probe = firstSmaller ? first.pricedByMeasure() : second.pricedByMeasure();
        Map<String, List<BenefitFacts>> build = firstSmaller ? second.pricedByMeasure() : first.pricedByMeasure();
        Set<List<Object>> paired = new HashSet<>();
        List<Conflict> found = new ArrayList<>();
        probe.forEach((key, mine) -> {
            List<BenefitFacts> theirs = build.get(key);
            if (theirs == null) {
                return;
            }
            for (BenefitFacts x : mine) {
                for (BenefitFacts y : theirs) {
                    BenefitFacts a = firstSmaller ? x : y;
                    BenefitFacts b = firstSmaller ? y : x;
                    if (paired.add(List.of(a.id(), b.id()))) {
                        pair(a, b).ifPresent(found::add);
                    }
                }
            }
        });
        return found;
    }

    /** Rule (d) when one is a time saving and the other cash-releasing, rule (a) otherwise. */
    private static Optional<Conflict> pair(BenefitFacts a, BenefitFacts b) {
        if (!DoubleCounting.cashAndTimePair(a, b)) {
            return DoubleCounting.sameIndicator(a, b);
        }
        return a.benefitClass() == BenefitClass.CAPACITY
                ? CashAndTimeRule.cashAndTime(a, b)
                : CashAndTimeRule.cashAndTime(b, a);
    }

    /** Rule (b): the benefits of each title found in two programmes or more, in the programmes' order. */
    static List<Conflict> sameTitle(List<Indexed> programmes, Map<OrganisationId, String> names) {
        Map<String, Integer> programmesWith = new LinkedHashMap<>();
        for (Indexed p : programmes) {
            p.byTitle().keySet().forEach(title -> programmesWith.merge(title, 1, Integer::sum));
        }
        List<Conflict> found = new ArrayList<>();
        programmesWith.forEach((title, count) -> {
            if (count < 2) {
                return;
            }
            List<BenefitFacts> same = new ArrayList<>();
            programmes.forEach(p -> same.addAll(p.byTitle().getOrDefault(title, List.of())));
            found.addAll(OverClaims.allocationsOver100(same, names));
        });
        return found;
    }
}
