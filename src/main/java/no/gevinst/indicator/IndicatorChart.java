package no.gevinst.indicator;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
    private static final String BAND = "#f5b800";

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
        TreeMap<LocalDate, BigDecimal> actuals = new TreeMap<>();
        view.series().forEach(p -> actuals.put(p.periodEnd(), p.value()));
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
        axes(svg);
        if (!band.isEmpty()) {
            svg.append("<polygon fill=\"")
                    .append(BAND)
                    .append("\" fill-opacity=\"0.25\" stroke=\"none\" points=\"")
                    .append(points(trajectory))
                    .append(' ')
                    .append(points(band.reversed()))
                    .append("\"/>");
        }
        if (view.baseline() != null) {
            double y = y(view.baseline().value().doubleValue());
            svg.append(line(LEFT, y, WIDTH - RIGHT, y, "#6b7280", "2 4"));
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
                    x(last.getKey().toEpochDay()),
                    y(last.getValue().doubleValue()),
                    x(forecast[0]),
                    y(forecast[1]),
                    FORECAST,
                    "3 3"));
        }
        List<double[]> actualPoints = new ArrayList<>();
        actuals.forEach((day, value) -> actualPoints.add(new double[] {day.toEpochDay(), value.doubleValue()}));
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

    private List<double[]> trajectoryPoints() {
        List<double[]> points = new ArrayList<>();
        if (view.baseline() == null || view.targets().isEmpty()) {
            return points;
        }
        points.add(new double[] {
            view.baseline().periodEnd().toEpochDay(), view.baseline().value().doubleValue()
        });
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

    private double[] forecastPoint(TreeMap<LocalDate, BigDecimal> actuals) {
        Forecast forecast = view.status().forecast();
        if (forecast == null || !forecast.reachable() || view.targets().isEmpty() || actuals.isEmpty()) {
            return null;
        }
        LocalDate limit = view.targets().getLast().date().plusYears(3);
        LocalDate day = forecast.date().isAfter(limit) ? limit : forecast.date();
        return new double[] {day.toEpochDay(), view.targets().getLast().value().doubleValue()};
    }

    private void scale(
            TreeMap<LocalDate, BigDecimal> actuals, List<double[]> trajectory, List<double[]> band, double[] forecast) {
        List<double[]> all = new ArrayList<>(trajectory);
        all.addAll(band);
        actuals.forEach((d, v) -> all.add(new double[] {d.toEpochDay(), v.doubleValue()}));
        if (forecast != null) {
            all.add(forecast);
        }
        if (all.isEmpty()) {
            LocalDate today = LocalDate.now();
            all.add(new double[] {today.minusYears(1).toEpochDay(), 0});
            all.add(new double[] {today.toEpochDay(), 1});
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

    private void axes(StringBuilder svg) {
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
                    .append(escape(numbers.format(value)))
                    .append("</text>");
        }
        LocalDate from = LocalDate.ofEpochDay((long) minX);
        LocalDate to = LocalDate.ofEpochDay((long) maxX);
        for (int year = from.getYear() + 1; year <= to.getYear(); year++) {
            double x = x(LocalDate.of(year, 1, 1).toEpochDay());
            svg.append(line(x, TOP, x, HEIGHT - BOTTOM, "#e5e7eb", null));
            svg.append("<text x=\"")
                    .append(fmt(x))
                    .append("\" y=\"")
                    .append(HEIGHT - BOTTOM + 18)
                    .append("\" text-anchor=\"middle\">")
                    .append(year)
                    .append("</text>");
        }
        svg.append(line(LEFT, HEIGHT - BOTTOM, WIDTH - RIGHT, HEIGHT - BOTTOM, "#6b7280", null));
        svg.append(line(LEFT, TOP, LEFT, HEIGHT - BOTTOM, "#6b7280", null));
        legend(svg);
        svg.append("</g>");
    }

    private void legend(StringBuilder svg) {
        Map<String, String> entries =
                Map.of("actual", ACTUAL, "trajectory", TRAJECTORY, "forecast", FORECAST, "band", BAND);
        String[][] order = {
            {"actual", isNorwegian() ? "Målt" : "Actual"},
            {"trajectory", isNorwegian() ? "Målbane" : "Trajectory"},
            {"band", isNorwegian() ? "Grønn sone" : "Green zone"},
            {"forecast", isNorwegian() ? "Prognose" : "Forecast"}
        };
        int x = LEFT;
        int y = HEIGHT - 12;
        for (String[] entry : order) {
            svg.append("<rect x=\"")
                    .append(x)
                    .append("\" y=\"")
                    .append(y - 9)
                    .append("\" width=\"14\" height=\"10\" fill=\"")
                    .append(entries.get(entry[0]))
                    .append("\"/>");
            svg.append("<text x=\"")
                    .append(x + 20)
                    .append("\" y=\"")
                    .append(y)
                    .append("\">")
                    .append(escape(entry[1]))
                    .append("</text>");
            x += 130;
        }
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
