package no.gevinst.valuation;

import java.util.List;
import java.util.Map;
import no.gevinst.shared.InvalidInputException;
import no.gevinst.shared.Violations;

/** The closed set of calculation model kinds, with the parameters each takes (each a formula). */
public enum ModelKind {
    TIME_SAVING(List.of("persons", "minutesPerPeriod", "periodsPerYear", "hourlyCost")),
    AVOIDED_TASKS(List.of("count", "costPerTask")),
    REDUCED_CONSUMPTION(List.of("quantity", "unitPrice")),
    RENEGOTIATED_CONTRACT(List.of("oldPrice", "newPrice")),
    AVOIDED_YEARLY_COST(List.of("amount")),
    FORMULA(List.of("formula"));

    private final List<String> parameters;

    ModelKind(List<String> parameters) {
        this.parameters = parameters;
    }

    public List<String> parameters() {
        return parameters;
    }

    /** The kind of a model and its parameters as entered, the reverse of {@link #build}. */
    public static Map.Entry<ModelKind, Map<String, String>> describe(CalculationModel model) {
        return switch (model) {
            case CalculationModel.TimeSaving t ->
                TIME_SAVING.entered(t.persons(), t.minutesPerPeriod(), t.periodsPerYear(), t.hourlyCost());
            case CalculationModel.AvoidedTasks a -> AVOIDED_TASKS.entered(a.count(), a.costPerTask());
            case CalculationModel.ReducedConsumption c -> REDUCED_CONSUMPTION.entered(c.quantity(), c.unitPrice());
            case CalculationModel.RenegotiatedContract c -> RENEGOTIATED_CONTRACT.entered(c.oldPrice(), c.newPrice());
            case CalculationModel.AvoidedYearlyCost c -> AVOIDED_YEARLY_COST.entered(c.amount());
            case CalculationModel.FormulaModel f -> FORMULA.entered(f.formula());
        };
    }

    /** This kind with each parameter's formula as entered; the formulas in the order of {@link #parameters()}. */
    private Map.Entry<ModelKind, Map<String, String>> entered(Formula... formulas) {
        Map<String, String> entered = new java.util.LinkedHashMap<>();
        for (int i = 0; i < formulas.length; i++) {
            entered.put(parameters.get(i), formulas[i].text());
        }
        return Map.entry(this, Map.copyOf(entered));
    }

    /** The model with its parameters parsed; every missing or malformed parameter is named. */
    public CalculationModel build(Map<String, String> values) {
        Violations v = new Violations();
        Formula[] f = new Formula[parameters.size()];
        for (int i = 0; i < parameters.size(); i++) {
            String field = "parameters." + parameters.get(i);
            try {
                f[i] = Formula.parse(values.get(parameters.get(i)), field);
            } catch (InvalidInputException e) {
                e.violations()
                        .forEach(x ->
                                v.add(x.field(), x.messageKey(), x.arguments().toArray()));
            }
        }
        v.throwIfAny();
        return switch (this) {
            case TIME_SAVING -> new CalculationModel.TimeSaving(f[0], f[1], f[2], f[3]);
            case AVOIDED_TASKS -> new CalculationModel.AvoidedTasks(f[0], f[1]);
            case REDUCED_CONSUMPTION -> new CalculationModel.ReducedConsumption(f[0], f[1]);
            case RENEGOTIATED_CONTRACT -> new CalculationModel.RenegotiatedContract(f[0], f[1]);
            case AVOIDED_YEARLY_COST -> new CalculationModel.AvoidedYearlyCost(f[0]);
            case FORMULA -> new CalculationModel.FormulaModel(f[0]);
        };
    }
}
