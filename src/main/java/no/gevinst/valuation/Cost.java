package no.gevinst.valuation;

import java.math.BigDecimal;
import java.util.Objects;

/**
 * A cost in one year for one actor, in NOK (real prices of the base year).
 *
 * @param kind investment, running cost, or co-financing received (a transfer that pays for costs, shown apart)
 */
public record Cost(Kind kind, Actor actor, int year, BigDecimal amount) {

    public Cost {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(actor, "actor");
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("A cost is entered as a positive amount");
        }
    }

    public enum Kind {
        INVESTMENT,
        RUNNING,
        CO_FINANCING
    }
}
