package no.gevinst.indicator;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;

/**
 * Draws an indicator as SVG on the server: baseline, trajectory with its tolerance band, actual values and the
 * forecast. One drawing serves the page and, later, the PDF reports. It has a title and a description; the page
 * adds the same figures as a table for those who cannot see the drawing.
 */
public final class IndicatorChart {

    static final int WIDTH = 760;
    static final int HEIGHT = 320;
    private static final int LEFT = 70;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 50;

    private static final String TRAJECTORY = "#0062ba";
    private static final String ACTUAL = "#1e2b3c";
    private static final String FORECAST = "#6a3d9a";
    /** The green zone, drawn and shown in the legend at the same opacity: it was yellow though called green. */
    private static final String BAND = "#1a7f37";

    private static final String BAND_OPACITY = "0.25";
    private static final String BASELINE = "#6b7280";

    private final IndicatorView view;
    private final String title;
    private final String description;
    private final Locale locale;
    private double minX;
    private double maxX;
    private double minY;
    private double maxY;

    public IndicatorChart(IndicatorView view, String title, String description, Locale locale) {
        this.view = view;
        this.title = title;
        this.description = description;
        this.locale = locale;
    }

    public String svg() {
        TreeMap<Double, BigDecimal> actuals = actuals();
        if (actuals.isEmpty() && view.baseline() == null && view.targets().isEmpty()) {
            return nothingToDraw();
        }
        List<double[]> trajectory = trajectoryPoints();
        List<double[]> band = bandPoints(trajectory);
        double[] forecast = forecastPoint(actuals);
        scale(actuals, trajectory, band, forecast);
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"indicator-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" aria-labelledby=\"chart-title chart-desc\">");
        svg.append("<title id=\"chart-title\">").append(escape(title)).append("</title>");
        svg.append("<desc id=\"chart-desc\">").append(escape(description)).append("</desc>");
        axes(svg, !band.isEmpty(), forecast != null);
        if (actuals.isEmpty()) {
            svg.append("<text x=\"")
                    .append(fmt(LEFT + (WIDTH - LEFT - RIGHT) / 2.0))
                    .append("\" y=\"")
                    .append(fmt(TOP + (HEIGHT - TOP - BOTTOM) / 2.0))
                    .append("\" text-anchor=\"middle\" font-size=\"14\" fill=\"#374151\">")
                    .append(escape(noMeasurements()))
                    .append("</text>");
        }
        if (!band.isEmpty()) {
            svg.append("<polygon fill=\"")
                    .append(BAND)
                    .append("\" fill-opacity=\"")
                    .append(BAND_OPACITY)
                    .append("\" stroke=\"none\" points=\"")
                    .append(points(trajectory))
                    .append(' ')
                    .append(points(band.reversed()))
                    .append("\"/>");
        }
        if (view.baseline() != null) {
            double y = y(view.baseline().value().doubleValue());
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, BASELINE, "2 4"));
        }
        if (!trajectory.isEmpty()) {
            svg.append("<polyline fill=\"none\" stroke=\"")
                    .append(TRAJECTORY)
                    .append("\" stroke-width=\"2\" stroke-dasharray=\"8 4\" points=\"")
                    .append(points(trajectory))
                    .append("\"/>");
        }
        if (forecast != null && !actuals.isEmpty()) {
            var last = actuals.lastEntry();
            svg.append(line(
                    x(last.getKey()),
                    y(last.getValue().doubleValue()),
                    x(forecast[0]),
                    y(forecast[1]),
                    FORECAST,
                    "3 3"));
        }
        List<double[]> actualPoints = new ArrayList<>();
        actuals.forEach((day, value) -> actualPoints.add(new double[] {day, value.doubleValue()}));
        if (!actualPoints.isEmpty()) {
            svg.append("<polyline fill=\"none\" stroke=\"")
                    .append(ACTUAL)
                    .append("\" stroke-width=\"2.5\" points=\"")
                    .append(points(actualPoints))
                    .append("\"/>");
            for (double[] p : actualPoints) {
                svg.append("<circle r=\"4\" fill=\"")
                        .append(ACTUAL)
                        .append("\" cx=\"")
                        .append(fmt(x(p[0])))
                        .append("\" cy=\"")
                        .append(fmt(y(p[1])))
                        .append("\"/>");
            }
        }
        svg.append("</svg>");
        return svg.toString();
    }

    /** Each period's value at the middle of its period, by day (a year's value between its own year's ticks). */
    TreeMap<Double, BigDecimal> actuals() {
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

    /** An SVG that says there is nothing to draw, rather than axes around nothing. */
    private String nothingToDraw() {
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"indicator-chart\" role=\"img\" viewBox=\"0 0 "
                + WIDTH + " 80\" aria-labelledby=\"chart-title chart-desc\"><title id=\"chart-title\">"
                + escape(title) + "</title><desc id=\"chart-desc\">" + escape(description) + "</desc>"
                + "<text x=\"" + WIDTH / 2 + "\" y=\"45\" text-anchor=\"middle\" font-size=\"16\" fill=\"#374151\">"
                + escape(noMeasurements()) + "</text></svg>";
    }

    private String noMeasurements() {
        return isNorwegian() ? "Ingen målinger" : "No measurements";
    }

    private List<double[]> trajectoryPoints() {
        List<double[]> points = new ArrayList<>();
        if (view.baseline() == null || view.targets().isEmpty()) {
            return points;
        }
        Baseline baseline = view.baseline();
        double day = baseline.periodStart() == null
                ? baseline.periodEnd().toEpochDay()
                : middle(baseline.periodStart(), baseline.periodEnd());
        points.add(new double[] {day, baseline.value().doubleValue()});
        view.targets()
                .forEach(t -> points.add(
                        new double[] {t.date().toEpochDay(), t.value().doubleValue()}));
        return points;
    }

    /** The edge of the green zone: the trajectory less the amber tolerance of the planned change, on the worse side. */
    private List<double[]> bandPoints(List<double[]> trajectory) {
        if (trajectory.isEmpty()) {
            return List.of();
        }
        double planned = trajectory.getLast()[1] - trajectory.getFirst()[1];
        double allowance = view.indicator().amberTolerance().doubleValue() / 100 * planned;
        return trajectory.stream()
                .map(p -> new double[] {p[0], p[1] - allowance})
                .toList();
    }

    private double[] forecastPoint(TreeMap<Double, BigDecimal> actuals) {
        Forecast forecast = view.status().forecast();
        if (forecast == null || !forecast.reachable() || view.targets().isEmpty() || actuals.isEmpty()) {
            return null;
        }
        LocalDate limit = view.targets().getLast().date().plusYears(3);
        LocalDate day = forecast.date().isAfter(limit) ? limit : forecast.date();
        return new double[] {day.toEpochDay(), view.targets().getLast().value().doubleValue()};
    }

    private void scale(
            TreeMap<Double, BigDecimal> actuals, List<double[]> trajectory, List<double[]> band, double[] forecast) {
        List<double[]> all = new ArrayList<>(trajectory);
        all.addAll(band);
        actuals.forEach((d, v) -> all.add(new double[] {d, v.doubleValue()}));
        // Whole periods are in view, so that the first and last values sit inside their years, not on the edge.
        Frequency frequency = view.indicator().frequency();
        view.series().forEach(p -> {
            all.add(new double[] {
                periodStart(p.periodEnd(), frequency).toEpochDay(), p.value().doubleValue()
            });
            all.add(new double[] {p.periodEnd().toEpochDay() + 1, p.value().doubleValue()});
        });
        if (forecast != null) {
            all.add(forecast);
        }
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

    private void axes(StringBuilder svg, boolean band, boolean forecast) {
        NumberFormat numbers = NumberFormat.getNumberInstance(locale);
        numbers.setMaximumFractionDigits(maxY - minY < 10 ? 1 : 0);
        svg.append("<g class=\"axes\" font-size=\"12\" fill=\"#374151\">");
        for (int i = 0; i <= 4; i++) {
            double value = minY + (maxY - minY) * i / 4;
            double y = y(value);
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#e5e7eb", null));
            svg.append("<text x=\"")
                    .append(LEFT - 8)
                    .append("\" y=\"")
                    .append(fmt(y + 4))
                    .append("\" text-anchor=\"end\">")
                    .append(escape(axisNumber(numbers, value)))
                    .append("</text>");
        }
        LocalDate from = LocalDate.ofEpochDay((long) Math.floor(minX));
        LocalDate to = LocalDate.ofEpochDay((long) Math.ceil(maxX));
        for (int year = from.getYear(); year <= to.getYear(); year++) {
            double start = LocalDate.of(year, 1, 1).toEpochDay();
            if (start > minX) {
                svg.append(line(x(start), TOP, x(start), HEIGHT - BOTTOM, "#e5e7eb", null));
            }
            // The year's label in the middle of its span, where its yearly value is drawn.
            double middle = middle(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
            if (middle >= minX && middle <= maxX) {
                svg.append("<text x=\"")
                        .append(fmt(x(middle)))
                        .append("\" y=\"")
                        .append(HEIGHT - BOTTOM + 18)
                        .append("\" text-anchor=\"middle\">")
                        .append(year)
                        .append("</text>");
            }
        }
        svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#6b7280", null));
        svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#6b7280", null));
        legend(svg, band, forecast);
        svg.append("</g>");
    }

    /** The legend of what is drawn, each key in the colour, opacity and dash it is drawn with. */
    private void legend(StringBuilder svg, boolean band, boolean forecast) {
        List<String> keys = new ArrayList<>();
        keys.add(key(ACTUAL, "1", null, isNorwegian() ? "Målt" : "Actual"));
        if (view.baseline() != null) {
            keys.add(key(BASELINE, "1", "2 4", isNorwegian() ? "Nullpunkt" : "Baseline"));
        }
        if (!view.targets().isEmpty() && view.baseline() != null) {
            keys.add(key(TRAJECTORY, "1", "8 4", isNorwegian() ? "Målbane" : "Trajectory"));
        }
        if (band) {
            keys.add(key(BAND, BAND_OPACITY, null, isNorwegian() ? "Grønn sone" : "Green zone"));
        }
        if (forecast) {
            keys.add(key(FORECAST, "1", "3 3", isNorwegian() ? "Prognose" : "Forecast"));
        }
        int x = LEFT;
        int y = HEIGHT - 12;
        for (String key : keys) {
            svg.append(key.replace("{x}", String.valueOf(x)).replace("{y}", String.valueOf(y)));
            x += 130;
        }
    }

    /** A legend key at {x},{y}: a swatch (a line for dashed series) and its word. */
    private static String key(String colour, String opacity, String dash, String word) {
        String swatch = dash == null
                ? "<rect x=\"0\" y=\"-9\" width=\"14\" height=\"10\" fill=\"" + colour + "\" fill-opacity=\"" + opacity
                        + "\"/>"
                : "<line x1=\"0\" y1=\"-4\" x2=\"14\" y2=\"-4\" stroke-width=\"2\" stroke=\"" + colour
                        + "\" stroke-dasharray=\"" + dash + "\"/>";
        return "<g class=\"legend-key\" transform=\"translate({x},{y})\">" + swatch + "<text x=\"20\" y=\"0\">"
                + escape(word) + "</text></g>";
    }

    /** An axis value; a value that rounds to zero is 0, never "−0". */
    private static String axisNumber(NumberFormat numbers, double value) {
        String text = numbers.format(value);
        return text.matches("[-\u2212]0([.,]0*)?") ? numbers.format(0) : text;
    }

    private boolean isNorwegian() {
        return List.of("nb", "no", "nn").contains(locale.getLanguage());
    }

    private double x(double epochDay) {
        return LEFT + (epochDay - minX) / (maxX - minX) * (WIDTH - LEFT - RIGHT);
    }

    private double y(double value) {
        return HEIGHT - BOTTOM - (value - minY) / (maxY - minY) * (HEIGHT - TOP - BOTTOM);
    }

    private String points(List<double[]> points) {
        StringBuilder text = new StringBuilder();
        for (double[] p : points) {
            text.append(fmt(x(p[0]))).append(',').append(fmt(y(p[1]))).append(' ');
        }
        return text.toString().strip();
    }

    private static String line(double x1, double y1, double x2, double y2, String colour, String dash) {
        return "<line x1=\"" + fmt(x1) + "\" y1=\"" + fmt(y1) + "\" x2=\"" + fmt(x2) + "\" y2=\"" + fmt(y2)
                + "\" stroke=\"" + colour + "\"" + (dash == null ? "" : " stroke-dasharray=\"" + dash + "\"") + "/>";
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;");
    }
}
