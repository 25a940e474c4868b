package no.gevinst.valuation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import no.gevinst.shared.InvalidInputException;

/**
 * A programme's assumptions and the values derived from them by formulas (an assumption chain, such as the
 * persons of seed 004 derived from the letter's shares). Resolving gives every name its value for one scenario;
 * a chain that comes back to itself is refused.
 */
public final class AssumptionBook {

    private final Map<String, Assumption> assumptions = new LinkedHashMap<>();
    private final Map<String, Formula> derived = new LinkedHashMap<>();

    public AssumptionBook add(Assumption assumption) {
        // A name is either a value or a formula: one stored as both would hide the formula from the cycle check.
        derived.remove(assumption.name());
        assumptions.put(assumption.name(), assumption);
        return this;
    }

    /** A value computed from other names, e.g. {@code personer = helsepersonell * andel_malgruppe}. */
    public AssumptionBook derive(String name, String formula) {
        String key = name.toLowerCase(Locale.ROOT);
        assumptions.remove(key);
        derived.put(key, Formula.parse(formula, "derived." + key));
        return this;
    }

    public Map<String, Assumption> assumptions() {
        return assumptions;
    }

    public Map<String, Formula> derived() {
        return derived;
    }

    /** Every name at its most likely value. */
    public Map<String, BigDecimal> likely() {
        return resolve(Assumption::likely, Map.of());
    }

    /**
     * Every name's value when the assumptions take the values the function picks, with some of them overridden.
     *
     * @throws InvalidInputException for a name no assumption or formula defines, or a circular chain
     */
    public Map<String, BigDecimal> resolve(Function<Assumption, BigDecimal> pick, Map<String, BigDecimal> overrides) {
        Map<String, BigDecimal> values = new HashMap<>();
        assumptions.forEach((name, a) -> values.put(name, overrides.getOrDefault(name, pick.apply(a))));
        for (String name : derived.keySet()) {
            resolveDerived(name, values, new ArrayList<>());
        }
        return values;
    }

    private BigDecimal resolveDerived(String name, Map<String, BigDecimal> values, List<String> path) {
        if (values.containsKey(name)) {
            return values.get(name);
        }
        if (path.contains(name)) {
            List<String> cycle = new ArrayList<>(path.subList(path.indexOf(name), path.size()));
            cycle.add(name);
            throw InvalidInputException.of("derived." + name, "valuation.formula.circular", String.join(" → ", cycle));
        }
        Formula formula = derived.get(name);
        if (formula == null) {
            throw InvalidInputException.of(
                    path.isEmpty() ? name : "derived." + path.getLast(), "valuation.formula.unknownName", name);
        }
        path.add(name);
        for (String used : formula.names()) {
            resolveDerived(used, values, path);
        }
        path.removeLast();
        BigDecimal value = formula.evaluate(values);
        values.put(name, value);
        return value;
    }
}
