package no.gevinst.portfolio.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import no.gevinst.portfolio.Dashboard;
import org.springframework.context.MessageSource;

/**
 * Planned, forecast and realised benefits per year as grouped bars, net of double counting as a line and the
 * economic target as a dashed step. Realised is hatched, its unsigned part hatched the other way with a dashed
 * outline, so that the series differ by more than colour; drawn as SVG on the server like the indicator chart; the dashboard page and the steering group
 * report draw the same one. It carries a title and a description; the page
 * shows the same figures as a table beside it for those who cannot see the drawing.
 */
public final class DashboardChart {

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

    private final List<Dashboard.Year> years;
    private final Labels labels;
    private final Locale locale;
    private double max;

    public DashboardChart(List<Dashboard.Year> years, Labels labels, Locale locale) {
        this.years = years;
        this.labels = labels;
        this.locale = locale;
    }

    /** The dashboard's chart with its labels in the reader's language; null when there are no years to draw. */
    public static String of(Dashboard dashboard, MessageSource messages, Locale locale) {
        if (dashboard.years().isEmpty()) {
            return null;
        }
        java.util.function.Function<String, String> word = key -> messages.getMessage(key, null, key, locale);
        var labels = new Labels(
                word.apply("portfolio.dashboard.chart.title"),
                word.apply("portfolio.dashboard.chart.desc"),
                word.apply("portfolio.dashboard.planned"),
                word.apply("portfolio.dashboard.forecast"),
                word.apply("portfolio.dashboard.net"),
                word.apply("portfolio.dashboard.target"),
                word.apply("portfolio.dashboard.realised"),
                word.apply("portfolio.dashboard.realisedUnsigned"));
        return new DashboardChart(dashboard.years(), labels, locale).svg();
    }

