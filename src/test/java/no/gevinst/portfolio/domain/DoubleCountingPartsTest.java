package no.gevinst.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Supplier;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.statistics.Statistics;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.portfolio.Conflict;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.ProgrammeId;

/**
 * The double counting put together from parts kept per programme and per pair of programmes equals the detector run
 * over the whole portfolio, after every one of a series of random edits to the programmes' registers; and an edit in
 * one programme works out again only that programme's own part and its pairs with the others.
 */
class DoubleCountingPartsTest {

    private static final List<String> TITLES =
            List.of("Færre liggedøgn", "færre   liggedøgn ", "Kortere ventetid", "Mindre papir", "Spart tid");
    private static final List<String> KEYS = List.of("measure:a", "measure:b", "canonical:x", "measure:c");
    private static final List<String> NAMES = List.of("Liggedøgn", "Ventetid", "Timer");
    private static final List<OrganisationId> ORGANISATIONS = List.of(
            Scenario.ST_OLAV,
            Scenario.TRONDHEIM,
            new OrganisationId(UUID.fromString("00000000-0000-0000-0000-0000000e5e5")));
    private static final List<String> SHARES = List.of("20", "50", "70", "100");
    private static final List<String> VALUES = List.of("0", "0", "100", "250.5", "1000", "1000");

    @Property(tries = 150)
    void partsKeptAcrossEditsEqualTheWholeDetection(@ForAll long seed) {
        Random random = new Random(seed);
        Portfolio portfolio = new Portfolio(random);
        int programmes = 2 + random.nextInt(3);
        for (int p = 0; p < programmes; p++) {
            portfolio.add(new Programme(portfolio, random));
        }
        CountingKept kept = new CountingKept(portfolio);
        assertThat(portfolio.incremental(kept)).isEqualTo(portfolio.whole());
        int found = 0;
        for (int edit = 0; edit < 12; edit++) {
            kept.reset();
            if (random.nextInt(10) == 0) {
                Collections.shuffle(portfolio.programmes, random);
                assertThat(portfolio.incremental(kept)).isEqualTo(portfolio.whole());
                continue;
            }
            portfolio.programmes.get(random.nextInt(programmes)).edit(random);
            List<Conflict> whole = portfolio.whole();
            assertThat(portfolio.incremental(kept)).isEqualTo(whole);
            found += whole.size();
            assertThat(kept.within).isLessThanOrEqualTo(1);
            assertThat(kept.between).isLessThanOrEqualTo(programmes - 1);
        }
        Statistics.label("conflicts found over the edits")
                .collect(found == 0 ? "none" : found < 20 ? "1-19" : "20 or more");
    }

    /** Parts kept under the programmes' generations, counting what had to be worked out. */
    private static final class CountingKept implements DoubleCountingParts.Kept {
        final Map<List<Object>, List<Conflict>> parts = new HashMap<>();
        final Portfolio portfolio;
        int within;
        int between;

        CountingKept(Portfolio portfolio) {
            this.portfolio = portfolio;
        }

        void reset() {
            within = 0;
            between = 0;
        }

        @Override
        public List<Conflict> within(DoubleCountingParts.Indexed programme, Supplier<List<Conflict>> work) {
            return parts.computeIfAbsent(List.of("within", programme.programme(), generation(programme)), k -> {
                within++;
                return work.get();
            });
        }

        @Override
        public List<Conflict> between(
                DoubleCountingParts.Indexed first, DoubleCountingParts.Indexed second, Supplier<List<Conflict>> work) {
            List<Object> key =
                    List.of("between", first.programme(), generation(first), second.programme(), generation(second));
            return parts.computeIfAbsent(key, k -> {
                between++;
                return work.get();
            });
        }

        private int generation(DoubleCountingParts.Indexed programme) {
            return portfolio.programmes.stream()
                    .filter(p -> p.id.equals(programme.programme()))
                    .findFirst()
                    .orElseThrow()
                    .generation;
        }
    }

    /** The programmes, in the portfolio's order, each with its register. */
    private static final class Portfolio {
        final List<Programme> programmes = new ArrayList<>();
        final Random random;
        int next = 1;

        Portfolio(Random random) {
            this.random = random;
        }

        void add(Programme programme) {
            programmes.add(programme);
        }

        BenefitId nextBenefit() {
            return new BenefitId(UUID.fromString("00000000-0000-0000-0001-%012d".formatted(next++)));
        }

        Map<OrganisationId, String> names() {
            return Map.of(Scenario.ST_OLAV, "St. Olavs hospital HF", Scenario.TRONDHEIM, "Trondheim kommune");
        }

        List<Conflict> whole() {
            List<BenefitFacts> benefits = new ArrayList<>();
            List<PortfolioFacts.BenefitLink> links = new ArrayList<>();
            Map<BenefitId, BigDecimal> contributions = new HashMap<>();
            List<PortfolioFacts.TimeClaim> claims = new ArrayList<>();
            Map<PortfolioFacts.StaffGroup, PortfolioFacts.StaffTime> staff = new HashMap<>();
            for (Programme p : programmes) {
                PortfolioFacts own = p.facts();
                benefits.addAll(own.benefits());
                links.addAll(own.links());
                contributions.putAll(own.contributionShares());
                claims.addAll(own.timeClaims());
                staff.putAll(own.staffTime());
            }
            return DoubleCounting.detect(new PortfolioFacts(benefits, links, contributions, names(), claims, staff));
        }

