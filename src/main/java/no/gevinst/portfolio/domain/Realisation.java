package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import no.gevinst.indicator.Trajectory;

/**
 * The arithmetic of realised kroner, apart from where its inputs come from so that tests can recompute it by hand:
 * realised = forecast × achievement, the achievement being the indicator module's own (actual − baseline) / (final
 * target − baseline) clamped to 0–1 and averaged over the benefit's measured indicators. See
 * {@link no.gevinst.portfolio.Realised} for the whole definition.
 */
final class Realisation {

    private static final MathContext MATH = MathContext.DECIMAL64;

    private Realisation() {}

    /** The indicator's achievement of the value, unclamped: its trajectory knows the baseline, target and direction. */
    static BigDecimal achievement(Trajectory trajectory, BigDecimal actual) {
        return trajectory.achievement(actual);
    }

    /**
     * The share of the achievement that counts: the valuation prices the target and not more, and a move the wrong
     * way realises nothing rather than taking back what other benefits realised.
     */
    static BigDecimal counted(BigDecimal achievement) {
        return achievement.max(BigDecimal.ZERO).min(BigDecimal.ONE);
    }

    /** A benefit measured by several indicators has come as far as their mean: none of them is the primary one. */
    static BigDecimal benefitAchievement(List<BigDecimal> counted) {
        if (counted.isEmpty()) {
            throw new IllegalArgumentException("A benefit not measured has no achievement");
        }
        return counted.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(counted.size()), MATH);
    }

    /**
     * Forecast × achievement, unrounded: the page rounds for display, the sums stay exact. A negative scale (a
     * forecast of 2.7E+6) is widened so that the API shows 1485000, not 1.485E+6.
     */
    static BigDecimal realised(BigDecimal forecast, BigDecimal achievement) {
        BigDecimal realised = forecast.multiply(achievement, MATH);
        return realised.scale() < 0 ? realised.setScale(0) : realised;
    }
}
