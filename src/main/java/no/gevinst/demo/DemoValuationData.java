package no.gevinst.demo;

import java.util.List;
import no.gevinst.valuation.ValuationInputs.AssumptionInput;
import no.gevinst.valuation.ValuationInputs.CostInput;
import no.gevinst.valuation.ValuationInputs.ModelInput;

/**
 * One programme's economic analysis as {@code demo/valuations.json} writes it: its period (with R-109's defaults),
 * its assumptions, the models of its priced benefits (the benefit by its title) and its costs by year.
 */
record DemoValuationData(
        String programme,
        int firstYear,
        int lastYear,
        List<AssumptionInput> assumptions,
        List<Model> models,
        List<CostInput> costs) {

    /** A benefit's valuation model. */
    record Model(String benefit, ModelInput model) {}
}
