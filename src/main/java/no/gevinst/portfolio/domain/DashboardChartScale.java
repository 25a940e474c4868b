package no.gevinst.portfolio.domain;

import static no.gevinst.portfolio.domain.DashboardChart.BOTTOM;
import static no.gevinst.portfolio.domain.DashboardChart.FORECAST;
import static no.gevinst.portfolio.domain.DashboardChart.HEIGHT;
import static no.gevinst.portfolio.domain.DashboardChart.LEFT;
import static no.gevinst.portfolio.domain.DashboardChart.MILLION;
import static no.gevinst.portfolio.domain.DashboardChart.NET;
import static no.gevinst.portfolio.domain.DashboardChart.PLANNED;
import static no.gevinst.portfolio.domain.DashboardChart.REALISED;
import static no.gevinst.portfolio.domain.DashboardChart.REALISED_FILL;
import static no.gevinst.portfolio.domain.DashboardChart.RIGHT;
import static no.gevinst.portfolio.domain.DashboardChart.TARGET;
import static no.gevinst.portfolio.domain.DashboardChart.TOP;
import static no.gevinst.portfolio.domain.DashboardChart.UNSIGNED_DASH;
import static no.gevinst.portfolio.domain.DashboardChart.UNSIGNED_FILL;
import static no.gevinst.portfolio.domain.DashboardChart.WIDTH;
import static no.gevinst.portfolio.domain.DashboardChart.fmt;
import static no.gevinst.portfolio.domain.DashboardChart.str;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import no.gevinst.portfolio.Dashboard;
import no.gevinst.portfolio.domain.DashboardChart.Bar;
import no.gevinst.portfolio.domain.DashboardChart.Hatch;
import no.gevinst.portfolio.domain.DashboardChart.Label;
import no.gevinst.portfolio.domain.DashboardChart.Labels;
import no.gevinst.portfolio.domain.DashboardChart.LegendKey;
import no.gevinst.portfolio.domain.DashboardChart.Line;
import no.gevinst.portfolio.domain.DashboardChart.Point;
import no.gevinst.portfolio.domain.DashboardChart.Polyline;

/**
 * The geometry of the dashboard's chart ({@link DashboardChart}): places values on the vertical axis, a tenth above the
 * largest figure drawn or 0 to 1 when there is none, and the years in equal slots along the horizontal one.
 */
record DashboardChartScale(List<Dashboard.Year> years, double max, double slot) {

    DashboardChartScale(List<Dashboard.Year> years) {
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
                fmt(x), fmt(signedTop), fmt(width), fmt(HEIGHT - BOTTOM - signedTop), REALISED_FILL, REALISED, null);
        if (unsigned.signum() <= 0) {
            return List.of(signed);
        }
        double top = y(year.realised().max(BigDecimal.ZERO).doubleValue());
        return List.of(
                signed,
                new Bar(fmt(x), fmt(top), fmt(width), fmt(signedTop - top), UNSIGNED_FILL, REALISED, UNSIGNED_DASH));
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
                    fmt(LEFT + i * slot + slot / 2), fmt(y(years.get(i).net().doubleValue()))));
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
