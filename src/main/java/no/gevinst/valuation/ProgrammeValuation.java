package no.gevinst.valuation;

import java.util.List;
import java.util.Map;

/**
 * A programme's valuation as the page, the API and the workbook show it: the settings, the assumptions, each
 * priced benefit with its model, the costs, and the computed valuation at the most likely values. Each priced
 * benefit, and so each line of the valuation, carries the id of the benefit it prices.
 */
public record ProgrammeValuation(
        EconomicSettings settings,
        AssumptionBook assumptions,
        List<PricedBenefit> benefits,
        List<Cost> costs,
        Valuation valuation) {

    /** True when the programme receives co-financing: only then are gains taken out as budget cuts. */
    public boolean coFinanced() {
        return !coFinancedActors().isEmpty();
    }

    /** The actors that receive co-financing, whose cash-releasing gains the budget cuts fall on. */
    public java.util.Set<Actor> coFinancedActors() {
        return ValuationEngine.coFinanced(costs);
    }

    /**
     * A valuation with nothing priced over the default period: what a programme whose stored valuation cannot be
     * computed contributes to sums across programmes, beside the problem shown in its place.
     */
    public static ProgrammeValuation nothingPriced(EconomicSettings settings) {
        return new ProgrammeValuation(
                settings,
                new AssumptionBook(),
                List.of(),
                List.of(),
                ValuationEngine.value(settings, List.of(), List.of(), Map.of()));
    }
}
