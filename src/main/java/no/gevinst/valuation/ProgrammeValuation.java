package no.gevinst.valuation;

import java.util.List;
import java.util.Map;
import no.gevinst.shared.BenefitId;

/**
 * A programme's valuation as the page, the API and the workbook show it: the settings, the assumptions, each
 * priced benefit with its model, the costs, and the computed valuation at the most likely values.
 *
 * @param benefitCodes the code and title of each priced benefit, by the name its line carries
 */
public record ProgrammeValuation(
        EconomicSettings settings,
        AssumptionBook assumptions,
        List<PricedBenefit> benefits,
        Map<String, BenefitId> benefitIds,
        List<Cost> costs,
        Valuation valuation) {}
