package no.gevinst.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.IndicatorId;
import org.junit.jupiter.api.Test;

/** Where the chart draws a period's value, what its legend says and what an empty chart shows. */
class IndicatorChartTest {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    @Test
    void aYearsValueIsDrawnAtTheMiddleOfItsYearBetweenItsOwnTicks() {
        IndicatorChart chart = chart(Frequency.YEAR, baseline(), targets(), yearly(2023, 2024, 2025), NB);
        assertThat(chart.actuals().firstKey())
                .isEqualTo(LocalDate.of(2023, 1, 1).toEpochDay() + 182.5); // 2 July 2023 at noon
        String svg = chart.svg();
        double tick2023 = tick(svg, 2023);
        double tick2024 = tick(svg, 2024);
        double first = circles(svg).getFirst();
        assertThat(first).isGreaterThan(tick2023).isLessThan(tick2024);
        // The year's label sits where its value is drawn, between the same ticks.
        assertThat(label(svg, "2023")).isBetween(tick2023, tick2024);
        assertThat(Math.abs(label(svg, "2023") - first)).isLessThan(1.0);
    }

    @Test
    void aQuartersValueIsDrawnAtTheMiddleOfItsQuarter() {
        assertThat(IndicatorChart.periodStart(LocalDate.of(2024, 9, 30), Frequency.QUARTER))
                .isEqualTo(LocalDate.of(2024, 7, 1));
        assertThat(IndicatorChart.periodStart(LocalDate.of(2024, 2, 29), Frequency.MONTH))
                .isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(IndicatorChart.middle(LocalDate.of(2024, 7, 1), LocalDate.of(2024, 9, 30)))
                .isEqualTo(LocalDate.of(2024, 7, 1).toEpochDay() + 46);
    }

    @Test
    void theLegendShowsEachSeriesInTheColourItIsDrawnWith() {
        String svg = chart(Frequency.YEAR, baseline(), targets(), yearly(2023, 2024), NB)
                .svg();
        Matcher band = Pattern.compile("<polygon fill=\"(#[0-9a-f]{6})\" fill-opacity=\"([0-9.]+)\"")
                .matcher(svg);
        assertThat(band.find()).isTrue();
        assertThat(svg)
                .contains("<rect x=\"0\" y=\"-9\" width=\"14\" height=\"10\" fill=\"" + band.group(1)
                        + "\" fill-opacity=\"" + band.group(2) + "\"/><text x=\"20\" y=\"0\">Grønn sone</text>");
        assertThat(band.group(1)).as("the green zone is green").isEqualTo("#1a7f37");
        Matcher trajectory = Pattern.compile("<polyline fill=\"none\" stroke=\"(#[0-9a-f]{6})\" stroke-width=\"2\""
                        + " stroke-dasharray=\"8 4\"")
                .matcher(svg);
        assertThat(trajectory.find()).isTrue();
        assertThat(svg)
                .contains("stroke=\"" + trajectory.group(1) + "\" stroke-dasharray=\"8 4\"/><text x=\"20\""
                        + " y=\"0\">Målbane</text>");
        // What is not drawn is not in the legend: no forecast here.
        assertThat(svg).doesNotContain("Prognose");
    }

    @Test
    void anEmptyChartSaysThereAreNoMeasurementsInsteadOfDrawingAnAxis() {
        String svg = chart(Frequency.YEAR, null, List.of(), List.of(), NB).svg();
        assertThat(svg)
                .contains("Ingen målinger")
                .doesNotContain("−0")
                .doesNotContain("-0")
                .doesNotContain("<line");
        assertThat(chart(Frequency.YEAR, null, List.of(), List.of(), Locale.ENGLISH)
                        .svg())
                .contains("No measurements");
        // A trajectory without measurements yet is drawn, and says so.
        String planned =
                chart(Frequency.YEAR, baseline(), targets(), List.of(), NB).svg();
        assertThat(planned).contains("Ingen målinger").contains("<polyline");
    }

