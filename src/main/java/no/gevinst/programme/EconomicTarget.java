package no.gevinst.programme;

import java.math.BigDecimal;
import java.util.Objects;

/** A yearly efficiency target in kroner from a given year, as seed 000's "100 mill. kr ... fra 2026". */
public record EconomicTarget(BigDecimal nokPerYear, int fromYear) {

    public EconomicTarget {
        Objects.requireNonNull(nokPerYear, "nokPerYear");
        if (nokPerYear.signum() < 0) {
            throw new IllegalArgumentException("An economic target cannot be negative");
        }
    }
}
