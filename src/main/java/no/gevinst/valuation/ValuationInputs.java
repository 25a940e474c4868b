package no.gevinst.valuation;

import java.util.List;
import java.util.Map;

/** What users and clients send to the valuation, as text so that every bad value can be named. */
public final class ValuationInputs {

    private ValuationInputs() {}

    /**
     * An assumption: either a number with its range, or a formula over other assumptions (then it is derived).
     *
     * @param demoValue "true" when the value is invented for a demo
     */
    public record AssumptionInput(
            String name,
            String low,
            String likely,
            String high,
            String formula,
            String unit,
            String source,
            String asOf,
            String owner,
            String demoValue) {}

    /**
     * A benefit's model: who gets the value, the kind and its parameters (formulas by parameter name), and the
     * phase-in as yearly increases or cumulative shares from its first year.
     *
     * @param phaseInForm INCREASES or CUMULATIVE
     */
    public record ModelInput(
            String actor,
            String kind,
            Map<String, String> parameters,
            String phaseInFirstYear,
            String phaseInForm,
            List<String> phaseInShares) {}

    public record CostInput(String kind, String actor, String year, String amount, String description) {}
}
