package no.gevinst.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * The nullpunktsmåling: the value measured before the change took effect, with where it came from. When it
 * could only be set at go-live (seed 000 §2.3.4 allows it), the reason is kept.
 */
public record Baseline(
        BigDecimal value,
        LocalDate periodStart,
        LocalDate periodEnd,
        String method,
        String source,
        String evidence,
        String measuredBy,
        boolean atGoLive,
        String goLiveReason) {

    /** True when the baseline was measured after the change it is the baseline for had started to take effect. */
    public boolean measuredAfter(LocalDate changeTookEffect) {
        return changeTookEffect != null && periodEnd.isAfter(changeTookEffect);
    }
}
