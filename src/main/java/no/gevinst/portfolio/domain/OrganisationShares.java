package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import no.gevinst.portfolio.FlowMatrix;
import no.gevinst.portfolio.OrganisationFigures;
import no.gevinst.portfolio.Realised;
import no.gevinst.portfolio.Reconciliation;
import no.gevinst.portfolio.Totals;
import no.gevinst.portfolio.domain.PortfolioFacts.BenefitFacts;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.OrganisationId;

/**
 * Splits the priced benefits counted over the organisations they are allocated to: each benefit's forecast, what
 * double counting leaves out of it and its realised kroner, times the organisation's allocation share. A pure function
 * of the facts the dashboard already read, so that the parts are the dashboard's own figures split, and so that a
 * property test can feed it by hand.
 */
public final class OrganisationShares {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final List<BenefitFacts> counted;
    private final Map<BenefitId, SortedMap<Integer, BigDecimal>> excluded = new HashMap<>();
    private final Map<Integer, Map<BenefitId, Realised.Benefit>> realised = new HashMap<>();
    private final SortedSet<Integer> years = new TreeSet<>();

    /**
     * @param counted the benefits counted (their programme's valuation and allocations)
     * @param totals the totals of what is counted, with what each benefit gives up to double counting
     * @param realisedByYear the realised kroner of each year reckoned, benefit by benefit
     */
    public OrganisationShares(List<BenefitFacts> counted, Totals totals, SortedMap<Integer, Realised> realisedByYear) {
        this.counted = List.copyOf(counted);
        totals.byBenefit().forEach(e -> excluded.put(e.benefit().id(), e.byYear()));
        realisedByYear.forEach((year, r) -> {
            Map<BenefitId, Realised.Benefit> of = new HashMap<>();
            // A benefit shared between programmes counted together has a row in each: its parts add up (issue 18).
            r.benefits().forEach(b -> of.merge(b.id(), b, OrganisationShares::together));
            realised.put(year, of);
        });
        counted.forEach(b -> years.addAll(b.valueByYear().keySet()));
        years.addAll(realisedByYear.keySet());
    }

    private static Realised.Benefit together(Realised.Benefit a, Realised.Benefit b) {
        return new Realised.Benefit(
                a.id(),
                a.code(),
                a.title(),
                a.programmeCode(),
                a.forecast().add(b.forecast()),
                a.achievement(),
                a.realised().add(b.realised()),
                a.crossOrganisation(),
                a.signed() && b.signed(),
                a.indicators());
    }

    /** The share of the benefit allocated to the organisation, in percent; zero when none is. */
    public static BigDecimal percent(BenefitFacts b, OrganisationId organisation) {
        return b.allocations().getOrDefault(organisation, BigDecimal.ZERO);
    }

    /** 100 % less every share allocated: what no organisation is given; below zero when more than all is. */
    public static BigDecimal unallocatedPercent(BenefitFacts b) {
        return b.allocations().values().stream().reduce(HUNDRED, BigDecimal::subtract);
    }

    /** The organisation's part. */
    public OrganisationFigures of(FlowMatrix.Party organisation) {
        return figures(organisation, b -> percent(b, organisation.id()));
    }

    /** What no organisation is allocated. */
    public OrganisationFigures unallocated() {
        return figures(null, OrganisationShares::unallocatedPercent);
    }

    /** Everything counted, each benefit at 100 %: the figures the parts add up to. */
    public OrganisationFigures whole() {
        return figures(null, b -> HUNDRED);
    }

    /** Every organisation with a share, by name, and the remainder, beside the whole. */
    public Reconciliation reconciliation(Map<OrganisationId, String> names) {
        Map<OrganisationId, String> allocated = new LinkedHashMap<>();
        counted.forEach(b -> b.allocations().keySet().forEach(o -> allocated.put(o, names.getOrDefault(o, "?"))));
        List<OrganisationFigures> parts = allocated.entrySet().stream()
                .map(e -> of(new FlowMatrix.Party(e.getKey(), e.getValue())))
                .sorted(Comparator.comparing(f -> f.organisation().name()))
                .toList();
        return new Reconciliation(whole(), parts, unallocated());
    }

    private OrganisationFigures figures(FlowMatrix.Party organisation, Function<BenefitFacts, BigDecimal> percent) {
        List<OrganisationFigures.Year> out = new ArrayList<>();
        for (int year : years) {
            out.add(year(year, percent));
        }
        return new OrganisationFigures(organisation, out);
    }

    private OrganisationFigures.Year year(int year, Function<BenefitFacts, BigDecimal> percent) {
        Map<BenefitId, Realised.Benefit> measured = realised.getOrDefault(year, Map.of());
        List<OrganisationFigures.Part> parts = new ArrayList<>();
        BigDecimal forecast = BigDecimal.ZERO;
        BigDecimal left = BigDecimal.ZERO;
        BigDecimal done = null;
        BigDecimal unsigned = null;
        for (BenefitFacts b : counted) {
            BigDecimal share = percent.apply(b);
            Realised.Benefit r = measured.get(b.id());
            BigDecimal value = b.valueIn(year);
            if (share.signum() == 0 || (value.signum() == 0 && r == null)) {
                continue;
            }
            OrganisationFigures.Part part = new OrganisationFigures.Part(
                    b.id(),
                    b.code(),
                    b.title(),
                    b.programmeCode(),
                    share,
                    value,
                    excluded.getOrDefault(b.id(), new TreeMap<>()).getOrDefault(year, BigDecimal.ZERO),
                    r == null ? null : r.realised(),
                    r == null || r.signed());
            parts.add(part);
            forecast = forecast.add(part.forecastPart());
            left = left.add(part.excludedPart());
            if (r != null) {
                done = (done == null ? BigDecimal.ZERO : done).add(part.realisedPart());
                BigDecimal notSigned = r.signed() ? BigDecimal.ZERO : part.realisedPart();
                unsigned = (unsigned == null ? BigDecimal.ZERO : unsigned).add(notSigned);
            }
        }
        return new OrganisationFigures.Year(year, forecast, left, forecast.subtract(left), done, unsigned, parts);
    }
}
