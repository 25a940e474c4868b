package no.gevinst.indicator;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Computes an indicator's status from its baseline, trajectory and current measurements. A pure function of its
 * inputs and the day it is asked on, so that every figure can be recomputed by hand.
 */
public final class StatusCalculator {

    /** How many of the most recent periods the trend and the forecast are fitted to. */
    public static final int RECENT_POINTS = 6;

    /** A yearly change smaller than this share of the planned change counts as stable. */
    static final double STABLE_SHARE_PER_YEAR = 0.01;

    private StatusCalculator() {}

    /**
     * @param trajectory null when the baseline or the targets are missing
     * @param measurements the current (not superseded) measurements
     */
    public static IndicatorStatus status(
            Indicator indicator, Trajectory trajectory, List<Measurement> measurements, LocalDate today) {
        return statusOfSeries(indicator, trajectory, series(measurements), today);
    }

    /**
     * The same from the series itself: each period end's value ({@link #periodValue(BigDecimal, long)}), as the
     * period totals kept in the database give it.
     */
    public static IndicatorStatus statusOfSeries(
            Indicator indicator, Trajectory trajectory, TreeMap<LocalDate, BigDecimal> series, LocalDate today) {
        if (series.isEmpty()) {
            return IndicatorStatus.unmeasured(false);
        }
        LocalDate lastPeriod = series.lastKey();
        BigDecimal latest = series.lastEntry().getValue();
        boolean stale = today.isAfter(indicator.frequency().staleAfter(lastPeriod));
        if (trajectory == null) {
            return new IndicatorStatus(latest, lastPeriod, null, null, null, Rag.NONE, Trend.UNKNOWN, null, stale);
        }
        BigDecimal achievement = trajectory.achievement(latest);
        BigDecimal expected = trajectory.achievement(trajectory.expectedAt(lastPeriod));
        BigDecimal gap =
                expected.subtract(achievement).multiply(BigDecimal.valueOf(100)).setScale(2, RoundingMode.HALF_EVEN);
        return new IndicatorStatus(
                latest,
                lastPeriod,
                achievement,
                expected,
                gap,
                rag(gap, indicator),
                trend(series, trajectory, indicator.direction()),
                forecast(series, trajectory),
                stale);
    }

    /** Green while no more than the amber tolerance behind the trajectory, amber up to the red tolerance. */
    static Rag rag(BigDecimal gap, Indicator indicator) {
        if (gap.compareTo(indicator.amberTolerance()) <= 0) {
            return Rag.GREEN;
        }
        return gap.compareTo(indicator.redTolerance()) <= 0 ? Rag.AMBER : Rag.RED;
    }

    /** One value per period end: the mean of the units that reported it. */
    static TreeMap<LocalDate, BigDecimal> series(List<Measurement> measurements) {
        Map<LocalDate, List<BigDecimal>> byPeriod = measurements.stream()
                .filter(Measurement::isCurrent)
                .collect(Collectors.groupingBy(
                        Measurement::periodEnd, Collectors.mapping(Measurement::value, Collectors.toList())));
        TreeMap<LocalDate, BigDecimal> series = new TreeMap<>();
        byPeriod.forEach((day, values) -> series.put(day, periodValue(values)));
        return series;
    }

    /** The value of one period that several units reported: their mean, so that no unit counts twice. */
    public static BigDecimal periodValue(List<BigDecimal> values) {
        return periodValue(values.stream().reduce(BigDecimal.ZERO, BigDecimal::add), values.size());
    }

    /** The same from the sum of the values and their number, as the database adds them up for the chart. */
    public static BigDecimal periodValue(BigDecimal total, long count) {
        return total.divide(BigDecimal.valueOf(count), Trajectory.MATH);
    }

    static Trend trend(TreeMap<LocalDate, BigDecimal> series, Trajectory trajectory, Direction direction) {
        if (series.size() < 2) {
            return Trend.UNKNOWN;
        }
        Line line = Line.fit(recent(series));
        double plannedChange = Math.abs(
                trajectory.finalTarget().value().subtract(trajectory.baseline()).doubleValue());
        double perYear = line.slope() * 365.25 * direction.sign();
        if (Math.abs(perYear) < STABLE_SHARE_PER_YEAR * plannedChange) {
            return Trend.STABLE;
        }
        return perYear > 0 ? Trend.IMPROVING : Trend.WORSENING;
    }

    /** Fits a straight line to the recent periods and finds the day it reaches the final target. */
    static Forecast forecast(TreeMap<LocalDate, BigDecimal> series, Trajectory trajectory) {
        TargetPoint target = trajectory.finalTarget();
        if (trajectory.achievement(series.lastEntry().getValue()).compareTo(BigDecimal.ONE) >= 0) {
            LocalDate reached = series.lastKey();
            return new Forecast(reached, !reached.isAfter(target.date()));
        }
        if (series.size() < 2) {
            return null;
        }
        Line line = Line.fit(recent(series));
        double needed = target.value().subtract(trajectory.baseline()).signum();
        if (line.slope() * needed <= 0) {
            return Forecast.never();
        }
        long day = Math.round(line.dayOf(target.value().doubleValue()));
        LocalDate date = LocalDate.ofEpochDay(day);
        return new Forecast(date, !date.isAfter(target.date()));
    }

    private static List<Map.Entry<LocalDate, BigDecimal>> recent(TreeMap<LocalDate, BigDecimal> series) {
        List<Map.Entry<LocalDate, BigDecimal>> all = List.copyOf(series.entrySet());
        return all.subList(Math.max(0, all.size() - RECENT_POINTS), all.size());
    }

    /** A least-squares line through (epoch day, value). */
    record Line(double intercept, double slope) {

        static Line fit(List<Map.Entry<LocalDate, BigDecimal>> points) {
            int n = points.size();
            double meanX = points.stream()
                    .mapToDouble(p -> p.getKey().toEpochDay())
                    .average()
                    .orElseThrow();
            double meanY = points.stream()
                    .mapToDouble(p -> p.getValue().doubleValue())
                    .average()
                    .orElseThrow();
            double sxy = 0;
            double sxx = 0;
            for (var p : points) {
                double dx = p.getKey().toEpochDay() - meanX;
                sxy += dx * (p.getValue().doubleValue() - meanY);
                sxx += dx * dx;
            }
            double slope = n < 2 || sxx == 0 ? 0 : sxy / sxx;
            return new Line(meanY - slope * meanX, slope);
        }

        double dayOf(double value) {
            return (value - intercept) / slope;
        }
    }
}
