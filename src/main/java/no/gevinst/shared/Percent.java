package no.gevinst.shared;

import com.fasterxml.jackson.annotation.JsonValue;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/** A share between 0 and 100 percent, exact to two decimals; {@code Percent.of(140)} is refused. */
public record Percent(@JsonValue BigDecimal value) implements Comparable<Percent> {

    public static final Percent ZERO = new Percent(BigDecimal.ZERO);
    public static final Percent HUNDRED = new Percent(BigDecimal.valueOf(100));

    public Percent {
        Objects.requireNonNull(value, "value");
        if (value.signum() < 0 || value.compareTo(BigDecimal.valueOf(100)) > 0) {
            throw new IllegalArgumentException("A percentage lies between 0 and 100: " + value.toPlainString());
        }
        if (value.scale() > 2) {
            value = value.setScale(2, RoundingMode.HALF_EVEN);
        }
    }

    public static Percent of(String text) {
        return new Percent(NorwegianNumbers.parsePercent(text));
    }

    public static Percent of(long value) {
        return new Percent(BigDecimal.valueOf(value));
    }

    @Override
    public int compareTo(Percent other) {
        return value.compareTo(other.value);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Percent p && value.compareTo(p.value) == 0;
    }

    @Override
    public int hashCode() {
        return value.stripTrailingZeros().hashCode();
    }

    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + " %";
    }
}
