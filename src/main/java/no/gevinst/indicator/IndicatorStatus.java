package no.gevinst.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Where an indicator stands today, with the figures it was computed from.
 *
 * @param latest the value of the latest period (the mean when several units reported it)
 * @param achievement the share of the planned change reached by the latest value
 * @param expected the share the trajectory expects by the end of the latest period
 * @param gap how far, in percentage points of the planned change, the latest value is behind the trajectory
 * @param forecast when the target will be reached, or null without two measurements and a trajectory
 * @param stale no measurement has come for 1.5 × the frequency
 */
public record IndicatorStatus(
        BigDecimal latest,
        LocalDate latestPeriodEnd,
        BigDecimal achievement,
        BigDecimal expected,
        BigDecimal gap,
        Rag rag,
        Trend trend,
        Forecast forecast,
        boolean stale) {

    public boolean measured() {
        return latest != null;
    }

    public static IndicatorStatus unmeasured(boolean stale) {
        return new IndicatorStatus(null, null, null, null, null, Rag.NONE, Trend.UNKNOWN, null, stale);
    }
}
