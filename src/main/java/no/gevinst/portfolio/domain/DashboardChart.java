package no.gevinst.portfolio.domain;

import java.util.List;
import java.util.Locale;
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
    static final int LEFT = 80;
    static final int RIGHT = 20;
    static final int TOP = 20;
    static final int BOTTOM = 70;
    static final double MILLION = 1_000_000d;

    static final String PLANNED = "#0062ba";
    static final String FORECAST = "#6a3d9a";
    static final String NET = "#1e2b3c";
    static final String TARGET = "#b3261e";
    static final String REALISED = "#0b6e4f";
    static final String REALISED_FILL = "url(#realised-hatch)";
    static final String UNSIGNED_FILL = "url(#unsigned-hatch)";
    static final String UNSIGNED_DASH = "3 2";

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
        return new DashboardChartScale(years).chart(labels, locale);
    }

    static String fmt(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }

    static String str(int value) {
        return String.valueOf(value);
    }
}
