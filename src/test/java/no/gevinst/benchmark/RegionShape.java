package no.gevinst.benchmark;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The shape of the generated region, as pure functions of an indicator's number: its frequency, how far back it
 * is measured, how many units report it, and each value. The generator and the benchmark's choice of "an
 * indicator with many measurements" both read it, so nothing has to be looked up again.
 */
final class RegionShape {

    static final int ORGANISATIONS = 50;
    static final int PROGRAMMES = 10;
    static final int INDICATORS_PER_BENEFIT = 3;
    static final int HEAVY_UNITS = 40;
    static final LocalDate BASELINE_START = LocalDate.of(2016, 1, 1);
    static final LocalDate BASELINE_END = LocalDate.of(2016, 12, 31);
    static final LocalDate TARGET_DATE = LocalDate.of(2028, 12, 31);
    private static final int HISTORY_MONTHS = 120;

    /** One reporting period: its dates as SQL text and how far along the trajectory its end lies (0 to 1). */
    record Period(String frequency, LocalDate end, String startText, String endText, double progress) {}

    /** Every period of the ten years before the last complete month, oldest first, monthly, quarterly and yearly. */
    final List<Period> periods = new ArrayList<>();

    RegionShape(LocalDate today) {
        LocalDate lastMonthEnd = today.withDayOfMonth(1).minusDays(1);
        for (int m = HISTORY_MONTHS - 1; m >= 0; m--) {
            LocalDate end =
                    lastMonthEnd.minusMonths(m).withDayOfMonth(1).plusMonths(1).minusDays(1);
            periods.add(period("MONTH", end.withDayOfMonth(1), end));
            if (end.getMonthValue() % 3 == 0) {
                periods.add(period("QUARTER", end.withDayOfMonth(1).minusMonths(2), end));
            }
            if (end.getMonthValue() == 12) {
                periods.add(period("YEAR", end.withDayOfYear(1), end));
            }
        }
    }

    private static Period period(String frequency, LocalDate start, LocalDate end) {
        double span = TARGET_DATE.toEpochDay() - BASELINE_END.toEpochDay();
        double progress = Math.max(0, Math.min(1, (end.toEpochDay() - BASELINE_END.toEpochDay()) / span));
        return new Period(frequency, end, start.toString(), end.toString(), progress);
    }

    LocalDate firstPeriodEnd() {
        return periods.getFirst().end();
    }

    /** A few indicators, one in a thousand, are reported monthly by forty units: the "many measurements" ones. */
    static boolean heavy(int indicator) {
        return indicator % 1000 == 7;
    }

    static String frequency(int indicator) {
        if (heavy(indicator)) {
            return "MONTH";
        }
        int f = indicator % 10;
        return f < 6 ? "MONTH" : f < 9 ? "QUARTER" : "YEAR";
    }

    /** Whether the indicator is measured in the period: its own frequency, within its own history. */
    boolean measuredIn(int indicator, Period period) {
        if (!period.frequency().equals(frequency(indicator))) {
            return false;
        }
        int months = heavy(indicator)
                ? HISTORY_MONTHS
                : switch (period.frequency()) {
                    case "MONTH" -> HISTORY_MONTHS - indicator % 30;
                    case "QUARTER" -> HISTORY_MONTHS - 3 * (indicator % 10);
                    default -> HISTORY_MONTHS - 12 * (indicator % 3);
                };
        return !period.end().isBefore(periods.getLast().end().minusMonths(months - 1L));
    }

    /** Forty for the heavy ones; five for one in ten (reported by several municipalities); one to three otherwise. */
    static int units(int indicator) {
        if (heavy(indicator)) {
            return HEAVY_UNITS;
        }
        return (mix(indicator) >>> 11) % 10 == 0 ? 5 : 1 + (mix(indicator) >>> 3) % 3;
    }

    /** The organisation of a unit: distinct for the units of one indicator, since 7 and 50 have no common factor. */
    static int organisation(int indicator, int unit) {
        return (indicator + 7 * unit) % ORGANISATIONS;
    }

    /** How many measurements the indicator gets over the whole history. */
    long rows(int indicator) {
        long periodsMeasured =
                periods.stream().filter(p -> measuredIn(indicator, p)).count();
        return periodsMeasured * units(indicator);
    }

    static boolean lowerIsBetter(int indicator) {
        return indicator % 2 == 0;
    }

    static int baseline(int indicator) {
        return lowerIsBetter(indicator) ? 100 : 50;
    }

    static int target(int indicator) {
        return lowerIsBetter(indicator) ? 50 : 100;
    }

    /** Whether the indicator has a baseline and a target (nine in ten), so that its traffic light is computed. */
    static boolean hasTrajectory(int indicator) {
        return indicator % 10 != 5;
    }

    /**
     * The value one unit reports for one period: along the trajectory at one of four paces (ahead, on track, behind,
     * far behind), so that the traffic lights come out green, amber and red, plus a small spread between units.
     */
    static void appendValue(StringBuilder out, int indicator, Period period, int unit, int index) {
        double pace = PACES[(mix(indicator) >>> 7) % 4];
        double value = baseline(indicator)
                + (target(indicator) - baseline(indicator)) * period.progress() * pace
                + ((indicator * 31 + index * 17 + unit * 13) % 21 - 10) / 10.0;
        // Written by hand, not with String.format: this runs ten million times.
        long hundredths = Math.round(value * 100);
        long cents = hundredths % 100;
        out.append(hundredths / 100).append('.').append(cents < 10 ? "0" : "").append(cents);
    }

    private static final double[] PACES = {1.05, 0.97, 0.85, 0.6};

    static UUID benefitId(int benefit) {
        return new UUID(0x62656e6566690000L, benefit);
    }

    static UUID indicatorId(int indicator) {
        return new UUID(0x696e646963610000L, indicator);
    }

    /** A cheap integer hash, so that the generated properties do not line up with each other. */
    static int mix(int x) {
        int h = x * 0x9E3779B1;
        return (h ^ (h >>> 15)) & 0x7fffffff;
    }
}
