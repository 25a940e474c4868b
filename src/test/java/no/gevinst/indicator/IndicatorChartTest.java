package no.gevinst.indicator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import no.gevinst.ClassPathTemplates;
import no.gevinst.shared.BenefitId;
import no.gevinst.shared.DocumentWriter;
import no.gevinst.shared.IndicatorId;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Where the chart draws a period's value, what its legend says and what an empty chart shows: the geometry read from
 * {@link IndicatorChart}, the words and colours from the SVG its template renders (parsed, so it is well-formed XML).
 */
class IndicatorChartTest {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private static final IndicatorCharts CHARTS = new IndicatorCharts(ClassPathTemplates.engine());

    @Test
    void aYearsValueIsDrawnAtTheMiddleOfItsYearBetweenItsOwnTicks() {
        IndicatorView view = view(Frequency.YEAR, baseline(), targets(), yearly(2023, 2024, 2025));
        assertThat(IndicatorChart.actuals(view).firstKey())
                .isEqualTo(LocalDate.of(2023, 1, 1).toEpochDay() + 182.5); // 2 July 2023 at noon
        IndicatorChart chart = IndicatorChart.of(view, "Ventetid", "Ventetid per år", NB);
        double tick2023 = tick(chart, 2023);
        double tick2024 = tick(chart, 2024);
        double first = Double.parseDouble(chart.measured().getFirst().x());
        assertThat(first).isGreaterThan(tick2023).isLessThan(tick2024);
        // The year's label sits where its value is drawn, between the same ticks.
        assertThat(label(chart, "2023")).isBetween(tick2023, tick2024);
        assertThat(Math.abs(label(chart, "2023") - first)).isLessThan(1.0);
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
        Document svg = svg(view(Frequency.YEAR, baseline(), targets(), yearly(2023, 2024)), NB);
        Element band = only(svg, "polygon");
        assertThat(band.getAttribute("fill")).as("the green zone is green").isEqualTo("#1a7f37");
        assertThat(band.getAttribute("fill-opacity")).isEqualTo("0.25");
        Element greenKey = legendKey(svg, "Grønn sone");
        Element swatch = (Element) greenKey.getElementsByTagName("rect").item(0);
        assertThat(swatch.getAttribute("fill")).isEqualTo(band.getAttribute("fill"));
        assertThat(swatch.getAttribute("fill-opacity")).isEqualTo(band.getAttribute("fill-opacity"));
        Element trajectory = elements(svg, "polyline").stream()
                .filter(e -> e.hasAttribute("stroke-dasharray"))
                .findFirst()
                .orElseThrow();
        Element trajectoryKey =
                (Element) legendKey(svg, "Målbane").getElementsByTagName("line").item(0);
        assertThat(trajectoryKey.getAttribute("stroke")).isEqualTo(trajectory.getAttribute("stroke"));
        assertThat(trajectoryKey.getAttribute("stroke-dasharray"))
                .isEqualTo(trajectory.getAttribute("stroke-dasharray"))
                .isEqualTo("8 4");
        assertThat(legendWords(svg)).containsExactly("Målt", "Nullpunkt", "Målbane", "Grønn sone");
        // In English the same keys, in the bundle's words; what is not drawn (no forecast here) is not in the legend.
        assertThat(legendWords(svg(view(Frequency.YEAR, baseline(), targets(), yearly(2023, 2024)), Locale.ENGLISH)))
                .containsExactly("Actual", "Baseline", "Trajectory", "Green zone");
    }

    @Test
    void anEmptyChartSaysThereAreNoMeasurementsInsteadOfDrawingAnAxis() {
        Document empty = svg(view(Frequency.YEAR, null, List.of(), List.of()), NB);
        assertThat(empty.getDocumentElement().getTextContent())
                .contains("Ingen målinger")
                .doesNotContain("−0")
                .doesNotContain("-0");
        assertThat(elements(empty, "line")).isEmpty();
        assertThat(svg(view(Frequency.YEAR, null, List.of(), List.of()), Locale.ENGLISH)
                        .getDocumentElement()
                        .getTextContent())
                .contains("No measurements");
        // A trajectory without measurements yet is drawn, and says so.
        Document planned = svg(view(Frequency.YEAR, baseline(), targets(), List.of()), NB);
        assertThat(planned.getDocumentElement().getTextContent()).contains("Ingen målinger");
        assertThat(elements(planned, "polyline")).isNotEmpty();
    }

    @Test
    void aBaselineOrATargetAloneIsDrawnOnAxesAroundIt() {
        // An indicator given its baseline before its targets (or the reverse) has nothing to draw a trajectory from;
        // its chart, on the indicator page and in the plan document, still stands on that one value.
        for (IndicatorView alone : List.of(
                view(Frequency.YEAR, baseline(), List.of(), List.of()),
                view(Frequency.YEAR, null, targets(), List.of()))) {
            IndicatorChart chart = IndicatorChart.of(alone, "V", "V", NB);
            assertThat(chart.values()).isNotEmpty();
            assertThat(svg(alone, NB).getDocumentElement().getTextContent()).contains("Ingen målinger");
        }
    }

