package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.gevinst.portfolio.Dashboard;

/**
 * The geometry of the dashboard's chart: planned, forecast and realised benefits per year as grouped bars, net of
 * double counting as a line and the economic target as a dashed step. Realised is hatched, its unsigned part hatched
 * the other way with a dashed outline, so that the series differ by more than colour. Its markup is the template
 * {@code portfolio/dashboard-chart.html}, which {@link DashboardCharts} renders for the dashboard page and the steering
 * group report alike. It carries a title and a description; the page shows the same figures as a table beside it for
 * those who cannot see the drawing.
 *
 * @param hatches the patterns the realised bars and their legend keys are filled with
 * @param net the net line through the middle of each year's slot, with a dot at each point
 */
public record DashboardChart(
        int width,
        int height,
        String title,
        String description,
        List<Hatch> hatches,
        List<Line> grid,
        List<Label> values,
        List<Bar> bars,
        List<Label> years,
        Polyline net,
        List<Line> targets,
        List<LegendKey> legend) {

    static final int WIDTH = 760;
    static final int HEIGHT = 340;
    private static final int LEFT = 80;
    private static final int RIGHT = 20;
    private static final int TOP = 20;
    private static final int BOTTOM = 70;
    private static final double MILLION = 1_000_000d;

    static final String PLANNED = "#0062ba";
    static final String FORECAST = "#6a3d9a";
    static final String NET = "#1e2b3c";
    static final String TARGET = "#b3261e";
    static final String REALISED = "#0b6e4f";
    private static final String REALISED_FILL = "url(#realised-hatch)";
    private static final String UNSIGNED_FILL = "url(#unsigned-hatch)";
    private static final String UNSIGNED_DASH = "3 2";

    /** What the legend says, in the page's language. */
    public record Labels(
            String title,
            String description,
            String planned,
            String forecast,
            String net,
            String target,
            String realised,
            String unsigned) {}

    /** A hatching pattern: a white tile with one diagonal stroke. */
    public record Hatch(String id, String path, String colour) {}

    /** A straight line; the width and dash pattern are null where the stroke is plain. */
    public record Line(String x1, String y1, String x2, String y2, String stroke, String strokeWidth, String dash) {}

    public record Label(String x, String y, String text) {}

    public record Point(String x, String y) {}

    /** A series drawn through its points ("x,y x,y …"), each point marked by a dot. */
    public record Polyline(String points, List<Point> dots, String colour) {}

    /** A bar; the outline (stroke and dash) is null for a plain filled bar. */
    public record Bar(String x, String y, String width, String height, String fill, String stroke, String dash) {}

    /**
     * A legend key at its place: a swatch ({@code box}) or a short line, and its word.
     *
     * @param stroke the swatch's outline, or the line's colour
     */
    public record LegendKey(
            String x, String y, String text, boolean box, String fill, String stroke, String dash, String textX) {

        static LegendKey swatch(String text, String fill, String outline, String dash) {
            return new LegendKey(null, null, text, true, fill, outline, dash, null);
        }

        static LegendKey line(String text, String colour, String dash) {
            return new LegendKey(null, null, text, false, null, colour, dash, null);
        }

        LegendKey at(double x, double y) {
            return new LegendKey(fmt(x), fmt(y), text, box, fill, stroke, dash, fmt(x + 20));
        }

        public String boxY() {
            return fmt(Double.parseDouble(y) - 10);
        }

        public String lineY() {
            return fmt(Double.parseDouble(y) - 4);
        }

        public String lineX2() {
            return fmt(Double.parseDouble(x) + 14);
        }
    }

    /** The chart of the years with the words given, amounts on the axis written in the reader's language. */
    public static DashboardChart of(List<Dashboard.Year> years, Labels labels, Locale locale) {
        return new Scale(years).chart(labels, locale);
    }

    /** Places values on the vertical axis: a tenth above the largest figure drawn, or 0 to 1 when there is none. */
    private record Scale(List<Dashboard.Year> years, double max, double slot) {

        Scale(List<Dashboard.Year> years) {
            this(years, max(years), years.isEmpty() ? 1 : (WIDTH - LEFT - RIGHT) / (double) years.size());
        }

        private static double max(List<Dashboard.Year> years) {
            double max = years.stream()
                    .flatMap(y -> Stream.of(y.planned(), y.forecast(), y.net(), y.target(), y.realised()))
                    .filter(Objects::nonNull)
                    .mapToDouble(BigDecimal::doubleValue)
                    .max()
                    .orElse(0);
            return max <= 0 ? 1 : max * 1.1;
        }

        DashboardChart chart(Labels labels, Locale locale) {
            List<Line> grid = new ArrayList<>();
            List<Label> values = new ArrayList<>();
            int bottom = HEIGHT - BOTTOM;
            grid.add(new Line(str(LEFT), str(bottom), str(WIDTH - RIGHT), str(bottom), "#6b7280", null, null));
            for (int i = 0; i <= 4; i++) {
                double value = max * i / 4;
                double y = y(value);
                grid.add(new Line(str(LEFT), fmt(y), str(WIDTH - RIGHT), fmt(y), "#e5e7eb", null, null));
                values.add(new Label(str(LEFT - 8), fmt(y + 4), String.format(locale, "%,.1f mill.", value / MILLION)));
            }
            return new DashboardChart(
                    WIDTH,
                    HEIGHT,
                    labels.title(),
                    labels.description(),
                    List.of(
                            new Hatch("realised-hatch", "M0,6 L6,0", REALISED),
                            new Hatch("unsigned-hatch", "M0,0 L6,6", REALISED)),
                    grid,
                    values,
                    bars(),
                    yearLabels(),
                    net(),
                    targets(),
                    legend(labels));
        }

        private List<Bar> bars() {
            List<Bar> bars = new ArrayList<>();
            double width = slot * 0.25;
            for (int i = 0; i < years.size(); i++) {
                Dashboard.Year year = years.get(i);
                double x = LEFT + i * slot + slot * 0.125;
                bars.add(bar(x, width, year.planned(), PLANNED));
                bars.add(bar(x + width, width, year.forecast(), FORECAST));
                bars.addAll(realised(x + 2 * width, width, year));
            }
            return bars;
        }

        private Bar bar(double x, double width, BigDecimal value, String colour) {
            double top = y(value.max(BigDecimal.ZERO).doubleValue());
            return new Bar(fmt(x), fmt(top), fmt(width), fmt(HEIGHT - BOTTOM - top), colour, null, null);
        }

        /** The signed part at the bottom, the unsigned part stacked on it; nothing in a year not measured. */
        private List<Bar> realised(double x, double width, Dashboard.Year year) {
            if (year.realised() == null) {
                return List.of();
            }
            BigDecimal unsigned = year.realisedUnsigned() == null ? BigDecimal.ZERO : year.realisedUnsigned();
            double signedTop =
                    y(year.realised().subtract(unsigned).max(BigDecimal.ZERO).doubleValue());
            Bar signed = new Bar(
                    fmt(x),
                    fmt(signedTop),
                    fmt(width),
                    fmt(HEIGHT - BOTTOM - signedTop),
                    REALISED_FILL,
                    REALISED,
                    null);
            if (unsigned.signum() <= 0) {
                return List.of(signed);
            }
            double top = y(year.realised().max(BigDecimal.ZERO).doubleValue());
            return List.of(
                    signed,
                    new Bar(
                            fmt(x),
                            fmt(top),
                            fmt(width),
                            fmt(signedTop - top),
                            UNSIGNED_FILL,
                            REALISED,
                            UNSIGNED_DASH));
        }

        private List<Label> yearLabels() {
            List<Label> labels = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                labels.add(new Label(
                        fmt(LEFT + i * slot + slot / 2),
                        str(HEIGHT - BOTTOM + 18),
                        String.valueOf(years.get(i).year())));
            }
            return labels;
        }

        private Polyline net() {
            List<Point> dots = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                dots.add(new Point(
                        fmt(LEFT + i * slot + slot / 2),
                        fmt(y(years.get(i).net().doubleValue()))));
            }
            String points = dots.stream().map(p -> p.x() + "," + p.y()).collect(Collectors.joining(" "));
            return dots.isEmpty() ? null : new Polyline(points, dots, NET);
        }

        /** The target as a step per year, absent in the years before it applies. */
        private List<Line> targets() {
            List<Line> lines = new ArrayList<>();
            for (int i = 0; i < years.size(); i++) {
                BigDecimal target = years.get(i).target();
                if (target != null) {
                    String y = fmt(y(target.doubleValue()));
                    lines.add(new Line(fmt(LEFT + i * slot), y, fmt(LEFT + (i + 1) * slot), y, TARGET, "2", "8 4"));
                }
            }
            return lines;
        }

        /** Each key after the one before, as far along as its word is long. */
        private static List<LegendKey> legend(Labels labels) {
            List<LegendKey> unplaced = List.of(
                    LegendKey.swatch(labels.planned(), PLANNED, null, null),
                    LegendKey.swatch(labels.forecast(), FORECAST, null, null),
                    LegendKey.swatch(labels.realised(), REALISED_FILL, REALISED, null),
                    LegendKey.swatch(labels.unsigned(), UNSIGNED_FILL, REALISED, UNSIGNED_DASH),
                    LegendKey.line(labels.net(), NET, null),
                    LegendKey.line(labels.target(), TARGET, "4 2"));
            List<LegendKey> keys = new ArrayList<>();
            double x = 8;
            for (LegendKey key : unplaced) {
                keys.add(key.at(x, HEIGHT - 22));
                x += 20 + key.text().length() * 6.2 + 14;
            }
            return keys;
        }

        private double y(double value) {
            return HEIGHT - BOTTOM - value / max * (HEIGHT - BOTTOM - TOP);
        }
    }

    private static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    private static String str(int value) {
        return String.valueOf(value);
    }
}