        List<Conflict> incremental(DoubleCountingParts.Kept kept) {
            List<DoubleCountingParts.Indexed> indexed =
                    programmes.stream().map(Programme::indexed).toList();
            return DoubleCountingParts.detect(indexed, names(), kept);
        }
    }

    /** One programme's register, links, contributions and staff; its facts made anew after each edit. */
    private static final class Programme {
        final Portfolio portfolio;
        final ProgrammeId id = new ProgrammeId(UUID.randomUUID());
        final List<BenefitFacts> benefits = new ArrayList<>();
        final List<PortfolioFacts.BenefitLink> links = new ArrayList<>();
        final Map<BenefitId, BigDecimal> contributions = new HashMap<>();
        final List<PortfolioFacts.TimeClaim> claims = new ArrayList<>();
        final PortfolioFacts.StaffGroup nurses;
        final PortfolioFacts.StaffTime staff;
        private DoubleCountingParts.Indexed indexed;
        /** Moved by every edit, as a programme's register generation is by every write to its register. */
        int generation;

        Programme(Portfolio portfolio, Random random) {
            this.portfolio = portfolio;
            this.nurses = new PortfolioFacts.StaffGroup(id, "sykepleiere");
            this.staff =
                    new PortfolioFacts.StaffTime(BigDecimal.valueOf(1 + random.nextInt(3)), new BigDecimal("1695"));
            int size = random.nextInt(7);
            for (int i = 0; i < size; i++) {
                benefits.add(benefit(portfolio.nextBenefit(), random));
            }
            for (int i = 0; i < size; i++) {
                relate(random);
            }
        }

        PortfolioFacts facts() {
            return indexed().facts();
        }

        DoubleCountingParts.Indexed indexed() {
            if (indexed == null) {
                indexed = DoubleCountingParts.Indexed.of(
                        id,
                        new PortfolioFacts(benefits, links, contributions, Map.of(), claims, Map.of(nurses, staff)));
            }
            return indexed;
        }

        /** One random edit of the register: a benefit rewritten, added or removed, or a link or claim added. */
        void edit(Random random) {
            indexed = null;
            generation++;
            int what = random.nextInt(5);
            if (what <= 1 && !benefits.isEmpty()) {
                int at = random.nextInt(benefits.size());
                benefits.set(at, benefit(benefits.get(at).id(), random));
            } else if (what == 2 && !benefits.isEmpty()) {
                BenefitId gone =
                        benefits.remove(random.nextInt(benefits.size())).id();
                links.removeIf(l -> l.from().equals(gone) || l.to().equals(gone));
                contributions.remove(gone);
                claims.removeIf(c -> c.benefit().equals(gone));
            } else if (what == 3) {
                relate(random);
            } else {
                benefits.add(benefit(portfolio.nextBenefit(), random));
            }
        }

        private void relate(Random random) {
            if (benefits.isEmpty()) {
                return;
            }
            BenefitFacts from = pick(benefits, random);
            BenefitFacts to = pick(benefits, random);
            switch (random.nextInt(3)) {
                case 0 -> links.add(new PortfolioFacts.BenefitLink(from.id(), to.id()));
                case 1 -> contributions.put(to.id(), new BigDecimal(pick(List.of("60", "100", "130"), random)));
                default ->
                    claims.add(new PortfolioFacts.TimeClaim(
                            from.id(),
                            nurses,
                            new TreeMap<>(Map.of(2026, new BigDecimal(pick(List.of("1000", "3000", "5200"), random)))),
                            new BigDecimal(pick(List.of("400", "650"), random))));
            }
        }

        private BenefitFacts benefit(BenefitId benefitId, Random random) {
            Map<String, String> indicators = new LinkedHashMap<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                indicators.put(pick(KEYS, random), pick(NAMES, random));
            }
            Map<OrganisationId, BigDecimal> allocations = new LinkedHashMap<>();
            for (int i = random.nextInt(3); i > 0; i--) {
                allocations.put(pick(ORGANISATIONS, random), new BigDecimal(pick(SHARES, random)));
            }
            TreeMap<Integer, BigDecimal> values = new TreeMap<>();
            for (int year = 2026; year <= 2028; year++) {
                values.put(year, new BigDecimal(pick(VALUES, random)));
            }
            return new BenefitFacts(
                    benefitId,
                    id,
                    "P" + Math.abs(id.hashCode() % 100),
                    "B-" + benefitId.value().toString().substring(24),
                    pick(TITLES, random),
                    pick(List.of(BenefitClass.values()), random),
                    allocations,
                    values,
                    indicators);
        }

        private static <T> T pick(List<T> from, Random random) {
            return from.get(random.nextInt(from.size()));
        }
    }
}
