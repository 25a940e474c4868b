package no.gevinst.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import no.gevinst.TestBenefits;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.benefit.BenefitClass;
import no.gevinst.benefit.BenefitShare;
import no.gevinst.benefit.BenefitStatus;
import no.gevinst.portfolio.ConflictBenefit;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.OrganisationFigures;
import no.gevinst.portfolio.Realised;
import no.gevinst.portfolio.Reconciliation;
import no.gevinst.portfolio.Totals;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.programme.Phase;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.shared.Percent;
import no.gevinst.shared.ProgrammeId;
import org.junit.jupiter.api.Test;

/**
 * The parts reconcile: over any benefits, allocations (below, at or above 100 %), exclusions and realised kroner, the
 * organisations' shares and the unallocated remainder add up to the whole, year by year and figure by figure, to the
 * øre; and the whole is each benefit counted once, as the dashboard counts it. The demo's own figures are checked the
 * same way against its dashboard in OrganisationScopeIT.
 */
class OrganisationSharesTest {

    private static final List<OrganisationId> ORGANISATIONS = List.of(
            new OrganisationId(UUID.randomUUID()),
            new OrganisationId(UUID.randomUUID()),
            new OrganisationId(UUID.randomUUID()),
            new OrganisationId(UUID.randomUUID()));
    private static final ProgrammeId PROGRAMME = new ProgrammeId(UUID.randomUUID());

    private static final Programme A = programme("A");
    private static final Programme B = programme("B");

    /**
     * One generated benefit: its allocations, its value, what it gives up and what it realised in each year, its home
     * programme (A or B) and the share of it the home shares with the other programme (issue 18; null: not shared).
     */
    record Generated(
            Map<Integer, BigDecimal> shares,
            SortedMap<Integer, BigDecimal> values,
            SortedMap<Integer, BigDecimal> excluded,
            SortedMap<Integer, BigDecimal> realised,
            boolean signed,
            boolean atA,
            BigDecimal shared) {

        Programme home() {
            return atA ? A : B;
        }
    }

    /**
     * Over programme A alone, B alone and both together, the organisations and the remainder add up to the whole, and
     * the whole is the dashboard's figure: each programme's own benefits with the benefits shared between the two at
     * each one's share (SharedFacts, SharedRealised, SharedForecasts.change). A's and B's wholes add up to each benefit
     * counted once.
     */
    @Property(tries = 300)
    void organisationsAndTheRemainderAddUpToTheWhole(@ForAll("benefits") @Size(max = 12) List<Generated> all) {
        // One benefit each: the same generated twice is the same benefit (its id is kept by its value).
        List<Generated> generated = all.stream().distinct().toList();
        Map<List<Programme>, Reconciliation> byScope = new LinkedHashMap<>();
        Map<List<Programme>, Map<String, BigDecimal>> rowsByScope = new LinkedHashMap<>();
        for (List<Programme> scope : List.of(List.of(A), List.of(B), List.of(A, B))) {
            Input in = input(generated, scope);
            Reconciliation r = new OrganisationShares(in.facts(), in.totals(), in.realised()).reconciliation(NAMES);
            assertBalances(r);
            for (OrganisationFigures.Year whole : r.whole().years()) {
                int year = whole.year();
                // The whole is the dashboard's forecast and realised for the year.
                assertThat(whole.forecast()).isEqualByComparingTo(forecast(generated, scope, year));
                Realised dashboard = in.realised().get(year);
                assertThat(orZero(whole.realised()))
                        .isEqualByComparingTo(dashboard == null ? BigDecimal.ZERO : dashboard.total());
            }
            byScope.put(scope, r);
            rowsByScope.put(scope, rows(in.realised()));
        }
        // Counted together, each programme's row of a benefit is what it counts alone (not the other's, renamed).
        Map<String, BigDecimal> alone = new HashMap<>(rowsByScope.get(List.of(A)));
        alone.putAll(rowsByScope.get(List.of(B)));
        assertThat(rowsByScope.get(List.of(A, B))).containsOnlyKeys(alone.keySet());
        rowsByScope.get(List.of(A, B)).forEach((key, value) -> assertThat(value).isEqualByComparingTo(alone.get(key)));
        // Each programme counts its share: the two add up to each benefit once, as both together count it.
        for (int year = 2024; year <= 2030; year++) {
            BigDecimal values = BigDecimal.ZERO;
            BigDecimal realised = BigDecimal.ZERO;
            for (Generated g : generated) {
                values = values.add(g.values().getOrDefault(year, BigDecimal.ZERO));
                realised = realised.add(g.realised().getOrDefault(year, BigDecimal.ZERO));
            }
            assertThat(wholeOf(byScope.get(List.of(A)), year, OrganisationFigures.Year::forecast)
                            .add(wholeOf(byScope.get(List.of(B)), year, OrganisationFigures.Year::forecast)))
                    .isEqualByComparingTo(values)
                    .isEqualByComparingTo(
                            wholeOf(byScope.get(List.of(A, B)), year, OrganisationFigures.Year::forecast));
            assertThat(wholeOf(byScope.get(List.of(A)), year, y -> orZero(y.realised()))
                            .add(wholeOf(byScope.get(List.of(B)), year, y -> orZero(y.realised()))))
                    .isEqualByComparingTo(realised)
                    .isEqualByComparingTo(wholeOf(byScope.get(List.of(A, B)), year, y -> orZero(y.realised())));
        }
    }

