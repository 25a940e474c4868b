package no.gevinst.indicator;

import java.time.LocalDate;

/**
 * When the final target will be reached at the pace of the recent measurements.
 *
 * @param date the day the fitted line reaches the target, or null when it never does at this pace
 * @param onTime whether that day is no later than the target's date
 */
public record Forecast(LocalDate date, boolean onTime) {

    public static Forecast never() {
        return new Forecast(null, false);
    }

    public boolean reachable() {
        return date != null;
    }
}
