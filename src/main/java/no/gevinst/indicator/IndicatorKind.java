package no.gevinst.indicator;

import java.math.BigDecimal;

/** What values an indicator takes: any number, a score from 1 to 5, or yes (1) / no (0). */
public enum IndicatorKind {
    QUANTITATIVE(null, null),
    SCALE(BigDecimal.ONE, BigDecimal.valueOf(5)),
    YES_NO(BigDecimal.ZERO, BigDecimal.ONE);

    private final BigDecimal min;
    private final BigDecimal max;

    IndicatorKind(BigDecimal min, BigDecimal max) {
        this.min = min;
        this.max = max;
    }

    /** True when the value lies in the kind's range (and is whole, for scales and yes/no). */
    public boolean accepts(BigDecimal value) {
        if (min == null) {
            return true;
        }
        return value.compareTo(min) >= 0
                && value.compareTo(max) <= 0
                && value.stripTrailingZeros().scale() <= 0;
    }
}