    public String svg() {
        max = years.stream()
                .flatMap(y -> java.util.stream.Stream.of(y.planned(), y.forecast(), y.net(), y.target(), y.realised()))
                .filter(v -> v != null)
                .mapToDouble(BigDecimal::doubleValue)
                .max()
                .orElse(0);
        max = max <= 0 ? 1 : max * 1.1;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dashboard-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH)
                .append(' ')
                .append(HEIGHT)
                .append("\" aria-labelledby=\"dashboard-chart-title dashboard-chart-desc\">");
        svg.append("<title id=\"dashboard-chart-title\">")
                .append(escape(labels.title()))
                .append("</title>");
        svg.append("<desc id=\"dashboard-chart-desc\">")
                .append(escape(labels.description()))
                .append("</desc>");
        patterns(svg);
        axes(svg);
        double slot = slot();
        for (int i = 0; i < years.size(); i++) {
            Dashboard.Year y = years.get(i);
            double x = LEFT + i * slot;
            double bar = slot * 0.25;
            svg.append(bar(x + slot * 0.125, bar, y.planned(), PLANNED));
            svg.append(bar(x + slot * 0.125 + bar, bar, y.forecast(), FORECAST));
            svg.append(realised(x + slot * 0.125 + 2 * bar, bar, y));
            svg.append("<text x=\"")
                    .append(fmt(x + slot / 2))
                    .append("\" y=\"")
                    .append(HEIGHT - BOTTOM + 18)
                    .append("\" font-size=\"12\" text-anchor=\"middle\" fill=\"#1e2b3c\">")
                    .append(y.year())
                    .append("</text>");
        }
        svg.append(netLine(slot));
        svg.append(targetLine(slot));
        legend(svg);
        svg.append("</svg>");
        return svg.toString();
    }

    private double slot() {
        return years.isEmpty() ? 1 : (WIDTH - LEFT - RIGHT) / (double) years.size();
    }

    private String bar(double x, double width, BigDecimal value, String colour) {
        double top = y(value.max(BigDecimal.ZERO).doubleValue());
        return "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(top) + "\" width=\"" + fmt(width) + "\" height=\""
                + fmt(HEIGHT - BOTTOM - top) + "\" fill=\"" + colour + "\"/>";
    }

    /** Hatching for realised, the other way for its unsigned part: readable without telling colours apart. */
    private static void patterns(StringBuilder svg) {
        svg.append("<defs>")
                .append(hatch("realised-hatch", "M0,6 L6,0", REALISED))
                .append(hatch("unsigned-hatch", "M0,0 L6,6", REALISED))
                .append("</defs>");
    }

    private static String hatch(String id, String path, String colour) {
        return "<pattern id=\"" + id + "\" patternUnits=\"userSpaceOnUse\" width=\"6\" height=\"6\">"
                + "<rect width=\"6\" height=\"6\" fill=\"#ffffff\"/><path d=\"" + path + "\" stroke=\"" + colour
                + "\" stroke-width=\"2\"/></pattern>";
    }

    /** The signed part at the bottom, the unsigned part stacked on it; nothing in a year not measured. */
    private String realised(double x, double width, Dashboard.Year year) {
        if (year.realised() == null) {
            return "";
        }
        BigDecimal unsigned = year.realisedUnsigned() == null ? BigDecimal.ZERO : year.realisedUnsigned();
        double bottom = HEIGHT - BOTTOM;
        double signedTop =
                y(year.realised().subtract(unsigned).max(BigDecimal.ZERO).doubleValue());
        double top = y(year.realised().max(BigDecimal.ZERO).doubleValue());
        String signed = "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(signedTop) + "\" width=\"" + fmt(width)
                + "\" height=\"" + fmt(bottom - signedTop) + "\" fill=\"url(#realised-hatch)\" stroke=\"" + REALISED
                + "\" stroke-width=\"1.5\"/>";
        if (unsigned.signum() <= 0) {
            return signed;
        }
        return signed + "<rect x=\"" + fmt(x) + "\" y=\"" + fmt(top) + "\" width=\"" + fmt(width) + "\" height=\""
                + fmt(signedTop - top) + "\" fill=\"url(#unsigned-hatch)\" stroke=\"" + REALISED
                + "\" stroke-width=\"1.5\" stroke-dasharray=\"3 2\"/>";
    }

    private String netLine(double slot) {
        if (years.isEmpty()) {
            return "";
        }
        StringBuilder points = new StringBuilder();
        StringBuilder dots = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            double x = LEFT + i * slot + slot / 2;
            double y = y(years.get(i).net().doubleValue());
            points.append(fmt(x)).append(',').append(fmt(y)).append(' ');
            dots.append("<circle r=\"4\" fill=\"")
                    .append(NET)
                    .append("\" cx=\"")
                    .append(fmt(x))
                    .append("\" cy=\"")
                    .append(fmt(y))
                    .append("\"/>");
        }
        return "<polyline fill=\"none\" stroke=\"" + NET + "\" stroke-width=\"2.5\" points=\""
                + points.toString().strip() + "\"/>" + dots;
    }

    /** The target as a step per year, absent in the years before it applies. */
    private String targetLine(double slot) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < years.size(); i++) {
            BigDecimal target = years.get(i).target();
            if (target != null) {
                double y = y(target.doubleValue());
                lines.append("<line x1=\"")
                        .append(fmt(LEFT + i * slot))
                        .append("\" y1=\"")
                        .append(fmt(y))
                        .append("\" x2=\"")
                        .append(fmt(LEFT + (i + 1) * slot))
                        .append("\" y2=\"")
                        .append(fmt(y))
                        .append("\" stroke=\"")
                        .append(TARGET)
                        .append("\" stroke-width=\"2\" stroke-dasharray=\"8 4\"/>");
            }
        }
        return lines.toString();
    }

    private void axes(StringBuilder svg) {
        int bottom = HEIGHT - BOTTOM;
        svg.append("<line x1=\"")
                .append(LEFT)
                .append("\" y1=\"")
                .append(bottom)
                .append("\" x2=\"")
                .append(WIDTH - RIGHT)
                .append("\" y2=\"")
                .append(bottom)
                .append("\" stroke=\"#6b7280\"/>");
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            double y = y(value);
            svg.append("<line x1=\"")
                    .append(LEFT)
                    .append("\" y1=\"")
                    .append(fmt(y))
                    .append("\" x2=\"")
                    .append(WIDTH - RIGHT)
                    .append("\" y2=\"")
                    .append(fmt(y))
                    .append("\" stroke=\"#e5e7eb\"/>");
            svg.append("<text x=\"")
                    .append(LEFT - 8)
                    .append("\" y=\"")
                    .append(fmt(y + 4))
                    .append("\" font-size=\"12\" text-anchor=\"end\" fill=\"#1e2b3c\">")
                    .append(String.format(locale, "%,.1f mill.", value / MILLION))
                    .append("</text>");
        }
    }

    private void legend(StringBuilder svg) {
        String[][] entries = {
            {labels.planned(), PLANNED, "bar"},
            {labels.forecast(), FORECAST, "bar"},
            {labels.realised(), "url(#realised-hatch)", "hatch"},
            {labels.unsigned(), "url(#unsigned-hatch)", "hatch dashed"},
            {labels.net(), NET, "line"},
            {labels.target(), TARGET, "dash"}
        };
        double x = 8;
        double y = HEIGHT - 22;
        for (String[] e : entries) {
            if (e[2].startsWith("hatch")) {
                svg.append("<rect x=\"")
                        .append(fmt(x))
                        .append("\" y=\"")
                        .append(fmt(y - 10))
                        .append("\" width=\"14\" height=\"12\" fill=\"")
                        .append(e[1])
                        .append("\" stroke=\"")
                        .append(REALISED)
                        .append("\" stroke-width=\"1.5\"")
                        .append(e[2].endsWith("dashed") ? " stroke-dasharray=\"3 2\"" : "")
                        .append("/>");
            } else if ("bar".equals(e[2])) {
                svg.append("<rect x=\"")
                        .append(fmt(x))
                        .append("\" y=\"")
                        .append(fmt(y - 10))
                        .append("\" width=\"14\" height=\"12\" fill=\"")
                        .append(e[1])
                        .append("\"/>");
            } else {
                svg.append("<line x1=\"")
                        .append(fmt(x))
                        .append("\" y1=\"")
                        .append(fmt(y - 4))
                        .append("\" x2=\"")
                        .append(fmt(x + 14))
                        .append("\" y2=\"")
                        .append(fmt(y - 4))
                        .append("\" stroke=\"")
                        .append(e[1])
                        .append("\" stroke-width=\"2.5\"")
                        .append("dash".equals(e[2]) ? " stroke-dasharray=\"4 2\"" : "")
                        .append("/>");
            }
            svg.append("<text x=\"")
                    .append(fmt(x + 20))
                    .append("\" y=\"")
                    .append(fmt(y))
                    .append("\" font-size=\"12\" fill=\"#1e2b3c\">")
                    .append(escape(e[0]))
                    .append("</text>");
            x += 20 + e[0].length() * 6.2 + 14;
        }
    }

    private double y(double value) {
        return HEIGHT - BOTTOM - value / max * (HEIGHT - BOTTOM - TOP);
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