    /** Each year's rows of the realised kroner by year, benefit and programme code. */
    private static Map<String, BigDecimal> rows(SortedMap<Integer, Realised> realised) {
        Map<String, BigDecimal> rows = new HashMap<>();
        realised.forEach((year, r) -> r.benefits()
                .forEach(
                        b -> rows.merge(year + " " + b.id() + " " + b.programmeCode(), b.realised(), BigDecimal::add)));
        return rows;
    }

    private static final Map<OrganisationId, String> NAMES = new HashMap<>();

    static {
        ORGANISATIONS.forEach(o -> NAMES.put(o, "Org " + ORGANISATIONS.indexOf(o)));
    }

    private static void assertBalances(Reconciliation r) {
        assertThat(r.balances()).isTrue();
        for (OrganisationFigures.Year whole : r.whole().years()) {
            int year = whole.year();
            assertThat(sum(r, year, OrganisationFigures.Year::forecast)).isEqualByComparingTo(whole.forecast());
            assertThat(sum(r, year, OrganisationFigures.Year::excluded)).isEqualByComparingTo(whole.excluded());
            assertThat(sum(r, year, OrganisationFigures.Year::net)).isEqualByComparingTo(whole.net());
            assertThat(sum(r, year, y -> orZero(y.realised()))).isEqualByComparingTo(orZero(whole.realised()));
            assertThat(sum(r, year, y -> orZero(y.unsigned()))).isEqualByComparingTo(orZero(whole.unsigned()));
        }
    }

    private static BigDecimal wholeOf(
            Reconciliation r, int year, Function<OrganisationFigures.Year, BigDecimal> figure) {
        OrganisationFigures.Year y = r.whole().year(year);
        return y == null ? BigDecimal.ZERO : figure.apply(y);
    }

    /** The dashboard's forecast of the programmes in the year: each one's own, with the shared at its share. */
    private static BigDecimal forecast(List<Generated> generated, List<Programme> scope, int year) {
        BigDecimal sum = BigDecimal.ZERO;
        for (Programme p : scope) {
            for (Generated g : generated) {
                if (g.home().equals(p)) {
                    sum = sum.add(g.values().getOrDefault(year, BigDecimal.ZERO));
                }
            }
            for (SharedCounting.Counted c : countedBy(generated).apply(p.id())) {
                sum = sum.add(SharedForecasts.change(c, p.id()).getOrDefault(year, BigDecimal.ZERO));
            }
        }
        return sum;
    }

    @Test
    void eachFigureKeepsItsFormula() {
        OrganisationId st = ORGANISATIONS.getFirst();
        BenefitFacts b = facts(
                new BenefitId(UUID.randomUUID()),
                Map.of(st, new BigDecimal("40")),
                new TreeMap<>(Map.of(2026, new BigDecimal("2000000"))));
        OrganisationShares shares =
                new OrganisationShares(List.of(b), Totals.of(List.of(), List.of()), new TreeMap<>());
        OrganisationFigures.Part part = shares.of(new FlowMatrix.Party(st, "St. Olavs"))
                .year(2026)
                .parts()
                .getFirst();
        assertThat(part.percent()).isEqualByComparingTo("40");
        assertThat(part.forecast()).isEqualByComparingTo("2000000");
        assertThat(part.forecastPart()).isEqualByComparingTo("800000");
        assertThat(shares.unallocated().year(2026).forecast()).isEqualByComparingTo("1200000");
    }

