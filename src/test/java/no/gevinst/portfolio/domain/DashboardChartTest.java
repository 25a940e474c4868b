package no.gevinst.portfolio.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import no.gevinst.ClassPathTemplates;
import no.gevinst.portfolio.Dashboard;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/**
 * Realised is a fourth series that differs from the others by its hatching and its legend, not by colour alone; the
 * chart's template renders well-formed SVG whose words are escaped by the template engine alone.
 */
class DashboardChartTest {

    private static final Locale NB = Locale.forLanguageTag("nb-NO");

    private static final DashboardCharts CHARTS = new DashboardCharts(ClassPathTemplates.engine(), null);

    private static final DashboardChart.Labels LABELS = new DashboardChart.Labels(
            "Tittel", "Beskrivelse", "Planlagt", "Prognose", "Netto", "Mål", "Realisert", "herav ikke signert");

    @Test
    void realisedIsHatchedWithItsUnsignedPartStackedOnTopAndNamedInTheLegend() {
        String svg = svg(List.of(year(2025, "1485000", "1485000"), year(2026, "4000000", "1000000")), LABELS);

        assertThat(svg).contains("<pattern id=\"realised-hatch\"", "<pattern id=\"unsigned-hatch\"");
        // One signed bar and one unsigned bar per year, and one legend swatch each.
        assertThat(count(svg, "fill=\"url(#realised-hatch)\"")).isEqualTo(2 + 1);
        assertThat(count(svg, "fill=\"url(#unsigned-hatch)\"")).isEqualTo(2 + 1);
        assertThat(svg).contains(">Realisert</text>", ">herav ikke signert</text>");
    }

    @Test
    void aYearNotMeasuredHasNoRealisedBarRatherThanAZeroOne() {
        String svg = svg(List.of(year(2025, null, null), year(2026, "0", "0")), LABELS);

        // Only 2026 draws a (flat) realised bar; 2025 draws none; the legend keeps its swatch.
        assertThat(count(svg, "fill=\"url(#realised-hatch)\"")).isEqualTo(1 + 1);
        assertThat(count(svg, "fill=\"url(#unsigned-hatch)\"")).isEqualTo(1);
    }

    @Test
    void itIsWellFormedSvgWithItsWordsEscapedOnceAndItsTitleAndDescriptionForScreenReaders() throws Exception {
        var words = new DashboardChart.Labels(
                "Per år <&\"", "Beskrivelse <&\"", "Plan <&\"", "Prognose", "Netto", "Mål", "Realisert", "Usignert");
        String svg = svg(List.of(year(2025, "1485000", "1485000")), words);

        Element root = DocumentBuilderFactory.newDefaultNSInstance()
                .newDocumentBuilder()
                .parse(new InputSource(new StringReader(svg)))
                .getDocumentElement();
        assertThat(root.getAttribute("role")).isEqualTo("img");
        assertThat(root.getAttribute("viewBox")).isEqualTo("0 0 760 340");
        assertThat(root.getAttribute("aria-labelledby")).isEqualTo("dashboard-chart-title dashboard-chart-desc");
        assertThat(root.getElementsByTagName("title").item(0).getTextContent()).isEqualTo("Per år <&\"");
        assertThat(root.getElementsByTagName("desc").item(0).getTextContent()).isEqualTo("Beskrivelse <&\"");
        assertThat(svg).contains("Plan &lt;&amp;").doesNotContain("&amp;amp;", "&amp;lt;");
    }

    private static String svg(List<Dashboard.Year> years, DashboardChart.Labels labels) {
        return CHARTS.svg(DashboardChart.of(years, labels, NB), NB);
    }

    private static Dashboard.Year year(int year, String realised, String unsigned) {
        BigDecimal five = new BigDecimal("5400000");
        return new Dashboard.Year(
                year,
                five,
                five,
                BigDecimal.ZERO,
                five,
                new BigDecimal("6000000"),
                true,
                realised == null ? null : new BigDecimal(realised),
                unsigned == null ? null : new BigDecimal(unsigned));
    }

    private static int count(String text, String part) {
        return text.split(java.util.regex.Pattern.quote(part), -1).length - 1;
    }
}