    @Test
    void noAxisValueReadsMinusZero() {
        List<PeriodValue> small = List.of(
                new PeriodValue(LocalDate.of(2023, 12, 31), new BigDecimal("0.01"), 1),
                new PeriodValue(LocalDate.of(2024, 12, 31), new BigDecimal("0.02"), 1));
        IndicatorChart chart = IndicatorChart.of(view(Frequency.YEAR, null, List.of(), small), "V", "V", NB);
        assertThat(chart.values()).extracting(IndicatorChart.Label::text).noneMatch(t -> t.matches("[-\u2212]0(,0)?"));
    }

    @Test
    void theTitleAndDescriptionAreTheDrawingsTextAlternativeEscapedByTheTemplate() {
        IndicatorView view = view(Frequency.YEAR, baseline(), targets(), yearly(2023));
        String svg = CHARTS.svg(view, "Ventetid <i> & \"kø\"", "Per år", NB);
        Document parsed = parsed(svg);
        Element root = parsed.getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("chart-title chart-desc");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 760 320");
        assertThat(root.hasAttribute("xmlns:th")).isFalse();
        assertThat(only(parsed, "title").getTextContent()).isEqualTo("Ventetid <i> & \"kø\"");
        assertThat(only(parsed, "desc").getTextContent()).isEqualTo("Per år");
    }

    @Test
    void thePrintedChartsAltTextIsItsTitleReadOnceNotItsEscapedMarkup() {
        IndicatorView view = view(Frequency.YEAR, baseline(), targets(), yearly(2023));
        String svg = CHARTS.svg(view, "Ventetid <i> & \"kø\"", "Per år", NB);
        String printed =
                new DocumentWriter(null, NB, "none", "none").svg(svg, 1).markup();
        assertThat(parsed(printed).getDocumentElement().getAttribute("alt")).isEqualTo("Ventetid <i> & \"kø\"");
    }

    private static IndicatorView view(
            Frequency frequency, Baseline baseline, List<TargetPoint> targets, List<PeriodValue> series) {
        Indicator indicator = Indicator.builder()
                .id(IndicatorId.newId())
                .benefit(BenefitId.newId())
                .name("Ventetid")
                .unit("dager")
                .direction(Direction.LOWER_IS_BETTER)
                .frequency(frequency)
                .amberTolerance(new BigDecimal("10"))
                .redTolerance(new BigDecimal("20"))
                .build();
        IndicatorStatus status =
                new IndicatorStatus(null, null, null, null, null, Rag.NONE, Trend.UNKNOWN, null, false);
        return IndicatorView.builder()
                .indicator(indicator)
                .baseline(baseline)
                .targets(targets)
                .status(status)
                .series(series)
                .paging(new MeasurementPaging(1, 100, false))
                .build();
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

    private static Document svg(IndicatorView view, Locale locale) {
        return parsed(CHARTS.svg(view, "Ventetid", "Ventetid per år", locale));
    }

    private static Document parsed(String svg) {
        try {
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            return factory.newDocumentBuilder().parse(new InputSource(new StringReader(svg)));
        } catch (Exception e) {
            throw new AssertionError("The chart is not well-formed XML: " + svg, e);
        }
    }

    private static List<Element> elements(Document svg, String name) {
        NodeList nodes = svg.getElementsByTagName(name);
        List<Element> elements = new ArrayList<>();
        for (int i = 0; i < nodes.getLength(); i++) {
            elements.add((Element) nodes.item(i));
        }
        return elements;
    }

    private static Element only(Document svg, String name) {
        List<Element> elements = elements(svg, name);
        assertThat(elements).as(name).hasSize(1);
        return elements.getFirst();
    }

    private static List<String> legendWords(Document svg) {
        return elements(svg, "g").stream()
                .filter(g -> g.getAttribute("class").equals("legend-key"))
                .map(g -> g.getTextContent().strip())
                .toList();
    }

    private static Element legendKey(Document svg, String word) {
        return elements(svg, "g").stream()
                .filter(g -> g.getAttribute("class").equals("legend-key"))
                .filter(g -> g.getTextContent().strip().equals(word))
                .findFirst()
                .orElseThrow();
    }

    /** The x of 1 January of a year: the last vertical gridline left of the year's label. */
    private static double tick(IndicatorChart chart, int year) {
        double label = label(chart, String.valueOf(year));
        return chart.grid().stream()
                .filter(l -> l.x1().equals(l.x2()))
                .mapToDouble(l -> Double.parseDouble(l.x1()))
                .filter(x -> x < label)
                .max()
                .orElseThrow();
    }

    private static double label(IndicatorChart chart, String text) {
        return chart.years().stream()
                .filter(l -> l.text().equals(text))
                .mapToDouble(l -> Double.parseDouble(l.x()))
                .findFirst()
                .orElseThrow();
    }
}
