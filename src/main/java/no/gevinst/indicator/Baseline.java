package no.gevinst.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

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

    /** The length of the period in whole months, at least one: 1 January to 31 March is three. */
    public int lengthInMonths() {
        return (int) Math.max(1, ChronoUnit.MONTHS.between(periodStart, periodEnd.plusDays(1)));
    }

    /**
     * The same baseline placed just before a go-live (seed 000 §2.3.4: "nullpunktet settes når Helseplattformen tas
     * i bruk"): its period keeps its length in whole months and ends the day before the go-live, so that the
     * trajectory, which starts where the baseline ends, expects change from the go-live day on. Worked out whenever the
     * baseline is read, from the go-live as it stands, so that a go-live that moves moves the period with it.
     */
    public Baseline placedBefore(LocalDate goLive) {
        return new Baseline(
                value,
                goLive.minusMonths(lengthInMonths()),
                goLive.minusDays(1),
                method,
                source,
                evidence,
                measuredBy,
                atGoLive,
                goLiveReason);
    }
}
