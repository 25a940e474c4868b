package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.gevinst.benefit.Allocation;
import no.gevinst.benefit.Benefit;
import no.gevinst.indicator.Direction;
import no.gevinst.indicator.Indicator;
import no.gevinst.indicator.Trajectory;
import no.gevinst.programme.Programme;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import no.gevinst.shared.OrganisationId;
import no.gevinst.valuation.ProgrammeValuation;
import no.gevinst.valuation.Valuation;

/**
 * What realised kroner are reckoned from besides the actuals and their sign-offs: each priced benefit's forecast, its
 * measurable indicators with their trajectories, and what names it and who must sign its periods off. Nothing in it
 * is moved by a measurement, so a programme's basis is kept while measurements are recorded and only the actuals are
 * read again ({@link RealisedKroner}). Compact: what the reckoning uses of the register and indicators, no more.
 *
 * @param priced each priced benefit's forecast per year, in the valuations' order
 * @param measurable the quantitative indicators with a trajectory, per benefit
 * @param named the benefits with a measurable indicator, as the register has them
 */
record RealisedBasis(List<Priced> priced, Map<BenefitId, List<Measurable>> measurable, Map<BenefitId, Named> named) {

    RealisedBasis {
        priced = List.copyOf(priced);
        measurable = Map.copyOf(measurable);
        named = Map.copyOf(named);
    }

    /** A priced benefit's forecast value in each year, from its programme's valuation. */
    record Priced(Programme programme, BenefitId id, Map<Integer, BigDecimal> forecast) {}

    /** An indicator that can be reckoned: quantitative, with a målbane; what an actual of it is shown with. */
    record Measurable(IndicatorId id, String name, String unit, Direction direction, Trajectory trajectory) {

        static Measurable of(Indicator i, Trajectory t) {
            return new Measurable(i.id(), i.name(), i.unit(), i.direction(), t);
        }
    }

    /** A benefit as realised kroner name it, with the benefiting parties that must sign off, as the flows page. */
    record Named(BenefitId id, String code, String title, List<OrganisationId> signers) {

        static Named of(Benefit b) {
            Map<OrganisationId, BigDecimal> allocations = new HashMap<>();
            for (Allocation a : b.allocations()) {
                allocations.merge(a.organisation(), a.share().value(), BigDecimal::add);
            }
            return new Named(
                    b.id(),
                    b.code(),
                    b.title(),
                    List.copyOf(new BenefitFlow(b.id(), BigDecimal.ZERO, b.investors(), allocations).signers()));
        }
    }

    static List<Priced> priced(Map<Programme, ProgrammeValuation> valuations) {
        List<Priced> priced = new ArrayList<>();
        valuations.forEach((programme, valuation) -> {
            for (Valuation.BenefitLine line : valuation.valuation().benefits()) {
                priced.add(new Priced(programme, line.benefit().id(), line.valueByYear()));
            }
        });
        return priced;
    }

    /** The first year any priced benefit has a forecast for; after {@code thisYear} when none has. */
    int firstYear(int thisYear) {
        return priced.stream()
                .flatMap(p -> p.forecast().keySet().stream())
                .min(Integer::compare)
                .orElse(thisYear + 1);
    }

    /** The benefits with an actual of some measurable indicator: only these are named and may need sign-off. */
    Map<BenefitId, Named> withActuals(Collection<IndicatorId> measured) {
        Map<BenefitId, Named> with = new HashMap<>();
        measurable.forEach((id, list) -> {
            Named benefit = named.get(id);
            if (benefit != null && list.stream().anyMatch(m -> measured.contains(m.id()))) {
                with.put(id, benefit);
            }
        });
        return with;
    }
}
