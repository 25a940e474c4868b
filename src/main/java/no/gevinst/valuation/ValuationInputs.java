package no.gevinst.valuation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import no.gevinst.shared.Inputs;
import no.gevinst.shared.NorwegianNumbers;
import no.gevinst.shared.Violations;

/** What users and clients send to the valuation, as text so that every bad value can be named. */
public final class ValuationInputs {

    private ValuationInputs() {}

    /**
     * An assumption: either a number with its range, or a formula over other assumptions (then it is derived).
     *
     * @param demoValue "true" when the value is invented for a demo
     * @param version the version of the assumption read, to change one that exists; blank to add a new one
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
            String demoValue,
            String version) {

        /** A new assumption, or one the application itself overwrites (the demo). */
        public AssumptionInput(
                String name,
                String low,
                String likely,
                String high,
                String formula,
                String unit,
                String source,
                String asOf,
                String owner,
                String demoValue) {
            this(name, low, likely, high, formula, unit, source, asOf, owner, demoValue, null);
        }

        public AssumptionInput withVersion(String read) {
            return new AssumptionInput(name, low, likely, high, formula, unit, source, asOf, owner, demoValue, read);
        }
    }

    /**
     * A benefit's model: who gets the value, the kind and its parameters (formulas by parameter name), and the
     * phase-in as yearly increases or cumulative shares from its first year.
     *
     * @param phaseInForm INCREASES or CUMULATIVE
     * @param version the version of the model read, to change one that exists; blank to set the first one
     */
    public record ModelInput(
            String actor,
            String kind,
            Map<String, String> parameters,
            String phaseInFirstYear,
            String phaseInForm,
            List<String> phaseInShares,
            String version) {

        /** A first model, or one the application itself overwrites (the demo). */
        public ModelInput(
                String actor,
                String kind,
                Map<String, String> parameters,
                String phaseInFirstYear,
                String phaseInForm,
                List<String> phaseInShares) {
            this(actor, kind, parameters, phaseInFirstYear, phaseInForm, phaseInShares, null);
        }

        public ModelInput withVersion(String read) {
            return new ModelInput(actor, kind, parameters, phaseInFirstYear, phaseInForm, phaseInShares, read);
        }
    }

    /** A cost as the form or the client sends it; {@link #command()} reads it once, at the edge. */
    public record CostInput(String kind, String actor, String year, String amount, String description) {

        /**
         * The cost this input names.
         *
         * @throws no.gevinst.shared.InvalidInputException naming each field that is no kind, actor, year or
         *     amount of a cost
         */
        public NewCost command() {
            Violations v = new Violations();
            Cost.Kind costKind = Inputs.choice(kind, Cost.Kind.class).orElse(null);
            if (costKind == null) {
                v.add("kind", "valuation.cost.kind");
            }
            Actor costActor = Inputs.choice(actor, Actor.class).orElse(null);
            if (costActor == null) {
                v.add("actor", "valuation.actor.invalid");
            }
            Integer costYear = null;
            try {
                costYear = Inputs.year(Integer.valueOf(Inputs.text(year)), "year", v);
            } catch (NumberFormatException e) {
                v.add("year", "valuation.year.invalid");
            }
            BigDecimal costAmount = costAmount(amount, v);
            v.throwIfAny();
            return new NewCost(new Cost(costKind, costActor, costYear, costAmount), Inputs.text(description));
        }
    }

    /** A cost's amount as typed: a number in Norwegian form, within bounds, never negative. */
    private static BigDecimal costAmount(String amount, Violations v) {
        try {
            BigDecimal value = Inputs.bounded(NorwegianNumbers.parseDecimal(amount), "amount", v);
            if (value != null && value.signum() < 0) {
                v.add("amount", "valuation.cost.negative");
            }
            return value;
        } catch (NumberFormatException e) {
            v.add("amount", "valuation.number", Inputs.text(amount).isEmpty() ? "" : amount);
            return null;
        }
    }

    /** A cost to add, read and checked: the service takes it as it is. */
    public record NewCost(Cost cost, String description) {}
}