    private static BigDecimal sum(Reconciliation r, int year, Function<OrganisationFigures.Year, BigDecimal> figure) {
        BigDecimal sum = figure.apply(r.unallocated().year(year));
        for (OrganisationFigures o : r.organisations()) {
            sum = sum.add(figure.apply(o.year(year)));
        }
        return sum;
    }

    private static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    record Input(List<BenefitFacts> facts, Totals totals, SortedMap<Integer, Realised> realised) {}

    /** What the dashboard of the programmes in scope reads, with the benefits shared between A and B at their shares. */
    private static Input input(List<Generated> generated, List<Programme> scope) {
        List<BenefitFacts> facts = new ArrayList<>();
        List<Totals.BenefitExclusion> exclusions = new ArrayList<>();
        Map<Integer, List<Realised.Benefit>> realised = new TreeMap<>();
        for (Generated g : generated) {
            if (!scope.contains(g.home())) {
                continue;
            }
            BenefitFacts b = facts(g);
            facts.add(b);
            // What double counting leaves out is the home's control's, of its own benefits not shared.
            if (!g.excluded().isEmpty() && g.shared() == null) {
                exclusions.add(new Totals.BenefitExclusion(
                        new ConflictBenefit(
                                b.id(),
                                b.code(),
                                b.title(),
                                g.home().id(),
                                g.home().code()),
                        g.excluded()));
            }
            realisedOf(g, g.home())
                    .forEach((year, r) -> realised.computeIfAbsent(year, y -> new ArrayList<>())
                            .addAll(r.benefits()));
        }
        SortedMap<Integer, Realised> byYear = new TreeMap<>();
        realised.forEach((year, list) -> byYear.put(year, realised(year, list)));
        ProgrammeId selected = scope.size() == 1 ? scope.getFirst().id() : null;
        return new Input(
                SharedFacts.atShare(scope, facts, countedBy(generated)),
                Totals.of(List.of(), exclusions),
                SharedRealised.atShare(
                        selected,
                        scope,
                        byYear,
                        2030,
                        p -> countedBy(generated).apply(p.id()),
                        // Reckoned once, named for the programme that first counts it (as SharedRealised does).
                        (p, c, thisYear) -> realisedOf(
                                generated.stream()
                                        .filter(g ->
                                                facts(g).id().equals(c.benefit().id()))
                                        .findFirst()
                                        .orElseThrow(),
                                p)));
    }

    private static Realised realised(int year, List<Realised.Benefit> list) {
        BigDecimal total = list.stream().map(Realised.Benefit::realised).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal unsigned = list.stream()
                .filter(b -> !b.signed())
                .map(Realised.Benefit::realised)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
        return new Realised(null, year, true, total, unsigned, list);
    }

    /** The benefit's realised kroner, the whole of it, each year a row named for the programme counting it. */
    private static SortedMap<Integer, Realised> realisedOf(Generated g, Programme counting) {
        BenefitFacts b = facts(g);
        SortedMap<Integer, Realised> byYear = new TreeMap<>();
        g.realised()
                .forEach((year, amount) -> byYear.put(
                        year,
                        realised(
                                year,
                                List.of(new Realised.Benefit(
                                        b.id(),
                                        b.code(),
                                        b.title(),
                                        counting.code(),
                                        g.values().getOrDefault(year, BigDecimal.ZERO),
                                        BigDecimal.ONE,
                                        amount,
                                        !g.signed(),
                                        g.signed(),
                                        List.of())))));
        return byYear;
    }

    /** Each generated benefit's id, the same in every scope it is counted in. */
    private static final Map<Generated, BenefitId> ids = new HashMap<>();

    private static BenefitFacts facts(Generated g) {
        BenefitId id = ids.computeIfAbsent(g, k -> new BenefitId(UUID.randomUUID()));
        Map<OrganisationId, BigDecimal> allocations = new LinkedHashMap<>();
        g.shares().forEach((i, share) -> allocations.put(ORGANISATIONS.get(i), share));
        return new BenefitFacts(
                id,
                g.home().id(),
                g.home().code(),
                "P-" + id.toString().substring(0, 4),
                "Gevinst",
                BenefitClass.CASH_RELEASING,
                allocations,
                g.values(),
                Map.of());
    }

