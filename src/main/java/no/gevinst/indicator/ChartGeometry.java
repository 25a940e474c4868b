package no.gevinst.indicator;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import no.gevinst.indicator.IndicatorChart.Label;
import no.gevinst.indicator.IndicatorChart.LegendKey;
import no.gevinst.indicator.IndicatorChart.Line;
import no.gevinst.indicator.IndicatorChart.Point;
import no.gevinst.indicator.IndicatorChart.Polyline;

/**
 * Places an indicator's series in the chart's box: the scale is chosen so that every value, the green zone, the
 * forecast and whole periods around the first and last values are in view; the rest is arithmetic on that scale.
 */
final class ChartGeometry {

    private static final int WIDTH = IndicatorChart.WIDTH;
    private static final int HEIGHT = IndicatorChart.HEIGHT;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 50;
    private static final int LEGEND_SPACING = 130;

    private final IndicatorView view;
    private final TreeMap<Double, BigDecimal> actuals;
    private final Locale locale;
    private final List<double[]> trajectory;
    private final List<double[]> band;
    private final double[] forecast;
    private double minX;
    private double maxX;
    private double minY;
    private double maxY;

    ChartGeometry(IndicatorView view, TreeMap<Double, BigDecimal> actuals, Locale locale) {
        this.view = view;
        this.actuals = actuals;
        this.locale = locale;
        this.trajectory = trajectoryPoints();
        this.band = bandPoints();
        this.forecast = forecastPoint();
        scale();
    }

    IndicatorChart chart(String title, String description) {
        List<double[]> measured = new ArrayList<>();
        actuals.forEach((day, value) -> measured.add(new double[] {day, value.doubleValue()}));
        Line forecastLine = null;
        if (forecast != null) {
            var last = actuals.lastEntry();
            forecastLine = line(
                    ChartSeries.FORECAST,
                    x(last.getKey()),
                    y(last.getValue().doubleValue()),
                    x(forecast[0]),
                    y(forecast[1]));
        }
        return new IndicatorChart(
                WIDTH,
                HEIGHT,
                title,
                description,
                true,
                grid(),
                List.of(
                        line(null, LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM),
                        line(null, LEFT, TOP, LEFT, HEIGHT - BOTTOM)),
                values(),
                years(),
                band.isEmpty() ? null : new Polyline(ChartSeries.GREEN_ZONE, points(trajectory, band.reversed())),
                view.baseline() == null ? null : baselineLine(),
                trajectory.isEmpty() ? null : new Polyline(ChartSeries.TRAJECTORY, points(trajectory, List.of())),
                forecastLine,
                measured.isEmpty() ? null : new Polyline(ChartSeries.ACTUAL, points(measured, List.of())),
                measured.stream()
                        .map(p -> new Point(fmt(x(p[0])), fmt(y(p[1]))))
                        .toList(),
                actuals.isEmpty()
                        ? new Point(fmt(LEFT + (WIDTH - LEFT - RIGHT) / 2.0), fmt(TOP + (HEIGHT - TOP - BOTTOM) / 2.0))
                        : null,
                legend());
    }

    private Line baselineLine() {
        double y = y(view.baseline().value().doubleValue());
        return line(ChartSeries.BASELINE, LEFT, y, WIDTH - RIGHT, y);
    }

