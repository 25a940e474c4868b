package no.gevinst.demo;

import java.util.List;
import no.gevinst.indicator.BaselineInput;
import no.gevinst.indicator.IndicatorInput;
import no.gevinst.valuation.ValuationInputs.AssumptionInput;
import no.gevinst.valuation.ValuationInputs.ModelInput;

/**
 * One benefit that flows between organisations, as {@code demo/flows.json} writes it: the benefit by its title, the
 * assumptions and model that price it, its indicator (the benefit left out) with baseline, trajectory and
 * measurements, and the receiving organisation's sign-off of a year. Organisations and the signer by demo keys.
 */
record DemoFlowData(
        String benefit,
        List<AssumptionInput> assumptions,
        ModelInput model,
        IndicatorInput indicator,
        BaselineInput baseline,
        List<DemoIndicatorData.Point> trajectory,
        DemoIndicatorData.Series measurements,
        SignOff signOff) {

    /** The sign-off of a period by the organisation's benefit owner, named by the person's demo key. */
    record SignOff(String organisation, String signedBy, String periodStart, String periodEnd, String comment) {}
}