    @Test
    void noAxisValueReadsMinusZero() {
        List<PeriodValue> small = List.of(
                new PeriodValue(LocalDate.of(2023, 12, 31), new BigDecimal("0.01"), 1),
                new PeriodValue(LocalDate.of(2024, 12, 31), new BigDecimal("0.02"), 1));
        String svg = chart(Frequency.YEAR, null, List.of(), small, NB).svg();
        assertThat(svg).doesNotContainPattern(">[-\u2212]0(,0)?<");
    }

    private static IndicatorChart chart(
            Frequency frequency,
            Baseline baseline,
            List<TargetPoint> targets,
            List<PeriodValue> series,
            Locale locale) {
        Indicator indicator = new Indicator(
                IndicatorId.newId(),
                BenefitId.newId(),
                "Ventetid",
                "",
                "dager",
                Direction.LOWER_IS_BETTER,
                IndicatorKind.QUANTITATIVE,
                "",
                "",
                frequency,
                null,
                null,
                new BigDecimal("10"),
                new BigDecimal("20"),
                Scope.PROGRAMME,
                null,
                "",
                null,
                0);
        IndicatorStatus status =
                new IndicatorStatus(null, null, null, null, null, Rag.NONE, Trend.UNKNOWN, null, false);
        IndicatorView view = new IndicatorView(
                indicator,
                baseline,
                targets,
                List.of(),
                status,
                false,
                false,
                false,
                null,
                0,
                List.of(),
                series,
                new MeasurementPaging(1, 100, false));
        return new IndicatorChart(view, "Ventetid", "Ventetid per år", locale);
    }

    private static Baseline baseline() {
        return new Baseline(
                new BigDecimal("60"), LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), "", "", "", "", false, "");
    }

    private static List<TargetPoint> targets() {
        return List.of(new TargetPoint(LocalDate.of(2026, 12, 31), new BigDecimal("30")));
    }

    private static List<PeriodValue> yearly(int... years) {
        List<PeriodValue> values = new ArrayList<>();
        for (int year : years) {
            values.add(new PeriodValue(LocalDate.of(year, 12, 31), BigDecimal.valueOf(70 - 5L * (year - 2023)), 1));
        }
        return values;
    }

    /** The x of the gridline at 1 January of a year: the line whose label-less tick precedes the year's span. */
    private static double tick(String svg, int year) {
        // Ticks are the vertical grey lines from the top of the plot; the n-th after the first drawn year.
        Matcher m = Pattern.compile("<line x1=\"([0-9.]+)\" y1=\"20.0\" x2=\"\\1\" y2=\"270.0\" stroke=\"#e5e7eb\"/>")
                .matcher(svg);
        List<Double> ticks = new ArrayList<>();
        while (m.find()) {
            ticks.add(Double.parseDouble(m.group(1)));
        }
        double label = label(svg, String.valueOf(year));
        // The tick of 1 January of the year is the last one left of the year's label.
        return ticks.stream()
                .filter(t -> t < label)
                .mapToDouble(Double::doubleValue)
                .max()
                .orElseThrow();
    }

    private static double label(String svg, String text) {
        Matcher m = Pattern.compile("<text x=\"([0-9.]+)\" y=\"288\" text-anchor=\"middle\">" + text + "</text>")
                .matcher(svg);
        assertThat(m.find()).as("label %s", text).isTrue();
        return Double.parseDouble(m.group(1));
    }

    private static List<Double> circles(String svg) {
        Matcher m = Pattern.compile("<circle r=\"4\" fill=\"#[0-9a-f]{6}\" cx=\"([0-9.]+)\"")
                .matcher(svg);
        List<Double> xs = new ArrayList<>();
        while (m.find()) {
            xs.add(Double.parseDouble(m.group(1)));
        }
        return xs;
    }
}
