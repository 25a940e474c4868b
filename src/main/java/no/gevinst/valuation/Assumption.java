package no.gevinst.valuation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * A forutsetning: a number a calculation rests on, with its source and its uncertainty as a range.
 *
 * @param name used in formulas: a letter followed by letters, digits or underscores
 * @param demoValue true when the value is invented for the demo (the documents do not give it)
 */
public record Assumption(
        String name,
        BigDecimal low,
        BigDecimal likely,
        BigDecimal high,
        String unit,
        String source,
        LocalDate date,
        String owner,
        boolean demoValue) {

    public Assumption {
        Objects.requireNonNull(likely, "likely");
        if (name == null || !name.matches("[A-Za-zÆØÅæøå][A-Za-zÆØÅæøå0-9_]*")) {
            throw new IllegalArgumentException("An assumption's name must start with a letter: " + name);
        }
        name = name.toLowerCase(Locale.ROOT);
        low = low == null ? likely : low;
        high = high == null ? likely : high;
        if (low.compareTo(likely) > 0 || likely.compareTo(high) > 0) {
            throw new IllegalArgumentException("An assumption's range must satisfy low ≤ likely ≤ high: " + name);
        }
    }

    /** An assumption without uncertainty. */
    public static Assumption exactly(String name, String value, String unit, String source) {
        BigDecimal v = new BigDecimal(value);
        return new Assumption(name, v, v, v, unit, source, null, null, false);
    }

    public boolean uncertain() {
        return low.compareTo(high) != 0;
    }
}
