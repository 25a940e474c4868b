package no.gevinst.indicator;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * The geometry of an indicator's chart: baseline, trajectory with its green zone, the value of each period and the
 * forecast, placed in SVG coordinates. Its markup is the template {@code indicator/chart.html}, which {@link
 * IndicatorCharts} renders for the page and the printed plan alike; the words are the bundles'. It has a title and a
 * description; the page adds the same figures as a table for those who cannot see the drawing.
 *
 * @param drawn false when there is nothing to draw: the chart then only says there are no measurements
 * @param noMeasurements where the chart says there are no measurements yet; null when there are some
 */
public record IndicatorChart(
        int width,
        int height,
        String title,
        String description,
        boolean drawn,
        List<Line> grid,
        List<Line> axes,
        List<Label> values,
        List<Label> years,
        Polyline band,
        Line baseline,
        Polyline trajectory,
        Line forecast,
        Polyline actual,
        List<Point> measured,
        Point noMeasurements,
        List<LegendKey> legend) {

    static final int WIDTH = 760;
    static final int HEIGHT = 320;
    static final int EMPTY_HEIGHT = 80;

    public record Point(String x, String y) {}

    public record Line(ChartSeries series, String x1, String y1, String x2, String y2) {}

    /** A series drawn through its points ("x,y x,y …"), or an area bounded by them. */
    public record Polyline(ChartSeries series, String points) {}

    public record Label(String x, String y, String text) {}

    /** A legend key at its place: the series' swatch and word. */
    public record LegendKey(ChartSeries series, int x, int y) {}

    /** The chart of the view, or one that says there are no measurements when there is nothing to draw. */
    public static IndicatorChart of(IndicatorView view, String title, String description, Locale locale) {
        TreeMap<Double, BigDecimal> actuals = actuals(view);
        if (actuals.isEmpty() && view.baseline() == null && view.targets().isEmpty()) {
            return new IndicatorChart(
                    WIDTH,
                    EMPTY_HEIGHT,
                    title,
                    description,
                    false,
                    List.of(),
                    List.of(),
                    List.of(),
                    List.of(),
                    null,
                    null,
                    null,
                    null,
                    null,
                    List.of(),
                    new Point(String.valueOf(WIDTH / 2), "45"),
                    List.of());
        }
        return new ChartGeometry(view, actuals, locale).chart(title, description);
    }

    /** Each period's value at the middle of its period, by day (a year's value between its own year's ticks). */
    static TreeMap<Double, BigDecimal> actuals(IndicatorView view) {
        TreeMap<Double, BigDecimal> actuals = new TreeMap<>();
        Frequency frequency = view.indicator().frequency();
        view.series()
                .forEach(p -> actuals.put(middle(periodStart(p.periodEnd(), frequency), p.periodEnd()), p.value()));
        return actuals;
    }

    /** The first day of the period of the indicator's frequency that ends on the day (month ends kept). */
    static LocalDate periodStart(LocalDate periodEnd, Frequency frequency) {
        LocalDate before = periodEnd.minusMonths(frequency.months());
        if (periodEnd.getDayOfMonth() == periodEnd.lengthOfMonth()) {
            before = before.withDayOfMonth(before.lengthOfMonth());
        }
        return before.plusDays(1);
    }

    /** The middle of a period whose first and last days are given, as an epoch day with its fraction. */
    static double middle(LocalDate first, LocalDate last) {
        return (first.toEpochDay() + last.toEpochDay() + 1) / 2.0;
    }
}