    /** Five value lines across, and a tick at each new year. */
    private List<Line> grid() {
        List<Line> grid = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double y = y(minY + (maxY - minY) * i / 4);
            grid.add(line(null, LEFT, y, WIDTH - RIGHT, y));
        }
        for (int year = firstYear(); year <= lastYear(); year++) {
            double start = LocalDate.of(year, 1, 1).toEpochDay();
            if (start > minX) {
                grid.add(line(null, x(start), TOP, x(start), HEIGHT - BOTTOM));
            }
        }
        return grid;
    }

    private List<Label> values() {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(maxY - minY < 10 ? 1 : 0);
        List<Label> labels = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = minY + (maxY - minY) * i / 4;
            labels.add(new Label(String.valueOf(LEFT - 8), fmt(y(value) + 4), axisNumber(numbers, value)));
        }
        return labels;
    }

    /** Each year's label in the middle of its span, where its yearly value is drawn. */
    private List<Label> years() {
        List<Label> labels = new ArrayList<>();
        for (int year = firstYear(); year <= lastYear(); year++) {
            double middle = IndicatorChart.middle(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            if (middle >= minX && middle <= maxX) {
                labels.add(new Label(fmt(x(middle)), String.valueOf(HEIGHT - BOTTOM + 18), String.valueOf(year)));
            }
        }
        return labels;
    }

    /** The legend of what is drawn, and only that. */
    private List<LegendKey> legend() {
        List<ChartSeries> shown = new ArrayList<>();
        shown.add(ChartSeries.ACTUAL);
        if (view.baseline() != null) {
            shown.add(ChartSeries.BASELINE);
        }
        if (!trajectory.isEmpty()) {
            shown.add(ChartSeries.TRAJECTORY);
        }
        if (!band.isEmpty()) {
            shown.add(ChartSeries.GREEN_ZONE);
        }
        if (forecast != null) {
            shown.add(ChartSeries.FORECAST);
        }
        List<LegendKey> keys = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            keys.add(new LegendKey(shown.get(i), LEFT + LEGEND_SPACING * i, HEIGHT - 12));
        }
        return keys;
    }

    private int firstYear() {
        return LocalDate.ofEpochDay((long) Math.floor(minX)).getYear();
    }

    private int lastYear() {
        return LocalDate.ofEpochDay((long) Math.ceil(maxX)).getYear();
    }

    private List<double[]> trajectoryPoints() {
        List<double[]> points = new ArrayList<>();
        if (view.baseline() == null || view.targets().isEmpty()) {
            return points;
        }
        Baseline baseline = view.baseline();
        double day = baseline.periodStart() == null
                ? baseline.periodEnd().toEpochDay()
                : IndicatorChart.middle(baseline.periodStart(), baseline.periodEnd());
        points.add(new double[] {day, baseline.value().doubleValue()});
        view.targets()
                .forEach(t -> points.add(
                        new double[] {t.date().toEpochDay(), t.value().doubleValue()}));
        return points;
    }

    /** The edge of the green zone: the trajectory less the amber tolerance of the planned change, on the worse side. */
    private List<double[]> bandPoints() {
        if (trajectory.isEmpty()) {
            return List.of();
        }
        double planned = trajectory.getLast()[1] - trajectory.getFirst()[1];
        double allowance = view.indicator().amberTolerance().doubleValue() / 100 * planned;
        return trajectory.stream()
                .map(p -> new double[] {p[0], p[1] - allowance})
                .toList();
    }

    private double[] forecastPoint() {
        Forecast f = view.status().forecast();
        if (f == null || !f.reachable() || view.targets().isEmpty() || actuals.isEmpty()) {
            return null;
        }
        LocalDate limit = view.targets().getLast().date().plusYears(3);
        LocalDate day = f.date().isAfter(limit) ? limit : f.date();
        return new double[] {day.toEpochDay(), view.targets().getLast().value().doubleValue()};
    }

    private void scale() {
        List<double[]> all = new ArrayList<>(trajectory);
        all.addAll(band);
        actuals.forEach((d, v) -> all.add(new double[] {d, v.doubleValue()}));
        // Whole periods are in view, so that the first and last values sit inside their years, not on the edge.
        Frequency frequency = view.indicator().frequency();
        view.series().forEach(p -> {
            all.add(new double[] {
                IndicatorChart.periodStart(p.periodEnd(), frequency).toEpochDay(),
                p.value().doubleValue()
            });
            all.add(new double[] {p.periodEnd().toEpochDay() + 1, p.value().doubleValue()});
        });
        if (forecast != null) {
            all.add(forecast);
        }
        // A baseline without targets, or targets without a baseline, make no trajectory; the axes still stand on them.
        if (view.baseline() != null) {
            all.add(new double[] {
                view.baseline().periodEnd().toEpochDay(),
                view.baseline().value().doubleValue()
            });
        }
        view.targets()
                .forEach(t ->
                        all.add(new double[] {t.date().toEpochDay(), t.value().doubleValue()}));
        minX = all.stream().mapToDouble(p -> p[0]).min().orElseThrow();
        maxX = all.stream().mapToDouble(p -> p[0]).max().orElseThrow();
        minY = all.stream().mapToDouble(p -> p[1]).min().orElseThrow();
        maxY = all.stream().mapToDouble(p -> p[1]).max().orElseThrow();
        if (maxX - minX < 30) {
            minX -= 15;
            maxX += 15;
        }
        double pad = Math.max((maxY - minY) * 0.1, Math.abs(maxY) * 0.05 + 0.5);
        minY -= pad;
        maxY += pad;
    }

    /** An axis value; a value that rounds to zero is 0, never "−0". */
    private static String axisNumber(NumberFormat numbers, double value) {
        String text = numbers.format(value);
        return text.matches("[-\u2212]0([.,]0*)?") ? numbers.format(0) : text;
    }

    private double x(double epochDay) {
        return LEFT + (epochDay - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT);
    }

    private double y(double value) {
        return HEIGHT - BOTTOM - (value - minY) / (maxY - minY) * (HEIGHT - TOP - BOTTOM);
    }

    /** The points in SVG coordinates, then those of {@code back} (an area's other edge, drawn backwards). */
    private String points(List<double[]> points, List<double[]> back) {
        List<String> text = new ArrayList<>();
        for (List<double[]> part : List.of(points, back)) {
            part.forEach(p -> text.add(fmt(x(p[0])) + "," + fmt(y(p[1]))));
        }
        return String.join(" ", text);
    }

    private static Line line(ChartSeries series, double x1, double y1, double x2, double y2) {
        return new Line(series, fmt(x1), fmt(y1), fmt(x2), fmt(y2));
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
