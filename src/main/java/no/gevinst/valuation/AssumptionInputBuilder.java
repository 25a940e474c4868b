package no.gevinst.valuation;

/**
 * Builds a {@link ValuationInputs.AssumptionInput} by name instead of by eleven positions, starting from what the
 * assumption is: a likely number, or a formula over other assumptions. What is left unset is as a form sends it for a
 * new assumption: no range, unit, source, date or owner, not a demo value, no version read.
 */
public final class AssumptionInputBuilder {

    private final String name;
    private String low;
    private String likely;
    private String high;
    private String formula;
    private String unit = "";
    private String source = "";
    private String asOf;
    private String owner;
    private String demoValue = "false";
    private String version;

    private AssumptionInputBuilder(String name) {
        this.name = name;
    }

    /** An assumption of a likely number: {@code AssumptionInputBuilder.number("sykepleiere", "10").build()}. */
    public static AssumptionInputBuilder number(String name, String likely) {
        AssumptionInputBuilder b = new AssumptionInputBuilder(name);
        b.likely = likely;
        return b;
    }

    /** An assumption derived by a formula over other assumptions. */
    public static AssumptionInputBuilder formula(String name, String formula) {
        AssumptionInputBuilder b = new AssumptionInputBuilder(name);
        b.formula = formula;
        return b;
    }

    /** The lowest and highest values thought possible around the likely one. */
    public AssumptionInputBuilder range(String low, String high) {
        this.low = low;
        this.high = high;
        return this;
    }

    public AssumptionInputBuilder unit(String unit) {
        this.unit = unit;
        return this;
    }

    public AssumptionInputBuilder source(String source) {
        this.source = source;
        return this;
    }

    /** Who stated the value, and as of which day (an ISO date). */
    public AssumptionInputBuilder stated(String owner, String asOf) {
        this.owner = owner;
        this.asOf = asOf;
        return this;
    }

    /** Marks the value as invented for a demo. */
    public AssumptionInputBuilder demoValue() {
        this.demoValue = "true";
        return this;
    }

    /** The version of the assumption read, to change one that exists. */
    public AssumptionInputBuilder version(String version) {
        this.version = version;
        return this;
    }

    public ValuationInputs.AssumptionInput build() {
        return new ValuationInputs.AssumptionInput(
                name, low, likely, high, formula, unit, source, asOf, owner, demoValue, version);
    }
}
