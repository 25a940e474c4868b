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
import no.gevinst.benefit.BenefitClass;
import no.gevinst.portfolio.ConflictBenefit;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.OrganisationFigures;
import no.gevinst.portfolio.Realised;
import no.gevinst.portfolio.Reconciliation;
import no.gevinst.portfolio.Totals;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;
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

    /** One generated benefit: its allocations, its value, what it gives up and what it realised in each year. */
    record Generated(
            Map<Integer, BigDecimal> shares,
            SortedMap<Integer, BigDecimal> values,
            SortedMap<Integer, BigDecimal> excluded,
            SortedMap<Integer, BigDecimal> realised,
            boolean signed) {}

    @Property(tries = 300)
    void organisationsAndTheRemainderAddUpToTheWhole(@ForAll("benefits") @Size(max = 12) List<Generated> generated) {
        Input in = input(generated);
        OrganisationShares shares = new OrganisationShares(in.facts(), in.totals(), in.realised());
        Map<OrganisationId, String> names = new HashMap<>();
        ORGANISATIONS.forEach(o -> names.put(o, "Org " + ORGANISATIONS.indexOf(o)));
        Reconciliation r = shares.reconciliation(names);

        assertThat(r.balances()).isTrue();
        for (OrganisationFigures.Year whole : r.whole().years()) {
            int year = whole.year();
            assertThat(sum(r, year, OrganisationFigures.Year::forecast)).isEqualByComparingTo(whole.forecast());
            assertThat(sum(r, year, OrganisationFigures.Year::excluded)).isEqualByComparingTo(whole.excluded());
            assertThat(sum(r, year, OrganisationFigures.Year::net)).isEqualByComparingTo(whole.net());
            assertThat(sum(r, year, y -> orZero(y.realised()))).isEqualByComparingTo(orZero(whole.realised()));
            assertThat(sum(r, year, y -> orZero(y.unsigned()))).isEqualByComparingTo(orZero(whole.unsigned()));
            // The whole is each benefit counted once: the dashboard's forecast and realised for the year.
            BigDecimal values = generated.stream()
                    .map(g -> g.values().getOrDefault(year, BigDecimal.ZERO))
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(whole.forecast()).isEqualByComparingTo(values);
            Realised dashboard = in.realised().get(year);
            assertThat(orZero(whole.realised()))
                    .isEqualByComparingTo(dashboard == null ? BigDecimal.ZERO : dashboard.total());
        }
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

    private static Input input(List<Generated> generated) {
        List<BenefitFacts> facts = new ArrayList<>();
        List<Totals.BenefitExclusion> exclusions = new ArrayList<>();
        Map<Integer, List<Realised.Benefit>> realised = new TreeMap<>();
        for (Generated g : generated) {
            BenefitId id = new BenefitId(UUID.randomUUID());
            Map<OrganisationId, BigDecimal> allocations = new LinkedHashMap<>();
            g.shares().forEach((i, share) -> allocations.put(ORGANISATIONS.get(i), share));
            BenefitFacts b = facts(id, allocations, g.values());
            facts.add(b);
            if (!g.excluded().isEmpty()) {
                exclusions.add(new Totals.BenefitExclusion(
                        new ConflictBenefit(id, b.code(), b.title(), PROGRAMME, "P"), g.excluded()));
            }
            g.realised()
                    .forEach((year, amount) -> realised.computeIfAbsent(year, y -> new ArrayList<>())
                            .add(new Realised.Benefit(
                                    id,
                                    b.code(),
                                    b.title(),
                                    "P",
                                    g.values().getOrDefault(year, BigDecimal.ZERO),
                                    BigDecimal.ONE,
                                    amount,
                                    !g.signed(),
                                    g.signed(),
                                    List.of())));
        }
        SortedMap<Integer, Realised> byYear = new TreeMap<>();
        realised.forEach((year, list) -> {
            BigDecimal total = list.stream().map(Realised.Benefit::realised).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal unsigned = list.stream()
                    .filter(b -> !b.signed())
                    .map(Realised.Benefit::realised)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            byYear.put(year, new Realised(PROGRAMME, year, true, total, unsigned, list));
        });
        return new Input(facts, Totals.of(List.of(), exclusions), byYear);
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
        Arbitrary<Generated> one = Combinators.combine(shares, byYear, byYear, byYear, Arbitraries.of(true, false))
                .as((s, values, excluded, realised, signed) ->
                        new Generated(s, values, capped(excluded, values), realised, signed));
        return one.list();
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