    /** The shared benefits each programme counts (SharedCounting): at home each share given, elsewhere its own. */
    private static Function<ProgrammeId, List<SharedCounting.Counted>> countedBy(List<Generated> generated) {
        return programme -> generated.stream()
                .filter(g -> g.shared() != null)
                .map(g -> {
                    Programme other = g.atA() ? B : A;
                    BenefitFacts f = facts(g);
                    return new SharedCounting.Counted(
                            benefit(f, g),
                            g.values(),
                            List.of(new BenefitShare(
                                    f.id(), other.id(), new Percent(g.shared()), "p", null, "a", null, 0)));
                })
                .filter(c -> c.benefit().programme().equals(programme)
                        || c.shares().getFirst().programme().equals(programme))
                .toList();
    }

    private static Benefit benefit(BenefitFacts f, Generated g) {
        return TestBenefits.benefit()
                .id(f.id())
                .programme(f.programme())
                .code(f.code())
                .title(f.title())
                .benefitClass(f.benefitClass())
                .allocations(f.allocations().entrySet().stream()
                        .map(e -> new Allocation(e.getKey(), new Percent(e.getValue())))
                        .toList())
                .units(null)
                .status(BenefitStatus.PLANNED)
                .build();
    }

    private static Programme programme(String code) {
        return Programme.builder()
                .id(new ProgrammeId(UUID.randomUUID()))
                .code(code)
                .name("Program " + code)
                .owner(new OrganisationId(UUID.randomUUID()))
                .currentPhase(Phase.REALISE)
                .build();
    }

    private static BenefitFacts facts(
            BenefitId id, Map<OrganisationId, BigDecimal> allocations, SortedMap<Integer, BigDecimal> values) {
        return new BenefitFacts(
                id,
                PROGRAMME,
                "P",
                "P-" + id.toString().substring(0, 4),
                "Gevinst",
                BenefitClass.CASH_RELEASING,
                allocations,
                values,
                Map.of());
    }

    @Provide
    Arbitrary<List<Generated>> benefits() {
        Arbitrary<BigDecimal> share = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("100"))
                .ofScale(2);
        Arbitrary<Map<Integer, BigDecimal>> shares =
                Arbitraries.maps(Arbitraries.integers().between(0, 3), share).ofMaxSize(4);
        Arbitrary<BigDecimal> money = Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("50000000"))
                .ofScale(2);
        Arbitrary<SortedMap<Integer, BigDecimal>> byYear = Arbitraries.maps(
                        Arbitraries.integers().between(2024, 2030), money)
                .ofMaxSize(5)
                .map(TreeMap::new);
        // A share of the benefit shared with the other programme (up to 100 %), for about half of them.
        Arbitrary<BigDecimal> sharedShare = Arbitraries.bigDecimals()
                .between(new BigDecimal("0.01"), new BigDecimal("100"))
                .ofScale(2)
                .injectNull(0.5);
        Arbitrary<Generated> one = Combinators.combine(
                        shares,
                        byYear,
                        byYear,
                        byYear,
                        Arbitraries.of(true, false),
                        Arbitraries.of(true, false),
                        sharedShare)
                .as((s, values, excluded, realised, signed, atA, shared) -> new Generated(
                        s,
                        values,
                        capped(excluded, values),
                        realised,
                        signed,
                        atA,
                        // A benefit's allocations never exceed 100 % (Benefit refuses it); above, not shared.
                        allocatedAbove100(s) ? null : shared));
        return one.list();
    }

    private static boolean allocatedAbove100(Map<Integer, BigDecimal> shares) {
        return shares.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add).compareTo(new BigDecimal("100")) > 0;
    }

    /** What a benefit gives up is never more than its value (NetTotals caps it so). */
    private static SortedMap<Integer, BigDecimal> capped(
            SortedMap<Integer, BigDecimal> excluded, SortedMap<Integer, BigDecimal> values) {
        SortedMap<Integer, BigDecimal> capped = new TreeMap<>();
        excluded.forEach((year, amount) -> {
            BigDecimal value = values.getOrDefault(year, BigDecimal.ZERO);
            BigDecimal left = amount.min(value);
            if (left.signum() > 0) {
                capped.put(year, left);
            }
        });
        return capped;
    }
}
